/** The compare chart as a registered figure (compare-las): the same data as the /compare/ table, for any LAs from the URL. */
import { LA_COLOUR } from '../../src/charts/palette';
import { describe, expect, it } from 'vitest';
import compareLas from '../../src/figures/compare-las';
import { FIGURES } from '../../src/figures/index';
import { comparePayload } from '../../src/views/compare/payload';
import { defaultState, variantKey, variantsOf } from '../../src/figures/kit/variants';
import { parseState } from '../../src/lib/url-state';
import { DEFAULT_LAS, addLa, removeLa, parseCompareState } from '../../src/views/compare/state';
import { compareColours, compareTable, compareText, latestRows } from '../../src/views/compare/model';
import { LA_CODES } from '../../src/derive/la-directory';
import { fixed } from '../../src/lib/format';
import { absenceFor, latestYear } from '../../src/data/absence';
import { rate } from '../../src/derive/rates';
import { PRE_COVID_YEAR } from '../../src/config/periods';

const payload = comparePayload();

/** The figure's long rows pivoted to the page's table: one row per year, one column per LA, 1 dp. */
function pivot(state: { la: string; measure: string }): string[][] {
  const rows = compareLas.rows(state as never);
  const codes = [...new Set(rows.map((r) => String(r.area_code)))];
  return payload.years.map((year) => [
    year,
    ...codes.map((code) => {
      const v = rows.find((r) => r.academic_year === year && r.area_code === code)!.value;
      return fixed(v as number | null);
    }),
  ]);
}

describe('the compare-las figure', () => {
  it('is registered, defaults to the six core cities and prerenders them for every measure', () => {
    expect(FIGURES).toContain(compareLas);
    expect(defaultState(compareLas.state)).toEqual({
      la: DEFAULT_LAS.join(','),
      measure: 'overall',
      focus: '',
      slots: '',
    });
    expect(variantsOf(compareLas.state).map((s) => variantKey(compareLas.state, s))).toEqual([
      'default',
      'measure-authorised',
      'measure-unauthorised',
      'measure-persistent',
      'measure-severe',
    ]);
  });

  it('plots exactly the rows of the page table, for the default and for LAs from the URL', () => {
    const state = defaultState(compareLas.state);
    expect(pivot(state)).toEqual(compareTable(payload, { codes: [...DEFAULT_LAS], measure: 'overall' }).rows);
    const hackneyHull = parseState(compareLas.state, '?la=E09000012,E06000010&measure=persistent');
    expect(pivot(hackneyHull)).toEqual(
      compareTable(payload, { codes: ['E09000012', 'E06000010'], measure: 'persistent' }).rows,
    );
    // The title states the finding; the subtitle keeps the plain description.
    const [hull, hackney] = ['E06000010', 'E09000012'].map((code) =>
      payload.las.find((la) => la.code === code)!.values[payload.measures.indexOf('persistent')].at(-1)!,
    );
    expect(compareLas.title(hackneyHull)).toBe(
      `${hull > hackney ? 'City of Kingston upon Hull' : 'Hackney'} had higher persistent absence than ${hull > hackney ? 'Hackney' : 'City of Kingston upon Hull'} in 2024/25`,
    );
    expect(compareLas.subtitle(hackneyHull)).toMatch(/^Persistent absence: Hackney, City of Kingston upon Hull\. /);
  });

  it('drops unknown LA codes from the URL and falls back to the default when none is known', () => {
    expect(parseState(compareLas.state, '?la=E09000012,E99999999,<b>').la).toBe('E09000012');
    expect(parseState(compareLas.state, '?la=E99999999').la).toBe(DEFAULT_LAS.join(','));
  });
});

describe("the browser's compare files", () => {
  it('give every rate and change rounded once: as the unrounded value rounds, at one and two decimals', () => {
    let checked = 0;
    payload.measures.forEach((m, mi) => {
      const file = comparePayload(m);
      for (const la of [...file.las, ...file.references]) {
        const exact = (y: string) => {
          const r = absenceFor(la.code, y);
          return r ? rate(r, m) : null;
        };
        payload.years.forEach((y, yi) => {
          for (const digits of [1, 2]) expect(fixed(la.values[0][yi], digits)).toBe(fixed(exact(y), digits));
          checked++;
        });
        const [now, before] = [exact(latestYear), exact(PRE_COVID_YEAR)];
        const change = now === null || before === null ? null : now - before;
        expect(fixed(la.changes[0], 1)).toBe(fixed(change, 1));
        expect(la.values[0]).toEqual(
          [...payload.las, ...payload.references].find((l) => l.code === la.code)!.values[mi],
        );
      }
    });
    expect(checked).toBeGreaterThan(7000);
  });

  it('hold one measure each', () => {
    for (const m of payload.measures) {
      const file = comparePayload(m);
      expect(file.measures).toEqual([m]);
      expect(new Set(file.las.map((la) => la.values.length))).toEqual(new Set([1]));
    }
  });
});

describe('compare from an LA profile', () => {
  // Knowsley and its five closest statistical neighbours, as its profile links them.
  const knowsley = parseCompareState(
    '?la=E08000011,E08000013,E06000006,E08000024,E06000001,E06000003&focus=E08000011&measure=persistent',
    new Set(LA_CODES),
  );

  it('draws England and the North West in grey, Knowsley in the accent colour', () => {
    const colours = compareColours(payload, knowsley);
    expect(colours).toMatchObject({ Knowsley: LA_COLOUR, England: '#6E6E6E', 'North West': '#959595' });
    expect(
      compareLas.subtitle({ la: knowsley.codes.join(','), measure: 'persistent', focus: 'E08000011', slots: '' }),
    ).toContain('England and North West in grey');
  });

  it("keeps every other LA's colour when one is removed, and gives a new LA the free colour", () => {
    const before = compareColours(payload, knowsley);
    const removed = removeLa(knowsley, 'E06000006'); // Halton
    const after = compareColours(payload, removed);
    for (const [label, colour] of Object.entries(after)) expect(colour).toBe(before[label]);
    const readded = addLa(removed, 'E08000012'); // Liverpool takes Halton's colour
    expect(compareColours(payload, readded).Liverpool).toBe(before.Halton);
  });

  it('says where the LA stands among those shown, with England and its region', () => {
    expect(compareText(payload, knowsley, 'Persistent absence').sentence).toMatch(
      /^In 2024\/25 Knowsley had the highest persistent absence of the 6 local authorities shown \(24\.4%; England 18\.1%, North West 1\d\.\d%\)\.$/,
    );
  });

  it('tables the latest value, change since 2018/19 and rank among all LAs (Knowsley 1st)', () => {
    const [first] = latestRows(payload, knowsley);
    expect(first).toMatchObject({ label: 'Knowsley', rank: { rank: 1 } });
    expect(first.latest! - first.change!).toBeCloseTo(
      payload.las.find((la) => la.code === 'E08000011')!.values[3][payload.years.indexOf('2018/19')]!,
      6,
    );
  });
});
