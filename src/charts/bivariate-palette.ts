/**
 * 3x3 bivariate palette: Joshua Stevens' blue-red scheme ("Bivariate choropleth maps: a how-to
 * guide", 2015). Absence runs along the red axis, deprivation along the blue axis; both high is
 * the dark corner. Chosen over his other schemes because it stays the most distinct under
 * simulated colour-vision deficiency (tests/charts/bivariate-palette.test.ts: Machado 2009,
 * protanopia/deuteranopia/tritanopia). The order is fixed in light and dark themes; only strokes
 * and text follow the theme.
 */
import type { Tertile } from '../derive/bivariate';

/** BIVARIATE[deprivation][absence]: rows = deprivation class (low..high), columns = absence class. */
export const BIVARIATE: readonly (readonly [string, string, string])[] = [
  ['#e8e8e8', '#e4acac', '#c85a5a'],
  ['#b0d5df', '#ad9ea5', '#985356'],
  ['#64acbe', '#627f8c', '#574249'],
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
