/**
 * 3x3 bivariate palette: Joshua Stevens' blue-red scheme ("Bivariate choropleth maps: a how-to
 * guide", 2015). Absence runs along the red axis, deprivation along the blue axis; both high is
 * the dark corner. Chosen over his other schemes because it stays the most distinct under
 * simulated colour-vision deficiency (tests/charts/bivariate-palette.test.ts: Machado 2009,
 * protanopia/deuteranopia/tritanopia).
 *
 * The dark theme has its own nine colours, one per class as in light: the same hues with the lightness
 * mirrored (CIELAB L' = 24 + (92 - L) x 58/62, chroma x 1.2), so low-low is the quietest class (nearest the
 * dark page) and high-high the brightest, as on white low-low is the palest and high-high the darkest.
 * Charts draw the light colours (downloads and standalone SVGs are light); `bivariateThemeCss` gives the
 * site and embed pages the dark twins, keyed by each mark's class (`data-cell`), so legend and marks agree.
 */
import type { Tertile } from '../derive/bivariate';

/** BIVARIATE[deprivation][absence]: rows = deprivation class (low..high), columns = absence class. */
export const BIVARIATE: readonly (readonly [string, string, string])[] = [
  ['#e8e8e8', '#e4acac', '#c85a5a'],
  ['#b0d5df', '#ad9ea5', '#985356'],
  ['#64acbe', '#627f8c', '#574249'],
];

/** The dark theme's twin of each cell, same layout (tests/charts/bivariate-palette.test.ts checks both themes). */
export const BIVARIATE_DARK: readonly (readonly [string, string, string])[] = [
  ['#393939', '#864b4d', '#ed6566'],
  ['#27535e', '#7e6d75', '#e98e91'],
  ['#0c7e93', '#789cac', '#e1c3cc'],
];

/** Fill for units without a class: drawn with a hatch pattern over this grey. */
export const NO_DATA_FILL = '#9a9a9a';

export const bivariateColour = (absence: Tertile, need: Tertile): string => BIVARIATE[need][absence];

/** Black or white text, whichever contrasts more with a palette colour (for counts drawn on cells). */
export function textOn(hex: string): string {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
}

/** A class's colour for HTML (a swatch's background): the dark twin under the dark theme, the light colour otherwise. */
export const bivariateCssColour = (absence: Tertile, need: Tertile): string =>
  `var(--bivariate-${absence}-${need}, ${bivariateColour(absence, need)})`;

/**
 * The dark theme's rules for the bivariate charts, inside `scope` (a dark-theme selector): each class's map
 * units, scatter dots, legend cell (its count in black or white, whichever reads on it) and swatch variable
 * take the dark twin; map outlines take the page's colours, at no specificity so a page's own strokes
 * (selection, focus) still win.
 */
export function bivariateThemeCss(scope: string): string {
  const cells = [0, 1, 2].flatMap((need) =>
    [0, 1, 2].map((absence) => ({ key: `${absence}-${need}`, fill: BIVARIATE_DARK[need][absence] })),
  );
  const variables = cells.map(({ key, fill }) => `--bivariate-${key}:${fill}`).join(';');
  const fills = cells.map(({ key, fill }) => {
    const marks = [
      `.bivariate-map path.la[data-cell="${key}"]`,
      `.bivariate-scatter .dot[data-cell="${key}"]`,
      `.bivariate-legend .cell[data-cell="${key}"] rect`,
    ];
    const count = `${scope} .bivariate-legend .cell[data-cell="${key}"] text{fill:${textOn(fill)}}`;
    return `${marks.map((m) => `${scope} ${m}`).join(',')}{fill:${fill}}${count}`;
  });
  const outlines = `:where(${scope} .bivariate-map path.la){stroke:var(--bg)}:where(${scope} .bivariate-map path.region){stroke:var(--fg)}:where(${scope} .bivariate-map .inset-frame){stroke:var(--muted)}`;
  return `${scope}{${variables}}${fills.join('')}${outlines}`;
}
