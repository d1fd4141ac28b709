import { describe, expect, it } from 'vitest';
import { rankHighestFirst } from '../../../src/derive/rank';

describe('ranking areas', () => {
  it('ranks the highest value 1, shares ranks on ties and counts only areas with a value', () => {
    const ranks = rankHighestFirst(
      new Map([
        ['a', 5],
        ['b', 7],
        ['c', 5],
        ['d', null],
        ['e', 1],
      ]),
    );
    expect(Object.fromEntries([...ranks].map(([k, r]) => [k, r.rank]))).toEqual({ b: 1, a: 2, c: 2, e: 4 });
    expect(ranks.get('a')!.of).toBe(4);
    expect(ranks.has('d')).toBe(false);
  });
});
