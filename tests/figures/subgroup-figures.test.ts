import { describe, expect, it } from 'vitest';
import { fixed } from '../../src/lib/format';
import { figureCsv } from '../../src/figures/kit/export';
import { FIGURES } from '../../src/figures/index';
import { ENGLAND } from '../../src/config/geography';
import {
  DIMENSIONS,
  SUBGROUP_CHARTS as CHARTS,
  subgroupFigureId,
  type DimensionId,
  type SubgroupChart,
} from '../../src/config/subgroups';
import { groupRates, subgroupAreas, subgroupsPageData } from '../../src/views/subgroups/payload';
import { serverDocument, toMarkup } from '../../src/charts/ssr';
import { parseState } from '../../src/lib/url-state';
import { variantKey, variantsOf } from '../../src/figures/kit/variants';
import { viewPath } from '../../src/figures/kit/meta';
import { subgroupView } from '../../src/derive/subgroup-view';
import type { Measure } from '../../src/config/measures';
import { groupsText, placesSvg, placesText, trendText } from '../../src/views/subgroups/render';
import { modelFromJson, subgroupsModel } from '../../src/views/subgroups/model';
import { subgroupFigure } from '../../src/figures/subgroups';

const figure = (dim: string, chart: SubgroupChart) => FIGURES.find((f) => f.id === subgroupFigureId(dim, chart))!;
const model = subgroupsModel(groupRates, subgroupAreas);
/** The page's view for a URL, as the build and the browser draw it. */
const pageView = (dim: string, search: string) => {
  const s = parseState(model.spec, `dim=${dim}&${search}`);
  return subgroupView(
    model.index,
    model.areas,
    { dim, measure: s.measure as Measure, year: s.year, area: s.area },
    ENGLAND.code,
  );
};
/** As the page's tables give rates and gaps: one decimal, like every page table. */
const num = (v: number | string | null) => fixed(v === null ? null : Number(v));
const BIRMINGHAM_SEN = ['sen', 'year=2022%2F23&area=E08000025'] as const;

