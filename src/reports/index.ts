/** Every published report the site reproduces, by id (`npm run figures -- --report <id>`, /reports/<id>/). */
import type { Report } from './types';
import { CHILD_OF_THE_NORTH } from './child-of-the-north';

export const REPORTS: Record<string, Report> = { [CHILD_OF_THE_NORTH.id]: CHILD_OF_THE_NORTH };

export const doiUrl = (report: Report) => `https://doi.org/${report.doi}`;

/** "Authors (year). Title. Publisher. https://doi.org/..." */
export const reportCitation = (r: Report) => `${r.authors} (${r.year}). ${r.title}. ${r.publisher}. ${doiUrl(r)}`;
