import { describe, expect, it } from 'vitest';
import { readableName } from '../../../src/derive/area-name';
import { areaPhrase } from '../../../src/derive/trend-text';

describe('place names in labels and sentences', () => {
  it("reads DfE's index forms as names", () => {
    expect(readableName('Bristol, City of')).toBe('City of Bristol');
    expect(readableName('Herefordshire, County of')).toBe('County of Herefordshire');
    expect(readableName('Kingston upon Hull, City of')).toBe('City of Kingston upon Hull');
  });

  it('leaves other names as they are, and regions take "the" inside a sentence', () => {
    expect(readableName('City of London')).toBe('City of London');
    expect(readableName('Knowsley')).toBe('Knowsley');
    expect(areaPhrase('North East')).toBe('the North East');
    expect(areaPhrase('Bristol, City of')).toBe('City of Bristol');
  });
});
