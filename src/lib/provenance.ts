/** Where a raw input came from: one entry of the source registry, as cited on the site. */
export interface SourceCitation {
  id: string;
  publisher: string;
  title: string;
  release: string;
  /** Official page or download of the published file. */
  url: string;
  licence: string;
  /** Present when our copy is a faithful third-party reshape of the official file. */
  reshapedBy?: string;
  sha256: string;
}

/** Travels with every derived dataset: what it was made from, how, and by which command. */
export interface Provenance {
  dataset: string;
  sources: SourceCitation[];
  steps: string[];
  generatedBy: string;
}

export const OGL_V3 = 'Open Government Licence v3.0';
export const OGL_ATTRIBUTION = 'Contains public sector information licensed under the Open Government Licence v3.0.';

/** One line naming the publishers and releases, for chart captions. */
export function sourceLine(p: Provenance): string {
  const titles = [...new Set(p.sources.map((s) => `${s.publisher}, ${s.title} (${s.release})`))];
  return `Source: ${titles.join('; ')}. ${OGL_ATTRIBUTION}`;
}

/** A release's title without its file part ("X: absence rates by geographic level" -> "X"; "IoD 2019, File 3: ..." -> "IoD 2019"). */
const releaseTitle = (title: string) => title.split(/, File \d+|: /)[0];

/**
 * The short source line under a chart, in embeds and in PNGs: each publisher once, each publication once
 * with its releases. The file-by-file list is in the CSV header, the citation and /data/.
 */
export function captionSources(provenance: readonly Provenance[]): string {
  const byPublisher = new Map<string, Map<string, Set<string>>>();
  for (const s of provenance.flatMap((p) => p.sources)) {
    if (!byPublisher.has(s.publisher)) byPublisher.set(s.publisher, new Map());
    const titles = byPublisher.get(s.publisher)!;
    const title = releaseTitle(s.title);
    titles.set(title, (titles.get(title) ?? new Set()).add(s.release));
  }
  const groups = [...byPublisher].map(
    ([publisher, titles]) =>
      `${publisher}: ${[...titles].map(([title, releases]) => `${title} (${[...releases].join(', ')})`).join('; ')}`,
  );
  return `Source: ${groups.join('. ')}. ${OGL_ATTRIBUTION}`;
}
