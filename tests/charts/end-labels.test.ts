import { describe, expect, it } from 'vitest';
import { dodge } from '../../src/charts/end-labels';

describe('end-label dodging', () => {
  it('leaves labels that do not collide where they are', () => {
    expect(dodge([10, 50, 90], 14, 0, 100)).toEqual([10, 50, 90]);
  });

  it('pushes colliding labels apart by the gap, keeping their order', () => {
    expect(dodge([50, 52, 51], 10, 0, 200)).toEqual([50, 70, 60]);
  });

  it('keeps labels inside the plot by pushing the stack back from the bottom', () => {
    expect(dodge([95, 96, 97], 10, 0, 100)).toEqual([80, 90, 100]);
  });

  it('gives the same layout for the same input (deterministic ties)', () => {
    expect(dodge([40, 40], 12, 0, 100)).toEqual([40, 52]);
  });
});