describe('subgroup figures', () => {
  it('registers the group bars, the gap over time and the gap by place of every characteristic', () => {
    const ids = FIGURES.map((f) => f.id);
    for (const d of DIMENSIONS)
      expect(ids).toEqual(
        expect.arrayContaining([`subgroup-${d.id}`, `subgroup-${d.id}-trend`, `subgroup-${d.id}-places`]),
      );
  });

  it("draws every chart of every characteristic's default view as one SVG (key included), with rows", () => {
    for (const d of DIMENSIONS) {
      for (const chart of CHARTS) {
        const f = figure(d.id, chart);
        const state = parseState(f.state, '');
        expect(f.rows(state).length, f.id).toBeGreaterThan(0);
        expect(f.render(state, { document: serverDocument() }).tagName, f.id).toBe('svg');
      }
    }
    expect(
      figure('fsm', 'groups')
        .rows(parseState(figure('fsm', 'groups').state, ''))
        .at(-1)!.group,
    ).toBe('All pupils');
  });

  it('gives Gypsy/Roma 62.74% persistent absence through the figure for 2023/24', () => {
    const f = figure('ethnicity-minor', 'groups');
    const state = parseState(f.state, '?year=2023%2F24');
    expect(f.rows(state).find((r) => r.group === 'Gypsy/Roma')?.rate).toBeCloseTo(62.74, 2);
    expect(figureCsv(f, state, 'https://example.org/')).toMatch(/^Gypsy\/Roma,62\.74,/m);
  });

  it('titles each chart as the page does, in the default view and for an LA by SEN provision', () => {
    for (const [dim, search] of [['fsm', ''], BIRMINGHAM_SEN]) {
      const v = pageView(dim, search);
      for (const [chart, text] of [
        ['groups', groupsText],
        ['trend', trendText],
        ['places', placesText],
      ] as const) {
        const f = figure(dim, chart);
        expect(f.title(parseState(f.state, search)), f.id).toBe(text(v).title);
      }
    }
    expect(figure('sen', 'trend').title(parseState(figure('sen', 'trend').state, BIRMINGHAM_SEN[1]))).toMatch(
      / in Birmingham widened from /,
    );
  });

  it("gives the gap over time as the page's table has it, one row per year and group", () => {
    for (const [dim, search] of [['fsm', ''], ['need', ''], ['ethnicity-minor', 'year=2023%2F24'], BIRMINGHAM_SEN]) {
      const f = figure(dim, 'trend');
      const rows = f.rows(parseState(f.state, search));
      const table = trendText(pageView(dim, search)).table;
      // Year, one column per group, then the year's note (source break, COVID year, recalculated threshold).
      const groups = table.columns.slice(1, -1).map((c) => c.label.replace(/: gap \(pp\)$/, ''));
      const pivoted = table.rows.map(([year]) => [
        year,
        ...groups.map((g) => num(rows.find((r) => r.year === year && r.group === g)!.gap)),
        rows.find((r) => r.year === year)!.note,
      ]);
      expect(pivoted, `${dim} ${search}`).toEqual(table.rows);
      expect(rows).toHaveLength(table.rows.length * groups.length);
    }
  });

  it("lists every place of the page's table, local authorities included, with the focus group's rate and the gap", () => {
    for (const [dim, search] of [['fsm', ''], ['disadvantage', ''], BIRMINGHAM_SEN]) {
      const f = figure(dim, 'places');
      const rows = f.rows(parseState(f.state, search));
      const table = placesText(pageView(dim, search)).table;
      expect(
        rows.map((r) => [r.place, r.level, num(r.rate), num(r.referenceRate), num(r.gap)]),
        `${dim} ${search}`,
      ).toEqual(table.rows.map((r) => [r[0], r[1], r[2], r[4], r[5]]));
    }
    const sen = figure('sen', 'places');
    expect(
      sen.rows(parseState(sen.state, BIRMINGHAM_SEN[1])).filter((r) => r.level === 'Local authority').length,
    ).toBeGreaterThan(100);
  });

  it('says so in the chart when there is nothing to draw, as the page does, rather than giving a blank chart', () => {
    const f = figure('sen', 'places');
    expect(placesSvg(pageView(...BIRMINGHAM_SEN), serverDocument())).toBeNull();
    const lines = [
      ...f.render(parseState(f.state, BIRMINGHAM_SEN[1]), { document: serverDocument() }).querySelectorAll('text'),
    ].map((t) => t.textContent);
    expect(lines.join(' ')).toBe('Not enough published data to draw this chart.');
  });

  it('draws no chart for England alone, and says why in its place', () => {
    const f = figure('fsm', 'places');
    const state = parseState(f.state, '');
    expect(placesSvg(pageView('fsm', ''), serverDocument())).toBeNull();
    const lines = [...f.render(state, { document: serverDocument() }).querySelectorAll('text')].map(
      (t) => t.textContent,
    );
    expect(lines.join(' ')).toMatch(/^Published for England only here, so there is nothing to compare by place/);
  });

  it('keeps a local authority in the state rather than taking it for England, and prerenders regions but not LAs', () => {
    for (const chart of CHARTS) {
      const f = figure('sen', chart);
      expect(parseState(f.state, BIRMINGHAM_SEN[1]).area, f.id).toBe('E08000025');
      const keys = variantsOf(f.state).map((s) => variantKey(f.state, s));
      expect(keys, f.id).toContain('area-e12000007');
      expect(
        keys.some((k) => k.includes('area-e08')),
        f.id,
      ).toBe(false);
    }
  });

  it('marks the ethnicity source break in the gap over time, and only where the years shown cross it', () => {
    expect(trendText(pageView('ethnicity-major', '')).subtitle).toContain(
      'source break after 2018/19: from 2023/24 a different DfE release (England only), its major groups summed from the minor groups',
    );
    expect(trendText(pageView('ethnicity-minor', '')).subtitle).toContain('source break after 2018/19');
    expect(trendText(pageView('ethnicity-fsm', '')).subtitle).not.toContain('source break');
    expect(trendText(pageView('fsm', '')).subtitle).not.toContain('source break');
  });

  it("links each chart to its characteristic's own page in the same state", () => {
    const trend = figure('sen', 'trend');
    expect(viewPath(trend, parseState(trend.state, 'measure=severe&area=E08000025'))).toBe(
      '/subgroups/sen/?measure=severe&area=E08000025',
    );
    const fsm = figure('fsm', 'places');
    expect(viewPath(fsm, parseState(fsm.state, 'measure=severe'))).toBe('/subgroups/?measure=severe');
  });

  it("are the same when made from one characteristic's file, as embeds and downloads of an LA make them in the browser", () => {
    for (const dim of ['sen', 'fsm', 'ethnicity-minor'] as DimensionId[]) {
      const data = JSON.parse(JSON.stringify(subgroupsPageData(dim)));
      for (const chart of CHARTS) {
        const built = figure(dim, chart);
        const live = subgroupFigure(modelFromJson(data), data.provenance, dim, chart);
        expect(live.state).toEqual(built.state);
        for (const s of [
          { measure: 'persistent', year: '2022/23', area: 'E08000025' },
          { measure: 'overall', year: '', area: ENGLAND.code },
        ] as const) {
          expect(live.title(s)).toBe(built.title(s));
          expect(live.rows(s)).toEqual(built.rows(s));
          expect(toMarkup(live.render(s, { document: serverDocument() }))).toBe(
            toMarkup(built.render(s, { document: serverDocument() })),
          );
        }
      }
    }
  });
});
