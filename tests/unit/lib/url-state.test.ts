import { describe, expect, it } from 'vitest';
import { fallbackNote, fallbacksOf, parseState, stateToSearch } from '../../../src/lib/url-state';

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

describe('values the URL asked for that are not known', () => {
  const spec = {
    la: { values: ['E08000011', 'E06000010'], default: 'E08000011' },
    year: { values: ['2023/24', '2024/25'], default: '2024/25' },
    las: { values: ['A', 'B', 'C'], default: 'A,B', list: 3 },
  };

  it('are listed each on its own, list items included, and nothing when every value is known or absent', () => {
    expect(fallbacksOf(spec, '?la=E0600009X&year=2024/25&las=A,Z,B')).toEqual([
      { key: 'la', value: 'E0600009X' },
      { key: 'las', value: 'Z' },
    ]);
    expect(fallbacksOf(spec, '?la=E06000010&other=x')).toEqual([]);
  });

  it('are named in one polite sentence saying what is shown instead, long values cut short', () => {
    expect(fallbackNote([{ key: 'la', value: 'E0600009X' }], 'Knowsley')).toBe(
      'LA code "E0600009X" is not known; showing Knowsley instead.',
    );
    expect(
      fallbackNote(
        [
          { key: 'la', value: 'x' },
          { key: 'year', value: '2031/32' },
          { key: 'zz', value: 'y'.repeat(100) },
        ],
        'the default view',
      ),
    ).toBe(`LA code "x", Year "2031/32" and zz "${'y'.repeat(39)}…" are not known; showing the default view instead.`);
    expect(fallbackNote([], 'anything')).toBe('');
  });
});
