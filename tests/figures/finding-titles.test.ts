/** Each figure's default title states its finding from the committed data, true at the rounding shown, with the neutral title opening the subtitle. */
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../src/figures';
import { defaultState } from '../../src/figures/kit/variants';
import { round } from '../../src/lib/format';

const byId = (id: string) => FIGURES.find((f) => f.id === id)!;
const titled = (id: string, state?: Record<string, string>) => {
  const f = byId(id);
  const s = { ...defaultState(f.state), ...state };
  return { title: f.title(s), subtitle: f.subtitle(s), rows: f.rows(s) };
};

describe('finding titles on the committed data', () => {
  it.each([
    [
      'macro-region-gaps',
      'The North–South gap in overall absence widened from 0.1 pp in 2015/16 to 0.3 pp in 2024/25',
      'Overall absence: the North–South gap, and each macro-region against England. ',
    ],
    [
      'england-absence',
      'Overall absence in England rose from 4.6% in 2015/16 to 7.6% in 2021/22, then fell to 6.8% in 2024/25',
      'Overall absence, England, 2015/16 to 2024/25. ',
    ],
    [
      'change-map',
      'Persistent absence was higher in 2024/25 than before COVID in all 147 local authorities with data',
      'Change in persistent absence by local authority, pre-COVID to 2024/25. ',
    ],
    [
      'attendance-reasons',
      'Illness was the most common reason for absence in England in 2025/26 so far',
      'Why pupils missed school: England, year to date. ',
    ],
    [
      'attendance-map-by-la',
      'Overall absence ranged from 5.4% in Trafford to 8.6% in Knowsley, 2025/26 so far (daily registers)',
      'Overall absence by local authority, 2025/26 so far (daily registers). ',
    ],
    [
      'school-readiness-by-region-trend',
      'School readiness was lowest in the North West in every year with data, 2015/16 to 2024/25',
      'School readiness by region, 2015/16 to 2024/25. ',
    ],
    [
      'send-by-region-semh',
      'The share of pupils in England with SEMH as their primary need rose from 2.4% in 2016/17 to 3.1% in 2021/22',
      'SEN and SEMH as primary need, England, 2016/17 to 2021/22. ',
    ],
    [
      'subgroup-fsm-trend',
      'The gap in persistent absence between FSM eligible and FSM not eligible in England widened from 15.0 pp in 2012/13 to 20.3 pp in 2024/25',
      'Gap to FSM not eligible over time, persistent absence, England. ',
    ],
    [
      'subgroup-sen-places',
      'The gap in persistent absence between Any SEN and no SEN was widest in the South West in 2022/23',
      'Any SEN and no SEN by place, persistent absence, 2022/23. ',
    ],
  ])('%s: "%s"', (id, title, lead) => {
    const t = titled(id);
    expect(t.title).toBe(title);
    expect(t.subtitle.startsWith(lead)).toBe(true);
  });

  it('count on the change map exactly the local authorities it colours (those with a change)', () => {
    const { title, rows } = titled('change-map');
    const coloured = rows.filter((r) => r.change_pp !== null);
    expect(title).toContain(`all ${coloured.length} local authorities`);
    expect(coloured.every((r) => round(r.change_pp as number) > 0)).toBe(true);
  });

  it('state no finding for a change to 2020/21, whose figures leave out COVID-related absence', () => {
    expect(titled('change-map', { to: '2020/21' }).title).toBe(
      'Change in persistent absence by local authority, pre-COVID to 2020/21',
    );
  });

  it("keep the neutral weekly title for England, whose autumn 2025 weeks went as often above last year's as below", () => {
    const t = titled('attendance-weekly');
    expect(t.title).toBe('Weekly absence, autumn terms 2022 to 2025: England');
    expect(t.subtitle).toMatch(/^% of possible sessions missed each week/);
    expect(titled('attendance-weekly', { area: 'MR-MIDLANDS' }).title).toBe(
      'Absence in the Midlands was lower in autumn 2025 than in autumn 2024 in 5 of 8 weeks',
    );
  });
});
