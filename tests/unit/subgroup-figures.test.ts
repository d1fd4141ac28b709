import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../src/figures/index';
import { DIMENSIONS } from '../../src/lib/subgroups-dimensions';
import { serverDocument } from '../../src/charts/ssr';
import { parseState } from '../../src/lib/url-state';

describe('subgroup figures', () => {
  it('registers one figure per characteristic', () => {
    const ids = FIGURES.map((f) => f.id);
    for (const d of DIMENSIONS) expect(ids).toContain(`subgroup-${d.id}`);
  });

  it('draws every characteristic\'s default view with a row per group and the all-pupils row', () => {
    for (const d of DIMENSIONS) {
      const figure = FIGURES.find((f) => f.id === `subgroup-${d.id}`)!;
      const state = parseState(figure.state, '');
      const rows = figure.rows(state);
      expect(rows.length, d.id).toBeGreaterThan(1);
      expect(rows.at(-1)!.group).toBe('All pupils');
      expect(figure.render(state, { document: serverDocument() }).outerHTML).toContain('<svg');
    }
  });

  it('gives Gypsy/Roma 62.74% persistent absence through the figure for 2023/24', () => {
    const figure = FIGURES.find((f) => f.id === 'subgroup-ethnicity-minor')!;
    const rows = figure.rows(parseState(figure.state, '?year=2023%2F24'));
    expect(rows.find((r) => r.group === 'Gypsy/Roma')?.rate).toBe(62.74);
  });
});
