import { describe, expect, it } from 'vitest';
import { defaultState, variantKey, variantsOf } from '../../src/figures/kit/variants';

const small = {
  measure: { values: ['overall', 'persistent'], default: 'overall' },
  type: { values: ['Total', 'Special'], default: 'Total' },
} as const;

describe('prerendered figure states', () => {
  it('names the default state "default" and others by their non-default values, file-safely', () => {
    expect(variantKey(small, defaultState(small))).toBe('default');
    expect(variantKey(small, { measure: 'persistent', type: 'Special' })).toBe('measure-persistent--type-special');
    expect(variantKey({ year: { values: ['2022/23', '2023/24'], default: '2023/24' } }, { year: '2022/23' })).toBe(
      'year-2022-23',
    );
  });

  it('prerenders every combination when there are few', () => {
    expect(variantsOf(small)).toHaveLength(4);
  });

  it('always prerenders the default state first, even when its value (e.g. "latest year") is not a listed value', () => {
    const spec = { year: { values: ['2016/17', '2017/18'], default: '' } };
    expect(variantsOf(spec).map((s) => variantKey(spec, s))).toEqual(['default', 'year-2016-17', 'year-2017-18']);
  });

  it('prerenders the default plus each single change when combinations are many', () => {
    const values = Array.from({ length: 12 }, (_, i) => String(i));
    const big = { a: { values, default: '0' }, b: { values, default: '0' } };
    const variants = variantsOf(big, { max: 100 });
    expect(variants).toHaveLength(1 + 11 + 11);
    expect(new Set(variants.map((s) => variantKey(big, s))).size).toBe(variants.length);
  });

  it('leaves parameters with very many values (one per LA) at their default when combinations are many', () => {
    const las = Array.from({ length: 150 }, (_, i) => `E0${i}`);
    const spec = { measure: { values: ['a', 'b', 'c'], default: 'a' }, area: { values: las, default: 'E00' } };
    expect(variantsOf(spec).map((s) => variantKey(spec, s))).toEqual(['default', 'measure-b', 'measure-c']);
  });

  it('prerenders only the listed values of a parameter with a prerender list (regions, not LAs)', () => {
    const las = Array.from({ length: 150 }, (_, i) => `E0${i}`);
    const spec = {
      measure: { values: ['a', 'b'], default: 'a' },
      area: { values: ['E92', 'E12', ...las], default: 'E92', prerender: ['E92', 'E12'] },
    };
    expect(variantsOf(spec).map((s) => variantKey(spec, s))).toEqual(['default', 'measure-b', 'area-e12']);
  });

  it('prerenders every value of an expanded parameter (one per LA), each with the single changes of the others', () => {
    const las = Array.from({ length: 150 }, (_, i) => `E0${i}`);
    const spec = { area: { values: las, default: 'E00' }, measure: { values: ['a', 'b', 'c'], default: 'a' } };
    const keys = variantsOf(spec, { expand: ['area'] }).map((s) => variantKey(spec, s));
    expect(keys).toHaveLength(150 * 3);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.slice(0, 4)).toEqual(['default', 'measure-b', 'measure-c', 'area-e01']);
    expect(keys).toContain('area-e0149--measure-c');
  });
});
