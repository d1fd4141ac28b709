import { describe, expect, it } from 'vitest';
import { classify, classLabel, summaryText, tertileBreaks, tertileOf } from '../../../src/derive/bivariate';

const unit = (id: string, absence: number | null, need: number | null) => ({ id, absence, need });

describe('bivariate tertile classes', () => {
  it('splits nine distinct values into three classes of three, breaks taken from the data', () => {
    const values = [9, 1, 8, 2, 7, 3, 6, 4, 5];
    expect(tertileBreaks(values)).toEqual([3, 6]);
    expect(values.map((v) => tertileOf(v, [3, 6]))).toEqual([2, 0, 2, 0, 2, 0, 1, 1, 1]);
  });

  it('gives the larger classes to the lower thirds when n is not a multiple of three', () => {
    expect(tertileBreaks([1, 2, 3, 4])).toEqual([2, 3]); // 2 low, 1 middle, 1 high
    expect(tertileBreaks([1, 2, 3, 4, 5])).toEqual([2, 4]); // 2, 2, 1
  });

  it('keeps tied values in one class, the lower one, whatever their input order', () => {
    const values = [1, 2, 2, 2, 2, 3];
    const breaks = tertileBreaks(values)!;
    expect(breaks).toEqual([2, 2]);
    expect(values.map((v) => tertileOf(v, breaks))).toEqual([0, 0, 0, 0, 0, 2]);
    expect(tertileBreaks([...values].reverse())).toEqual(breaks);
  });

  it('gives no breaks for fewer than three values (too few to classify)', () => {
    expect(tertileBreaks([])).toBeNull();
    expect(tertileBreaks([4, 5])).toBeNull();
    const result = classify([unit('A', 1, 1), unit('B', 2, 2)]);
    expect(result.breaks).toBeNull();
    expect(result.noData).toEqual(['A', 'B']);
    expect(result.counts.flat().every((c) => c === 0)).toBe(true);
  });

  it('puts units with a missing absence value or without IDACI in "no data", and leaves them out of the breaks', () => {
    const result = classify([
      unit('A', 1, 10),
      unit('B', 2, 20),
      unit('C', 3, 30),
      unit('missing absence', null, 99),
      unit('no IDACI', 99, null),
    ]);
    expect(result.breaks).toEqual({ absence: [1, 2], need: [10, 20] });
    expect(result.noData).toEqual(['missing absence', 'no IDACI']);
    expect(result.units.map((u) => classLabel(u.cls))).toEqual([
      'low absence, low deprivation',
      'middle absence, middle deprivation',
      'high absence, high deprivation',
      'no data',
      'no data',
    ]);
    expect(result.counts).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
  });

  it('ranks each value among the units that have it: 1 = highest, ties share a rank, missing values unranked', () => {
    const result = classify([unit('A', 5, null), unit('B', 7, 1), unit('C', 5, 2)]);
    expect(result.units.map((u) => [u.absenceRank, u.needRank])).toEqual([
      [{ rank: 2, of: 3 }, null],
      [
        { rank: 1, of: 3 },
        { rank: 2, of: 2 },
      ],
      [
        { rank: 2, of: 3 },
        { rank: 1, of: 2 },
      ],
    ]);
  });

  it('counts each cell by need row and absence column', () => {
    const result = classify([unit('A', 1, 3), unit('B', 2, 2), unit('C', 3, 1)]);
    expect(result.counts).toEqual([
      [0, 0, 1],
      [0, 1, 0],
      [1, 0, 0],
    ]);
  });
});

describe('bivariate summary sentence', () => {
  it('counts high-high LAs per macro-region among classed LAs only', () => {
    const high = { absence: 2, need: 2 } as const;
    const low = { absence: 0, need: 0 } as const;
    const text = summaryText({
      year: '2023/24',
      absenceLabel: 'Overall absence',
      needLabel: 'IDACI 2019',
      macros: ['North', 'South'],
      units: [
        { macro: 'North', cls: high },
        { macro: 'North', cls: low },
        { macro: 'North', cls: null },
        { macro: 'South', cls: low },
      ],
    });
    expect(text).toBe(
      'In 2023/24, 1 of the 2 LAs in the North (50%) were in the top third of LAs for both overall absence and IDACI 2019, against 0 of the 1 LAs in the South (0%).',
    );
  });
});

describe('a second variable whose low values mark need (school readiness, attainment)', () => {
  const units = [
    unit('A', 1, 90),
    unit('B', 2, 80),
    unit('C', 3, 70),
    unit('D', 4, 60),
    unit('E', 5, 50),
    unit('F', 6, 40),
  ];
  const result = classify(units, { lowerIsNeed: true });

  it('puts the lowest third in the high-need tertile and the highest third in the low one', () => {
    expect(result.units.map((u) => u.cls?.need)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it("ranks the lowest value first and keeps the breaks in the variable's own units", () => {
    expect(result.units.map((u) => u.needRank?.rank)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(result.breaks?.need).toEqual([80, 60]);
  });

  it('classes the same as the negated values would, ties included', () => {
    const tied = [
      unit('A', 1, 5),
      unit('B', 2, 5),
      unit('C', 3, 4),
      unit('D', 4, 3),
      unit('E', 5, 3),
      unit('F', 6, 1),
      unit('G', 7, null),
    ];
    const negated = classify(tied.map((u) => ({ ...u, need: u.need === null ? null : -u.need })));
    expect(classify(tied, { lowerIsNeed: true }).units.map((u) => u.cls)).toEqual(negated.units.map((u) => u.cls));
  });

  it("classes the same with the breaks passed back in, as the browser does with the build's", () => {
    expect(classify(units, { lowerIsNeed: true, breaks: result.breaks }).units.map((u) => u.cls)).toEqual(
      result.units.map((u) => u.cls),
    );
  });

  it('names the high-need tertile "low" in class labels', () => {
    const axis = { name: 'school readiness', lowerIsNeed: true };
    expect(classLabel({ absence: 2, need: 2 }, axis)).toBe('high absence, low school readiness');
    expect(classLabel({ absence: 0, need: 0 }, axis)).toBe('low absence, high school readiness');
  });

  it('says "bottom third" in the summary, and says when no LA can be classed', () => {
    const text = summaryText({
      year: '2023/24',
      absenceLabel: 'Overall absence',
      needLabel: 'school readiness',
      lowerIsNeed: true,
      macros: ['North'],
      units: [
        { macro: 'North', cls: { absence: 2, need: 2 } },
        { macro: 'North', cls: { absence: 0, need: 2 } },
      ],
    });
    expect(text).toBe(
      'In 2023/24, 1 of the 2 LAs in the North (50%) were in the top third of LAs for overall absence and the bottom third for school readiness.',
    );
    expect(
      summaryText({
        year: '2020/21',
        absenceLabel: 'Overall absence',
        needLabel: 'school readiness',
        macros: ['North'],
        units: [{ macro: 'North', cls: null }],
      }),
    ).toBe('In 2020/21, no LAs can be classed: school readiness is not published for that year.');
  });
});
