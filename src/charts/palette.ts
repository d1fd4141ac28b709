/**
 * The site's one colour system, declared here and nowhere else. One meaning per colour on every page,
 * embed and download:
 * - North, Midlands and South: vermilion, bluish green and blue (Okabe & Ito's colour-blind-safe hues);
 *   each region a shade of its macro-region's hue;
 * - "this LA": reddish purple, the one accent;
 * - England: mid grey (dashed where it is a reference line); other areas shown for context: light grey.
 * Charts draw the light colours (they are what the white PNG and SVG downloads show); `darkThemeCss`
 * maps each to its dark-theme twin on site and embed pages (the bivariate map's nine classes too, from
 * charts/bivariate-palette.ts), so no chart needs to know the theme. Every light colour
 * that labels text has 4.5:1 contrast on white (lighter shades label in a darkened twin) and its dark twin 4.5:1 on the dark page (tested).
 */
import { type MacroRegion } from '../config/geography';
import { bivariateThemeCss } from './bivariate-palette';

export interface Swatch {
  /** On white: charts, downloads and the light theme. */
  light: string;
  /** Its twin on the dark theme's page. */
  dark: string;
}

export const MACRO_SWATCHES: Record<MacroRegion, Swatch> = {
  North: { light: '#C44A00', dark: '#FF9257' },
  Midlands: { light: '#00785A', dark: '#3FC69E' },
  South: { light: '#0069AA', dark: '#6CB8F2' },
};

/** Regions in shades of their macro-region (darker, base, lighter), so the grouping reads at a glance. */
export const REGION_SWATCHES: Record<string, Swatch> = {
  'North East': { light: '#8F3500', dark: '#FFB48A' },
  'North West': MACRO_SWATCHES.North,
  'Yorkshire and The Humber': { light: '#E0701F', dark: '#FFC7A3' },
  'East Midlands': MACRO_SWATCHES.Midlands,
  'West Midlands': { light: '#005740', dark: '#8FE3C8' },
  'East of England': { light: '#3E8FC9', dark: '#A9D5F7' },
  London: { light: '#004C80', dark: '#4FA3E6' },
  'Inner London': { light: '#003559', dark: '#3D8FD1' },
  'Outer London': { light: '#3E8FC9', dark: '#A9D5F7' },
  'South East': MACRO_SWATCHES.South,
  'South West': { light: '#4F93C9', dark: '#C6E4FA' },
};

export const THIS_LA: Swatch = { light: '#A3307A', dark: '#F293CC' };
export const ENGLAND_GREY: Swatch = { light: '#666666', dark: '#A6A6A6' };
export const CONTEXT_GREY: Swatch = { light: '#ABABAB', dark: '#5C6066' };

/** Light colours by name, for chart code. */
export const MACRO_COLOURS: Record<string, string> = {
  North: MACRO_SWATCHES.North.light,
  Midlands: MACRO_SWATCHES.Midlands.light,
  South: MACRO_SWATCHES.South.light,
  England: ENGLAND_GREY.light,
};
export const REGION_COLOURS: Record<string, string> = Object.fromEntries(
  Object.entries(REGION_SWATCHES).map(([k, s]) => [k, s.light]),
);
export const LA_COLOUR = THIS_LA.light;
export const ENGLAND_COLOUR = ENGLAND_GREY.light;
export const CONTEXT_COLOUR = CONTEXT_GREY.light;

/** WCAG relative luminance and contrast ratio of two "#rrggbb" colours. */
export function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, b] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Text colour for a series label: its line colour when that reads as 12 px text on white (4.5:1), else the same hue darkened until it does. */
export function labelColour(lineColour: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(lineColour)) return lineColour;
  const rgb = [1, 3, 5].map((i) => parseInt(lineColour.slice(i, i + 2), 16));
  for (let k = 1; k <= 20; k++) {
    const hex = `#${rgb
      .map((c) =>
        Math.round(c * (1 - k * 0.04))
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`.toUpperCase();
    if (contrast(lineColour, '#ffffff') >= 4.5) return lineColour;
    if (contrast(hex, '#ffffff') >= 4.5) return hex;
  }
  return '#1A1A1A';
}

/** Pupil groups (subgroups): a dark slate for the groups, England grey for the reference group. */
export const GROUP: Swatch = { light: '#3F4A73', dark: '#B9C3E6' };
export const GROUP_COLOUR = GROUP.light;
/** Kinds of pupils in one chart (e.g. SEN support, EHC plan, SEMH): slate, ochre and teal, none a place's colour. */
export const PUPIL_KINDS: readonly Swatch[] = [
  GROUP,
  { light: '#7A5C00', dark: '#E8C15A' },
  { light: '#1F6E7A', dark: '#7FD0DC' },
];

