/** The copy-paste embed code: an iframe with a title, a script-free fallback link, and the optional resize script. */

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export interface EmbedSnippet {
  src: string;
  /** Names the state shown: the iframe's accessible name and the fallback link's text. */
  title: string;
  fallback: string;
  script: string;
  /** The iframe's height in px, enough for the whole figure without the resize script (embedHeight). */
  height: number;
}

export function embedSnippet(o: EmbedSnippet): string {
  return [
    `<iframe src="${attr(o.src)}" title="${attr(o.title)}" width="100%" height="${o.height}" style="border:0;max-width:100%" loading="lazy" data-absence-atlas-embed></iframe>`,
    `<p><a href="${attr(o.fallback)}">${attr(o.title)} (Absence Atlas)</a></p>`,
    `<script src="${attr(o.script)}" async></script>`,
  ].join('\n');
}

/** Host column widths an embed must fit without the resize script: a phone, and a typical article column. */
export const EMBED_WIDTHS = [320, 640] as const;

export interface EmbedContent {
  title: string;
  subtitle: string;
  /** The caption's source line. */
  sources: string;
  /** The chart's drawn size (its SVG scales down to the column, never up). */
  chart: { width: number; height: number };
  /** The drawing the embed shows in frames up to NARROW_FRAME px wide, when it has one (its default state). */
  narrowChart?: { width: number; height: number };
}

/** Frames this wide or narrower show the figure's phone-width drawing (the embed page's CSS breakpoint). */
export const NARROW_FRAME = 560;

// The embed page's type (src/pages/embed/[id]/index.astro): body padding 12 px each side; per block, its font
// size x line height, the average character width at that size, and the space below it, in px.
const PADDING = 12;
const TEXT = {
  title: { line: 22, char: 9.2, after: 4 },
  subtitle: { line: 21, char: 7.4, after: 7 },
  caption: { line: 18, char: 6.8, after: 0 },
};
const CAPTION_LINKS = ' Full interactive view on Absence Atlas · Data (CSV)';
/** The data table's closed <details>, the chart's inline baseline gap, and a margin for wider fonts (measured: 3-10%). */
const FIXED = 24 + 6 + 30;

/** Lines of `text` wrapped at word breaks, with an average character width (long captions lose most at line ends). */
function lines(text: string, charWidth: number, width: number): number {
  const perLine = Math.floor(width / charWidth);
  let count = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    const need = used ? used + 1 + word.length : word.length;
    if (need <= perLine || !used) used = need;
    else [count, used] = [count + 1, word.length];
  }
  return count;
}

/** The embed page's height at one iframe width. */
function heightAt(c: EmbedContent, width: number): number {
  const inner = width - 2 * PADDING;
  const block = (text: string, t: { line: number; char: number; after: number }) =>
    lines(text, t.char, inner) * t.line + t.after;
  const drawn = width <= NARROW_FRAME && c.narrowChart ? c.narrowChart : c.chart;
  const chart = (Math.min(inner, drawn.width) * drawn.height) / drawn.width;
  return (
    2 * PADDING +
    block(c.title, TEXT.title) +
    block(c.subtitle, TEXT.subtitle) +
    chart +
    block(c.sources + CAPTION_LINKS, TEXT.caption) +
    FIXED
  );
}

/**
 * The iframe height that shows the whole embed at every width in EMBED_WIDTHS (the chart is tallest at the
 * widest, the text at the narrowest), so a host that strips embed-resize.js still shows all of it.
 */
export const embedHeight = (c: EmbedContent): number =>
  Math.ceil(Math.max(...EMBED_WIDTHS.map((w) => heightAt(c, w))) / 10) * 10;
