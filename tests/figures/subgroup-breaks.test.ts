/** Subgroup wording and source breaks, against the real data: what the page, its embeds and downloads say and draw. */
import { describe, expect, it } from 'vitest';
import { ENGLAND } from '../../src/config/geography';
import { DIMENSIONS, subgroupFigureId, type SubgroupChart } from '../../src/config/subgroups';
import { FIGURES } from '../../src/figures/index';
import { groupRates, subgroupAreas } from '../../src/views/subgroups/payload';
import { subgroupsModel } from '../../src/views/subgroups/model';
import { subgroupView } from '../../src/derive/subgroup-view';
import { parseState } from '../../src/lib/url-state';
import { serverDocument } from '../../src/charts/ssr';
import { groupsText, placesText, trendText } from '../../src/views/subgroups/render';
import { coverageText } from '../../src/views/subgroups/coverage';
import type { Measure } from '../../src/config/measures';
import { actionsOffer } from '../../src/figures/kit/empty';
import { movedNote } from '../../src/views/subgroups/place-note';
import { MACHADO_2009, minDistance } from '../helpers/cvd';

const model = subgroupsModel(groupRates, subgroupAreas);
const figure = (dim: string, chart: SubgroupChart) => FIGURES.find((f) => f.id === subgroupFigureId(dim, chart))!;
const view = (dim: string, search = '') => {
  const s = parseState(model.spec, `dim=${dim}&${search}`);
  return subgroupView(
    model.index,
    model.areas,
    { dim, measure: s.measure as Measure, year: s.year, area: s.area },
    ENGLAND.code,
  );
};
const KNOWSLEY = 'E08000011';
const svgOf = (dim: string, chart: SubgroupChart, search = '') => {
  const f = figure(dim, chart);
  return f.render(parseState(f.state, search), { document: serverDocument() }) as SVGSVGElement;
};
const texts = (svg: Element, selector = 'text') => [...svg.querySelectorAll(selector)].map((t) => t.textContent);

describe('subgroup wording', () => {
  it('reads each characteristic in lower case inside a sentence, keeping acronyms and proper nouns', () => {
    for (const d of DIMENSIONS) {
      const v = view(d.id);
      const { title, subtitle } = groupsText(v);
      expect(`${title} ${subtitle}`, d.id).toContain(`by ${d.midSentence}, `);
      expect(coverageText(v, model.index, model.areas), d.id).toContain(`by ${d.midSentence} is published`);
      if (/^[A-Z][a-z]/.test(d.label)) expect(`${title} ${subtitle}`, d.id).not.toContain(`by ${d.label}`);
    }
    expect(groupsText(view('fsm')).subtitle + groupsText(view('fsm')).title).toContain(
      'by free school meals (FSM) eligibility',
    );
    // The plain description is the title, or opens the subtitle when the title states a finding.
    const described = (t: { title: string; subtitle: string }) => `${t.title}. ${t.subtitle}`;
    expect(described(trendText(view('cin')))).toContain('Gap to all pupils over time');
    expect(described(trendText(view('disadvantage')))).toContain('Gap to not disadvantaged over time');
    expect(described(trendText(view('disadvantage')))).not.toContain('Not disadvantaged');
    expect(described(trendText(view('first-language')))).toContain('Gap to English over time');
    expect(described(placesText(view('sen', `area=${KNOWSLEY}`)))).toContain('and no SEN by place');
  });
});

