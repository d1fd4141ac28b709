import { describe, expect, it } from 'vitest';
import { pageStateSpec } from '../../src/figures/bivariate-absence-idaci';
import { latestYear } from '../../src/data/absence';
import { parseState, stateToSearch } from '../../src/lib/url-state';

const spec = pageStateSpec();
const defaults = { measure: 'overall', type: 'all', year: latestYear, dep: 'idaci2019', la: '', emph: '', tab: '' };

describe('map page URL state', () => {
  it('reads every allowed parameter', () => {
    const search = '?measure=severe&type=special&year=2018%2F19&dep=iod2025&la=E06000001&emph=North&tab=scatter';
    expect(parseState(spec, search)).toEqual({
      measure: 'severe',
      type: 'special',
      year: '2018/19',
      dep: 'iod2025',
      la: 'E06000001',
      emph: 'North',
      tab: 'scatter',
    });
  });

  it('falls back to defaults for unknown, hostile or unavailable values, without error', () => {
    const hostile =
      '?measure=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&type=Total&year=2019%2F20&dep=imd&la=javascript:alert(1)&emph=Wales&tab=table&x=1';
    expect(parseState(spec, hostile)).toEqual(defaults);
  });

  it('accepts LAs of every boundary vintage: codes that ended and codes that began', () => {
    expect(parseState(spec, '?la=E10000021').la).toBe('E10000021'); // Northamptonshire (to 2020/21)
    expect(parseState(spec, '?la=E06000063').la).toBe('E06000063'); // Cumberland (from 2023/24)
  });

  it('writes the default view as a clean URL and round-trips any other', () => {
    expect(stateToSearch(spec, parseState(spec, ''))).toBe('');
    const state = parseState(spec, '?measure=persistent&la=E08000003');
    expect(parseState(spec, stateToSearch(spec, state))).toEqual(state);
  });
});
