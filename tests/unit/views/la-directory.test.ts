import { describe, expect, it } from 'vitest';
import { laByCode, laBySlug, laDirectory } from '../../../src/derive/la-directory';
import { latestValues, laRecord, ranksFor, sameAreaPredecessor, similarTo } from '../../../src/views/la/profile';
import { rate } from '../../../src/derive/rates';

const la = (code: string) => laByCode.get(code)!;

describe('the LA directory', () => {
  it('has one page per LA with data in any year: 153 current and 8 former', () => {
    expect(laDirectory).toHaveLength(161);
    expect(laDirectory.filter((x) => x.current)).toHaveLength(153);
    expect(laBySlug.size).toBe(161);
  });

  it('gives slugs from names, adding the code only for a former LA that shares its name with a current one', () => {
    expect(la('E06000010').slug).toBe('kingston-upon-hull-city-of');
    expect(la('E08000013').slug).toBe('st-helens');
    expect(la('E06000065').slug).toBe('north-yorkshire');
    expect(la('E10000023').slug).toBe('north-yorkshire-e10000023');
    expect(la('E10000009').slug).toBe('dorset-e10000009');
    expect(la('E10000006').slug).toBe('cumbria');
  });

  it('links former LAs to their successors and back', () => {
    expect(la('E10000006')).toMatchObject({
      lastYear: '2022/23',
      current: false,
      successors: ['E06000063', 'E06000064'],
    });
    expect(la('E06000063').predecessors).toEqual(['E10000006']);
    expect(la('E06000058').predecessors).toEqual(['E06000028', 'E06000029', 'E10000009']);
  });
});

describe('profile figures', () => {
  it('ranks the 153 LAs of 2024/25 with 1 = highest overall absence', () => {
    const ranks = ranksFor('2024/25', 'overall');
    expect(ranks.size).toBe(153);
    const top = [...ranks].find(([, r]) => r.rank === 1)![0];
    const topRate = rate(laRecord(la(top), '2024/25')!, 'overall')!;
    for (const x of laDirectory.filter((l) => l.current))
      expect(rate(laRecord(x, '2024/25')!, 'overall')!).toBeLessThanOrEqual(topRate);
  });

  it('carries a same-area recode back to its old code (North Yorkshire), but not a split (Cumberland)', () => {
    expect(sameAreaPredecessor(la('E06000065'))?.code).toBe('E10000023');
    expect(laRecord(la('E06000065'), '2018/19')?.code).toBe('E10000023');
    expect(sameAreaPredecessor(la('E06000063'))).toBeUndefined();
    const cumberland = latestValues(la('E06000063'), ['overall'])[0];
    expect(cumberland.change).toBeNull();
    expect(cumberland.value).not.toBeNull();
  });

  it('computes change since 2018/19 from counts, in percentage points', () => {
    const [hull] = latestValues(la('E06000010'), ['overall']);
    const then = rate(laRecord(la('E06000010'), '2018/19')!, 'overall')!;
    expect(hull.change).toBeCloseTo(hull.value! - then, 10);
  });

  it('finds five similar areas for a current LA, never itself', () => {
    const { target, similar } = similarTo(la('E08000025'));
    expect(target.idaci).not.toBeNull();
    expect(similar).toHaveLength(5);
    expect(similar.map((s) => s.la.code)).not.toContain('E08000025');
  });
});

describe('former LAs whose data ends before COVID', () => {
  it('report no change since 2018/19 for Bournemouth, whose last year is 2018/19', () => {
    const [bournemouth] = latestValues(la('E06000028'), ['overall']);
    expect(bournemouth.value).not.toBeNull();
    expect(bournemouth.change).toBeNull();
  });
});