describe('subgroup source breaks', () => {
  it('marks the 2014 SEN reforms on the gap over time when the years shown cross them (statements to EHC plans)', () => {
    const v = view('sen', 'year=2016%2F17');
    expect(v.trend.some((t) => t.year === '2012/13' && t.value !== null)).toBe(true);
    expect(trendText(v).subtitle).toContain(
      'marks a source break after 2013/14: the 2014 SEN reforms turned statements into EHC plans',
    );
    const svg = svgOf('sen', 'trend', 'year=2016%2F17');
    expect(texts(svg, '.source-break text')).toEqual(['SEN reforms']);
    const rule = svg.querySelector('.source-break line')!;
    const tick = (year: string) =>
      Number(
        [...svg.querySelectorAll('text')]
          .find((t) => t.textContent === year)
          ?.getAttribute('transform')
          ?.match(/translate\(([\d.]+)/)?.[1],
      );
    // Halfway between 2013/14 and 2014/15 (2013/14 may be an unlabelled tick: measure from 2012/13 and 2014/15).
    expect(Number(rule.getAttribute('x1'))).toBeCloseTo(tick('2014/15') - (tick('2014/15') - tick('2012/13')) / 4, 0);
    const table = trendText(v).table;
    expect(table.rows.find((r) => r[0] === '2014/15')!.at(-1)).toContain('first year after the source break');
  });

  it('marks the ethnicity source break after 2018/19, and draws no line across the years without data', () => {
    const v = view('ethnicity-minor');
    expect(trendText(v).subtitle).toContain('marks a source break after 2018/19');
    expect(texts(svgOf('ethnicity-minor', 'trend'), '.source-break text')).toEqual(['New source']);
    for (const year of ['2019/20', '2020/21', '2021/22', '2022/23'])
      expect(
        v.trend.filter((t) => t.year === year).every((t) => t.value === null),
        year,
      ).toBe(true);
    expect(
      trendText(v)
        .table.rows.find((r) => r[0] === '2023/24')!
        .at(-1),
    ).toContain('source break');
  });

  it('keeps the four ethnic groups on the gap over time at least ΔE 9 apart, in every common colour vision', () => {
    const strokes = [
      ...new Set(
        [...svgOf('ethnicity-minor', 'trend').querySelectorAll('path[stroke]')]
          .map((p) => p.getAttribute('stroke')!)
          .filter((c) => c.startsWith('#')),
      ),
    ];
    expect(strokes).toHaveLength(4);
    for (const [vision, matrix] of Object.entries(MACHADO_2009))
      expect(minDistance(strokes, matrix), vision).toBeGreaterThanOrEqual(9);
  });

  it('marks no break where the years shown keep to one side of it, or the characteristic has none', () => {
    expect(svgOf('sen', 'trend').querySelector('.source-break')).toBeNull();
    expect(trendText(view('sen')).subtitle).not.toContain('source break');
    expect(svgOf('fsm', 'trend').querySelector('.source-break')).toBeNull();
    expect(svgOf('ethnicity-fsm', 'trend').querySelector('.source-break')).toBeNull();
  });

  it('says persistent absence before 2015/16 is at the 10% threshold, recalculated by DfE, where those years are shown', () => {
    const v = view('fsm');
    expect(v.trend[0].year).toBe('2012/13');
    expect(trendText(v).subtitle).toContain('at the 10% threshold in every year shown');
    expect(trendText(v).table.rows[0].at(-1)).toBe('10% threshold, recalculated by DfE');
    expect(trendText(view('fsm', 'measure=overall')).subtitle).not.toContain('10% threshold');
  });

  it('gives the no-data year 2019/20 no tick on the gap over time', () => {
    for (const [dim, search] of [
      ['fsm', ''],
      ['sen', `area=${KNOWSLEY}`],
    ]) {
      const ticks = texts(svgOf(dim, 'trend', search)).filter((t) => /^\d{4}\/\d{2}$/.test(t ?? ''));
      expect(ticks.length, dim).toBeGreaterThan(1);
      expect(ticks, dim).not.toContain('2019/20');
    }
  });
});

describe('subgroup gap over time, Knowsley by SEN provision', () => {
  it('runs over the years with a gap only, so the note lists the years the chart draws', () => {
    const v = view('sen', `area=${KNOWSLEY}`);
    const drawn = [...new Set(v.trend.filter((t) => t.value !== null).map((t) => t.year))];
    expect(v.trend[0].year).toBe('2018/19');
    expect(drawn).toEqual(['2018/19', '2020/21', '2021/22', '2022/23', '2023/24', '2024/25']);
    expect(coverageText(v, model.index, model.areas)).toContain(`has values for ${drawn.join(', ')}.`);
    const england = view('sen');
    expect(england.trend[0].year).toBe('2014/15');
    expect(coverageText(england, model.index, model.areas)).toContain('has values for 2014/15, 2015/16,');
  });

  it('names lines that end in different years in a key, never with an end label in mid-plot, and gives the 2020/21 caveat', () => {
    const search = `year=2022%2F23&area=${KNOWSLEY}`;
    const v = view('sen', search);
    expect(new Set(v.trend.map((t) => t.series))).toContain('Any SEN');
    const svg = svgOf('sen', 'trend', search);
    expect(svg.querySelector('.end-labels')).toBeNull();
    expect(svg.textContent).toContain('Any SEN');
    expect(trendText(v).subtitle).toContain(
      '2020/21 (hollow points) excludes sessions missed for COVID-related reasons',
    );
  });
});

describe('empty subgroup figures', () => {
  it('offer no image or embed when no chart is drawn, only the data, and say why', () => {
    const places = figure('fsm', 'places');
    const state = parseState(places.state, '');
    expect(places.empty!(state)).toMatch(/only here, so there is nothing to compare by place/);
    expect(actionsOffer(places, state)).toEqual({
      offer: 'data',
      note: expect.stringMatching(/^No image or embed for this choice, as no chart is drawn/),
    });
    const groups = figure('fsm', 'groups');
    expect(actionsOffer(groups, parseState(groups.state, ''))).toEqual({ offer: 'all', note: '' });
    expect(actionsOffer(places, parseState(places.state, 'year=2022%2F23')).offer).toBe('all');
  });

  it('offer nothing at all when a figure has no rows', () => {
    const groups = figure('fsm', 'groups');
    const none = { ...groups, empty: () => 'nothing', rows: () => [] };
    expect(actionsOffer(none, parseState(groups.state, '')).offer).toBe('none');
  });
});

describe('a chosen year or place without data', () => {
  it('is said to be replaced, naming what is shown instead', () => {
    const nameOf = (code: string) => model.areas.get(code)?.name;
    const sen = view('sen', 'year=2024%2F25');
    expect(sen.year).toBe('2022/23');
    expect(movedNote({ year: '2024/25', area: ENGLAND.code }, sen, nameOf)).toBe(
      'Persistent absence by SEN provision has no data for 2024/25 in England: showing 2022/23, the latest year with data.',
    );
    const minor = view('ethnicity-minor', `area=${KNOWSLEY}`);
    expect(movedNote({ year: '', area: KNOWSLEY }, minor, nameOf)).toBe(
      'Persistent absence by ethnicity (minor groups) is not published for Knowsley: showing England.',
    );
    expect(movedNote({ year: '', area: ENGLAND.code }, view('fsm'), nameOf)).toBe('');
  });
});
