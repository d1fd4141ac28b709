import type { APIRoute, GetStaticPaths } from 'astro';
import { serverDocument } from '../../../charts/ssr';
import type { BivariateState } from '../../../figures/bivariate-absence-idaci';
import { CHILD_OF_THE_NORTH } from '../../../reports/child-of-the-north';
import { figureEntries, NARROW_WIDTH, narrowImageName, type FigureEntry } from '../../../reports/model';
import { narrowMapSvg } from '../../../reports/narrow-map';

export const getStaticPaths = (() =>
  figureEntries(CHILD_OF_THE_NORTH)
    .filter((f) => f.report.asImage)
    .map((f) => {
      if (f.spec.id !== 'bivariate-absence-idaci')
        throw new Error(`report figure ${f.report.number}: only the map has a phone-width image drawing`);
      return { params: { figure: narrowImageName(f) }, props: { f } };
    })) satisfies GetStaticPaths;

/** The report's map drawn for a phone's width (legend below the map, so its text stays legible there). */
export const GET: APIRoute = ({ props }) => {
  const { f } = props as { f: FigureEntry };
  return new Response(narrowMapSvg(f.state as unknown as BivariateState, serverDocument(), NARROW_WIDTH), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
};