/**
 * Colours for the items of a chart's own key (compared LAs, kinds of SEN provision), in a fixed order: a chart
 * gives each item its colour by a stable key, never by drawing order, so removing one never recolours the rest.
 * None is a colour with a fixed meaning (a macro-region's hue, "this LA"'s accent, England's grey), and all stay
 * apart under the common colour-vision deficiencies with "this LA" beside them (tests/unit/palette.test.ts).
 */
export const CATEGORICAL_SWATCHES: readonly Swatch[] = [
  { light: '#8C6D1F', dark: '#C9A96E' },
  { light: '#5E3C99', dark: '#9B86D9' },
  { light: '#E69F00', dark: '#FFC400' },
  { light: '#3A3A3A', dark: '#E0E0E0' },
  { light: '#56B4E9', dark: '#8FD0F5' },
  { light: '#00A6A6', dark: '#1FA0A0' },
];
export const CATEGORICAL = CATEGORICAL_SWATCHES.map((s) => s.light);

/**
 * Neutrals that are never a series: label connectors, earlier years behind the current one, map outlines and
 * frames, a locator map's land, and "paper" (white: boundaries between filled areas and tooltip backgrounds in
 * standalone files; the page restyles them for its theme).
 */
export const NEUTRAL = {
  connector: '#8C8C8C',
  olderYears: '#7F7F7F',
  outline: '#1A1A1A',
  frame: '#555555',
  land: '#EEEEEE',
  landEdge: '#666666',
  border: '#BBBBBB',
  paper: '#FFFFFF',
} as const;

/** Viridis, five steps: ordered in lightness, distinct under the common colour-vision deficiencies. */
export const SEQUENTIAL_5 = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'];

/** Period band fills, drawn faintly behind the lines: only "during COVID" is tinted, the gap is hatched grey. */
export const PERIOD_FILLS: Record<string, string> = { pre: 'none', gap: '#7F7F7F', during: '#E0A000', post: 'none' };

/** Every light -> dark pair the charts may draw. */
export function darkPairs(): [string, string][] {
  const swatches = [
    ...Object.values(MACRO_SWATCHES),
    ...Object.values(REGION_SWATCHES),
    THIS_LA,
    ENGLAND_GREY,
    CONTEXT_GREY,
    ...PUPIL_KINDS,
    ...CATEGORICAL_SWATCHES,
  ];
  const pairs = new Map<string, string>(swatches.map((s) => [s.light.toLowerCase(), s.dark]));
  // Labels in a darkened shade (labelColour) take the shade's dark twin too.
  for (const s of swatches)
    if (!pairs.has(labelColour(s.light).toLowerCase())) pairs.set(labelColour(s.light).toLowerCase(), s.dark);
  return [...pairs];
}

/**
 * The dark theme's chart colours, as CSS for the head of site and embed pages (downloads stay light):
 * every fill or stroke attribute in a light palette colour takes its twin, and the bivariate classes their
 * dark palette, under the theme's two selectors (the system setting and the reader's choice).
 */
export function darkThemeCss(): string {
  const rules = (scope: string) =>
    darkPairs()
      .map(
        ([light, dark]) =>
          `${scope} svg [stroke="${light}" i]{stroke:${dark}}${scope} svg [fill="${light}" i]{fill:${dark}}${scope} [data-swatch="${light}" i]{background:${dark}}`,
      )
      .join('') + bivariateThemeCss(scope);
  return `@media (prefers-color-scheme: dark){${rules(':root:not([data-theme="light"])')}}${rules(':root[data-theme="dark"]')}`;
}

/**
 * Benchmarking colours (funnel plot, change map, compare), kept here so they align with the site palette.
 * Classes against England use a purple-orange diverging pair, distinct from the macro-region hues.
 */
/** Reference lines (England darker, region lighter) and limits: greys, never a series hue; each at least 3:1 on both themes. */
export const REFERENCE_GREYS = { england: '#6E6E6E', region: '#959595' } as const;
/** The colours of the other LAs on a compare chart, by colour slot (the LA a view is about takes LA_COLOUR). */
export const OTHER_LAS = CATEGORICAL;
export const FUNNEL_CLASS_COLOURS = { above: '#B35806', within: '#8C8C8C', below: '#7B68B5' } as const;
/** Diverging (PuOr, colour-blind safe), low to high: fell most ... rose most; the middle is England's change. */
export const CHANGE_DIVERGING = ['#542788', '#8073AC', '#B2ABD2', '#E8E8E8', '#FDB863', '#E08214', '#B35806'] as const;
