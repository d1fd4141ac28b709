import { describe, expect, it } from 'vitest';
import { parseAcademicYear, parseCount, parseNumber } from '../../scripts/lib/values';

const at = { file: 'x.csv', row: 7, column: 'sess_overall' };

describe('cell parsing', () => {
  it.each(['c', 'x', 'z', ':', 'low', '-', '', ' ', 'u'])(
    'treats the DfE marker "%s" as missing, never 0',
    (marker) => {
      expect(parseNumber(marker, at)).toBeNull();
      expect(parseCount(marker, at)).toBeNull();
    },
  );

  it('reads plain decimal numbers', () => {
    expect(parseNumber('4.566', at)).toBe(4.566);
    expect(parseNumber('1.5E-05', at)).toBe(0.000015);
    expect(parseNumber('0', at)).toBe(0);
  });

  it('rejects numbers with thousands separators, hex, binary or infinities, which a spreadsheet re-save can introduce', () => {
    expect(() => parseCount('1,234', at)).toThrow(
      'x.csv, row 7, column "sess_overall": expected a number or a missing-value marker, got "1,234" (thousands separators are not allowed)',
    );
    expect(() => parseCount('0x1F', at)).toThrow('got "0x1F" (hex, octal or binary)');
    expect(() => parseNumber('0b101', at)).toThrow('(hex, octal or binary)');
    expect(() => parseNumber('Infinity', at)).toThrow('expected a number');
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
