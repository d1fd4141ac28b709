/** The map's table and tooltip carry each LA's funnel plot class and mark rates resting on few pupils. */
import { describe, expect, it } from 'vitest';
import { serverDocument } from '../../src/charts/ssr';
import { MAP_LABELS, SECOND_VARIABLE_META } from '../../src/config/map-options';
import { pageStateSpec, yearPayload } from '../../src/figures/bivariate-absence-idaci';
import { describeRow, viewOf, type MapConfig } from '../../src/views/map/model';
import { tableBody } from '../../src/views/map/table';

const state = {
  measure: 'overall',
  type: 'all',
  year: '2024/25',
  dep: 'idaci2019',
  la: '',
  emph: '',
  tab: '',
} as const;
const config = { spec: pageStateSpec(), ...MAP_LABELS, yearSlugs: {}, profiles: {} } as unknown as MapConfig;
const view = viewOf(yearPayload('2024/25'), state, SECOND_VARIABLE_META.idaci2019);
const body = tableBody(serverDocument(), view, config, state as never);
const rowOf = (id: string) => [...body.rows].find((r) => r.dataset.id === id)!;

describe('map table benchmarking columns', () => {
  it('gives Knowsley "Significantly higher" and Stockport "Significantly lower" persistent absence than England', () => {
    expect(rowOf('E08000011').cells[7].textContent).toBe('Significantly higher');
    expect(rowOf('E08000007').cells[7].textContent).toBe('Significantly lower');
  });

  it('marks the Isles of Scilly (241 pupils) as resting on few pupils, and not Knowsley', () => {
    expect(rowOf('E06000053').cells[0].textContent).toMatch(/†$/);
    expect(rowOf('E08000011').cells[0].textContent).not.toMatch(/†/);
  });

  it('says both in the tooltip facts', () => {
    const scilly = view.rows.find((r) => r.id === 'E06000053')!;
    expect(describeRow(scilly, config, state as never)).toEqual(
      expect.arrayContaining([
        'Persistent absence: not significantly different from England (funnel plot)',
        'Rests on 241 pupils: read with care',
      ]),
    );
  });
});
