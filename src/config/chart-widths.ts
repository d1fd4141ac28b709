/** Widths charts are drawn at, shared by the build and the browser. */

/** Build-time charts on the pages. */
export const BUILD_CHART_WIDTH = 720;

/** Each figure's default state is also prebuilt this wide (/embed/<id>/narrow.svg), for phones: a 390 px phone's column, so 11 px text stays 11 px. */
export const NARROW_CHART_WIDTH = 358;
