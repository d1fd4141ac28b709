/** The compare chart as a registered figure (compare-las): the same data as the /compare/ table, for any LAs from the URL. */
import { describe, expect, it } from 'vitest';
import compareLas from '../../src/figures/compare-las';
import { FIGURES } from '../../src/figures/index';
import { comparePayload } from '../../src/lib/compare-data';
import { defaultState, variantKey, variantsOf } from '../../src/figures/kit/variants';
import { parseState } from '../../src/lib/url-state';
import { DEFAULT_LAS } from '../../src/views/compare/state';
import { compareTable } from '../../src/views/compare/model';

const payload = comparePayload();

/** The figure's long rows pivoted to the page's table: one row per year, one column per LA, 1 dp. */
function pivot(state: { la: string; measure: string }): string[][] {
  const rows = compareLas.rows(state as never);
  return payload.years.map((year) => [year, ...state.la.split(',').map((code) => {
    const v = rows.find((r) => r.academic_year === year && r.area_code === code)!.value;
    return v === null ? 'no data' : (v as number).toFixed(1);
  })]);
}

describe('the compare-las figure', () => {
  it('is registered, defaults to the six core cities and prerenders them for every measure', () => {
    expect(FIGURES).toContain(compareLas);
    expect(defaultState(compareLas.state)).toEqual({ la: DEFAULT_LAS.join(','), measure: 'overall' });
    expect(variantsOf(compareLas.state).map((s) => variantKey(compareLas.state, s)))
      .toEqual(['default', 'measure-authorised', 'measure-unauthorised', 'measure-persistent', 'measure-severe']);
  });

  it('plots exactly the rows of the page table, for the default and for LAs from the URL', () => {
    const state = defaultState(compareLas.state);
    expect(pivot(state)).toEqual(compareTable(payload, { codes: [...DEFAULT_LAS], measure: 'overall' }).rows);
    const hackneyHull = parseState(compareLas.state, '?la=E09000012,E06000010&measure=persistent');
    expect(pivot(hackneyHull)).toEqual(compareTable(payload, { codes: ['E09000012', 'E06000010'], measure: 'persistent' }).rows);
    expect(compareLas.title(hackneyHull)).toBe('Persistent absence: Hackney, Kingston upon Hull, City of');
  });

  it('drops unknown LA codes from the URL and falls back to the default when none is known', () => {
    expect(parseState(compareLas.state, '?la=E09000012,E99999999,<b>').la).toBe('E09000012');
    expect(parseState(compareLas.state, '?la=E99999999').la).toBe(DEFAULT_LAS.join(','));
  });
});
