import type { APIRoute, GetStaticPaths } from 'astro';
import { FIGURES } from '../../../figures/index';
import { defaultState } from '../../../figures/kit/variants';
import { embedSnippet } from '../../../figures/kit/embed-snippet';
import { figureEmbedHeight, siteUrl, viewUrl } from '../../../figures/kit/files';

export const getStaticPaths = (() =>
  FIGURES.map((spec) => ({ params: { id: spec.id }, props: { spec } }))) satisfies GetStaticPaths;

/** A static oEmbed (rich) response per figure, for CMSs that embed by URL. */
export const GET: APIRoute = ({ props }) => {
  const { spec } = props;
  const state = defaultState(spec.state);
  const title = spec.title(state);
  const height = figureEmbedHeight(spec);
  const body = {
    version: '1.0',
    type: 'rich',
    provider_name: 'Absence Atlas',
    provider_url: siteUrl('/'),
    title,
    width: 800,
    height,
    html: embedSnippet({
      src: siteUrl(`/embed/${spec.id}/`),
      title,
      fallback: viewUrl(spec, state),
      script: siteUrl('/embed-resize.js'),
      height,
    }),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json+oembed' } });
};
