import { describe, expect, it } from 'vitest';
import { parseState, stateToSearch } from '../../../src/lib/url-state';

const spec = {
  measure: { values: ['overall', 'persistent'], default: 'overall' },
  year: { values: ['2022/23', '2023/24'], default: '2023/24' },
} as const;

describe('URL state', () => {
  it('reads allowed values', () => {
    expect(parseState(spec, '?measure=persistent&year=2022%2F23')).toEqual({ measure: 'persistent', year: '2022/23' });
  });

  it('falls back to defaults for unknown or hostile values, without error', () => {
    const hostile = `?measure="><script>alert(1)</script>&year=${'9'.repeat(5000)}&evil=1`;
    expect(parseState(spec, hostile)).toEqual({ measure: 'overall', year: '2023/24' });
  });

  it('writes only non-default values, so the default view has a clean URL', () => {
    expect(stateToSearch(spec, { measure: 'overall', year: '2023/24' })).toBe('');
    expect(stateToSearch(spec, { measure: 'persistent', year: '2023/24' })).toBe('?measure=persistent');
  });

  it('reads a list parameter as its allowed values, once each and at most its length, else the default', () => {
    const lists = { la: { values: ['A', 'B', 'C'], default: 'A,B', list: 2 } };
    expect(parseState(lists, '?la=C,<script>,C,B,A')).toEqual({ la: 'C,B' });
    expect(parseState(lists, '?la=nonsense,D')).toEqual({ la: 'A,B' });
    expect(parseState(lists, '?la=B')).toEqual({ la: 'B' });
  });
});
