/**
 * Standalone outputs of a figure, shared by the site's downloads and `npm run figures`:
 * an SVG with title, subtitle and source line on a white background, and the CSV of exactly
 * what is plotted with a commented header naming the sources.
 */
import type { FigureRow, FigureSpec } from '../types';
import { csvValue } from '../../lib/format';
import { toMarkup } from '../../charts/markup';
import { toCsv } from '../../lib/csv';
import { OGL_ATTRIBUTION, captionSources, sourceLine, type Provenance } from '../../lib/provenance';
import type { StateOf, StateSpec } from '../../lib/url-state';
import { pageDigits } from './table';
import { viewPath } from './meta';
import { SITE_NAME } from './citation';
import { SITE_URL, absoluteUrl } from '../../lib/site-path';

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Greedy word wrap for SVG text lines (no text measurement available in Node). */
function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

export const sourcesOf = (provenance: Provenance[]) => provenance.map(sourceLine).join(' ');

export interface RenderedChart {
  markup: string;
  height: number;
}

/** The chart's <svg> alone, with deterministic clip ids (figures that add an HTML legend keep just the SVG). */
export function renderChart<S extends StateSpec>(
  spec: FigureSpec<S>,
  state: StateOf<S>,
  options: { document: Document; width?: number },
): RenderedChart {
  const chart = spec.render(state, options);
  const svg = chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg');
  if (!svg) throw new Error(`figure ${spec.id} rendered no <svg>`);
  if (!svg.getAttribute('xmlns')) svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return { markup: toMarkup(svg), height: Number(svg.getAttribute('height')) || 400 };
}

/** Width of the chart inside a standalone figure of the default width (800 px, 16 px margins). */
export const STANDALONE_CHART_WIDTH = 768;

/** Title, subtitle, chart and source line in one SVG on white, for downloads and `npm run figures`. */
export function composeStandalone<S extends StateSpec>(
  spec: FigureSpec<S>,
  state: StateOf<S>,
  chart: RenderedChart,
  width = 800,
  /** The view's address in the credit (default: on the site the build is for). */
  url = absoluteUrl(viewPath(spec, state), SITE_URL),
): string {
  // DejaVu Sans Bold at 18 px averages about 11 px a character in these titles (digits and capitals are wide).
  const title = wrap(spec.title(state), Math.floor(width / 11.8));
  const subtitle = wrap(spec.subtitle(state), Math.floor(width / 7));
  // The source line, then the credit: where the chart comes from, so a reposted image leads back to it.
  const source = wrap(`${captionSources(spec.provenance)} Chart: ${SITE_NAME}, ${url}`, Math.floor(width / 6.2));
  const text = (lines: string[], y: number, size: number, extra = '') =>
    lines
      .map((l, i) => `<text x="16" y="${y + i * size * 1.3}" font-size="${size}"${extra}>${escapeXml(l)}</text>`)
      .join('');
  let y = 30;
  const parts = [text(title, y, 18, ' font-weight="700"')];
  y += title.length * 23.4;
  parts.push(text(subtitle, y, 13, ' fill="#444444"'));
  y += subtitle.length * 16.9 + 4;
  parts.push(chart.markup.replace(/^<svg /, `<svg x="16" y="${y}" `));
  y += chart.height + 18;
  parts.push(text(source, y, 11, ' fill="#444444"'));
  const height = Math.ceil(y + (source.length - 1) * 14.3 + 14);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Arial, sans-serif" color="#1a1a1a" fill="#1a1a1a">` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>${parts.join('')}</svg>\n`
  );
}

export function standaloneSvg<S extends StateSpec>(
  spec: FigureSpec<S>,
  state: StateOf<S>,
  options: { document: Document; url?: string },
): string {
  return composeStandalone(
    spec,
    state,
    renderChart(spec, state, { document: options.document, width: STANDALONE_CHART_WIDTH }),
    undefined,
    options.url,
  );
}

/** The plotted rows with every non-integer rounded once, from the unrounded value, one decimal more than the page shows. */
function csvRows(spec: FigureSpec<StateSpec>, rows: FigureRow[]): FigureRow[] {
  return rows.map((r) =>
    Object.fromEntries(
      spec.columns.map((c) => {
        const v = r[c.key];
        return [c.key, typeof v === 'number' && !Number.isInteger(v) ? csvValue(v, pageDigits(c) + 1) : v];
      }),
    ),
  );
}

export function figureCsv<S extends StateSpec>(spec: FigureSpec<S>, state: StateOf<S>, url: string): string {
  const comment = [spec.title(state), spec.subtitle(state), sourcesOf(spec.provenance), OGL_ATTRIBUTION, url].join(
    '\n',
  );
  return toCsv(
    csvRows(spec as unknown as FigureSpec<StateSpec>, spec.rows(state)),
    spec.columns.map((c) => c.key),
    comment,
  );
}
