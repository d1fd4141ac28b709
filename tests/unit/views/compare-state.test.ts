import { describe, expect, it } from 'vitest';
import { DEFAULT_LAS, compareToSearch, parseCompareState } from '../../../src/views/compare/state';
import { LA_CODES } from '../../../src/derive/la-directory';

const allowed = new Set(LA_CODES);

describe('compare view URL state', () => {
  it('reads LA codes and the measure from the URL', () => {
    expect(parseCompareState('?la=E08000025,E06000010&measure=persistent', allowed)).toEqual({
      codes: ['E08000025', 'E06000010'],
      measure: 'persistent',
    });
  });

  it('ignores codes not on the allowlist, duplicates and codes beyond six; accepts lower case', () => {
    const state = parseCompareState(
      '?la=E08000025,<script>,e06000010,E06000010,E99999999,E08000003,E08000035,E08000012,E06000023,E08000021',
      allowed,
    );
    expect(state.codes).toEqual(['E08000025', 'E06000010', 'E08000003', 'E08000035', 'E08000012', 'E06000023']);
  });

  it('falls back to the core cities and overall absence when nothing valid is given', () => {
    expect(parseCompareState('?la=nonsense&measure=bogus', allowed)).toEqual({
      codes: [...DEFAULT_LAS],
      measure: 'overall',
    });
    expect(DEFAULT_LAS.every((c) => allowed.has(c))).toBe(true);
  });

  it('writes a short shareable query that reads back to the same state', () => {
    const state = { codes: ['E08000025', 'E06000010'], measure: 'severe' as const };
    expect(compareToSearch(state)).toBe('?la=E08000025,E06000010&measure=severe');
    expect(parseCompareState(compareToSearch(state), allowed)).toEqual(state);
    expect(compareToSearch({ ...state, measure: 'overall' })).toBe('?la=E08000025,E06000010');
  });
});
