/** The one colour system: fixed meanings, colour-blind-safe hues, contrast in both themes. */
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../src/config/geography';
import { MACHADO_2009, minDistance } from '../helpers/cvd';
import {
  CATEGORICAL_SWATCHES,
  CONTEXT_GREY,
  ENGLAND_GREY,
  MACRO_SWATCHES,
  REGION_SWATCHES,
  THIS_LA,
  contrast,
  darkPairs,
  darkThemeCss,
  labelColour,
} from '../../src/charts/palette';

const WHITE = '#ffffff';
const DARK_PAGE = '#121417';

describe('the palette', () => {
  it('gives every region a shade of its macro-region, and Inner and Outer London shades of their own', () => {
    for (const r of REGIONS) expect(REGION_SWATCHES[r.name], r.name).toBeDefined();
    expect(REGION_SWATCHES['Inner London'].light).not.toBe(REGION_SWATCHES['Outer London'].light);
    expect(REGION_SWATCHES['North West']).toEqual(MACRO_SWATCHES.North);
  });

  it('keeps every label colour at 4.5:1 on white and its dark twin at 4.5:1 on the dark page', () => {
    for (const s of [...Object.values(MACRO_SWATCHES), THIS_LA, ENGLAND_GREY]) {
      expect(contrast(s.light, WHITE), s.light).toBeGreaterThanOrEqual(4.5);
      expect(contrast(s.dark, DARK_PAGE), s.dark).toBeGreaterThanOrEqual(4.5);
    }
    for (const s of Object.values(REGION_SWATCHES)) {
      expect(contrast(labelColour(s.light), WHITE), s.light).toBeGreaterThanOrEqual(4.5);
      expect(contrast(s.light, WHITE), s.light).toBeGreaterThanOrEqual(3);
      expect(contrast(s.dark, DARK_PAGE), s.dark).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps context grey quieter than England grey in both themes', () => {
    expect(contrast(CONTEXT_GREY.light, WHITE)).toBeLessThan(contrast(ENGLAND_GREY.light, WHITE));
    expect(contrast(CONTEXT_GREY.dark, DARK_PAGE)).toBeLessThan(contrast(ENGLAND_GREY.dark, DARK_PAGE));
  });

  it('maps each light colour to one dark twin, under both the system and the chosen dark theme', () => {
    const pairs = darkPairs();
    expect(new Set(pairs.map(([l]) => l)).size).toBe(pairs.length);
    const css = darkThemeCss();
    expect(css).toContain(
      `:root[data-theme="dark"] svg [stroke="${MACRO_SWATCHES.North.light.toLowerCase()}" i]{stroke:${MACRO_SWATCHES.North.dark}}`,
    );
    expect(css.startsWith('@media (prefers-color-scheme: dark){:root:not([data-theme="light"]) svg')).toBe(true);
  });

  it('never gives a compared LA or a key item a colour that means a place, "this LA" or England', () => {
    const fixed = [
      ...Object.values(MACRO_SWATCHES),
      ...Object.values(REGION_SWATCHES),
      THIS_LA,
      ENGLAND_GREY,
      CONTEXT_GREY,
    ].flatMap((s) => [s.light.toLowerCase(), s.dark.toLowerCase()]);
    for (const s of CATEGORICAL_SWATCHES) {
      expect(fixed, s.light).not.toContain(s.light.toLowerCase());
      expect(fixed, s.dark).not.toContain(s.dark.toLowerCase());
    }
  });

  it('keeps the compared LAs at least ΔE 9 apart from each other and from "this LA" under every common colour-vision deficiency, in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      const colours = [THIS_LA, ...CATEGORICAL_SWATCHES].map((s) => s[theme]);
      for (const [vision, matrix] of Object.entries(MACHADO_2009))
        expect(minDistance(colours, matrix), `${theme}, ${vision}`).toBeGreaterThanOrEqual(9);
    }
  });

  it('labels compared LAs at 4.5:1 in both themes', () => {
    for (const s of CATEGORICAL_SWATCHES) {
      expect(contrast(labelColour(s.light), WHITE), s.light).toBeGreaterThanOrEqual(4.5);
      expect(contrast(s.dark, DARK_PAGE), s.dark).toBeGreaterThanOrEqual(4.5);
    }
  });
});
