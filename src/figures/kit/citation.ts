/** "Cite this": plain text and BibTeX for a figure in a given state. Pure, so it runs in the browser too. */
export interface CitationInput {
  figureId: string;
  title: string;
  /** "Publisher, Title (release)" for each data source. */
  sources: string[];
  url: string;
  /** ISO date, e.g. 2026-11-24. */
  accessed: string;
}

export const SITE_NAME = 'Absence Atlas';

export function plainCitation(c: CitationInput): string {
  return `${SITE_NAME}. "${c.title}". Data: ${c.sources.join('; ')}. ${c.url} (accessed ${c.accessed}).`;
}

const bibEscape = (text: string) => text.replace(/([{}%&$#_])/g, '\\$1');

export function bibtexCitation(c: CitationInput): string {
  const key = `absenceatlas-${c.figureId}-${c.accessed.slice(0, 4)}`.replace(/[^a-z0-9-]/gi, '');
  return [
    `@misc{${key},`,
    `  author = {{${SITE_NAME}}},`,
    `  title = {${bibEscape(c.title)}},`,
    `  year = {${c.accessed.slice(0, 4)}},`,
    `  howpublished = {\\url{${c.url}}},`,
    `  note = {Data: ${bibEscape(c.sources.join('; '))}. Accessed ${c.accessed}},`,
    '}',
  ].join('\n');
}
