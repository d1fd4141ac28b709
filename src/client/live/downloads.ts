/**
 * Downloads of a live figure's state that is not prerendered (e.g. the map against school readiness in
 * 2022/23): the standalone SVG, its PNG and the CSV are made in the browser by the same functions that
 * write the prerendered files. Loaded on the first such click only.
 */
import { figureCsv, standaloneSvg } from '../../figures/kit/export';
import type { FigureMeta } from '../../figures/kit/meta';
import { LIVE_FIGURES } from './figures';
import { downloadSvgTextAsPng, saveBlob } from '../svg-to-png';

export type DownloadKind = 'svg' | 'png' | 'csv';

export async function downloadLive(
  meta: FigureMeta,
  state: Record<string, string>,
  kind: DownloadKind,
  fileName: string,
  viewUrl: string,
): Promise<void> {
  const spec = await LIVE_FIGURES[meta.id](state, meta.state);
  if (kind === 'csv') return saveBlob(new Blob([figureCsv(spec, state, viewUrl)], { type: 'text/csv' }), fileName);
  const svg = standaloneSvg(spec, state, { document });
  if (kind === 'svg') return saveBlob(new Blob([svg], { type: 'image/svg+xml' }), fileName);
  await downloadSvgTextAsPng(svg, fileName);
}
