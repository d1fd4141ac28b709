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
