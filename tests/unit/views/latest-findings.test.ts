import { describe, expect, it } from 'vitest';
import { reasonFinding, weeklyFinding } from '../../../src/views/latest/findings';

const weeks = (...values: (number | null)[]) => values.map((value, i) => ({ week: 37 + i, value }));
const YEARS: [string, string] = ['2024/25', '2025/26'];

describe('the /latest/ finding titles', () => {
  it('count the weeks both autumns have in which absence was lower (or higher) once rounded', () => {
    expect(weeklyFinding('Midlands', weeks(4.7, 5.6, 6.0, null), weeks(4.9, 5.8, 6.0, 6.1), YEARS)).toBe(
      'Absence in the Midlands was lower in autumn 2025 than in autumn 2024 in 2 of 3 weeks',
    );
    expect(weeklyFinding('England', weeks(5.0, 6.0), weeks(4.0, 5.0), YEARS)).toBe(
      'Absence in England was higher in autumn 2025 than in autumn 2024 in all 2 weeks',
    );
  });

  it('state no weekly finding when as many weeks went each way or most were equal once rounded', () => {
    expect(weeklyFinding('England', weeks(4.77, 5.76, 5.69), weeks(4.75, 5.69, 5.87), YEARS)).toBeNull();
    expect(weeklyFinding('England', weeks(4.74, 5.0, 6.0), weeks(4.76, 5.0, 6.0), YEARS)).toBeNull();
  });

  it("name the reason with the largest share when it is clear once rounded, in the period's words", () => {
    const reasons = [
      { name: 'Illness', value: 3.2 },
      { name: 'Medical or dental appointments', value: 0.6 },
    ];
    expect(reasonFinding('England', 'ytd', '2025/26', reasons)).toBe(
      'Illness was the most common reason for absence in England in 2025/26 so far',
    );
    expect(reasonFinding('North East', 'autumn', '2024/25', reasons)).toBe(
      'Illness was the most common reason for absence in the North East in the autumn term of 2024/25',
    );
    expect(reasonFinding('London', 'autumn-to-45', '2025/26', [{ ...reasons[1], value: 4 }, reasons[0]])).toBe(
      'Medical or dental appointments were the most common reason for absence in London in autumn weeks 37-45 of 2025/26',
    );
    expect(reasonFinding('England', 'ytd', '2025/26', [reasons[0], { ...reasons[1], value: 3.24 }])).toBeNull();
  });
});
