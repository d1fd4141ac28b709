import { describe, expect, it } from 'vitest';
import { parseAcademicYear, parseCount, parseNumber } from '../../scripts/lib/values';

const at = { file: 'x.csv', row: 7, column: 'sess_overall' };

describe('cell parsing', () => {
  it.each(['c', 'x', 'z', ':', 'low', '-', '', ' ', 'u'])('treats the DfE marker "%s" as missing, never 0', (marker) => {
    expect(parseNumber(marker, at)).toBeNull();
    expect(parseCount(marker, at)).toBeNull();
  });

  it('reads plain and thousands-separated numbers', () => {
    expect(parseNumber('4.566', at)).toBe(4.566);
    expect(parseCount('1,234', at)).toBe(1234);
    expect(parseNumber('0', at)).toBe(0);
  });

  it('names the file, row and column of a value that is not a number', () => {
    expect(() => parseNumber('12abc', at)).toThrow('x.csv, row 7, column "sess_overall": expected a number');
  });

  it('rejects fractional or negative counts', () => {
    expect(() => parseCount('1.5', at)).toThrow(/whole count/);
    expect(() => parseCount('-3', at)).toThrow(/whole count/);
  });

  it('normalises EES and slash academic years', () => {
    expect(parseAcademicYear('202223', at)).toBe('2022/23');
    expect(parseAcademicYear('2022/23', at)).toBe('2022/23');
    expect(() => parseAcademicYear('2022', at)).toThrow(/row 7/);
  });
});
