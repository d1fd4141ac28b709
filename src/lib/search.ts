/**
 * Finding a local authority by any part of its name. Pure, so the same code builds the index at build
 * time, runs in the browser and is unit-tested. Matching ignores case, accents and punctuation.
 */

/** One LA as the search index carries it (short keys keep /la/search-index.json small). */
export interface SearchEntry {
  /** Display name, as DfE publishes it. */
  n: string;
  /** Other names people type (e.g. "Hull", "BCP"), beyond what normalisation already covers. */
  v?: string[];
  /** Page slug under /la/. */
  s: string;
  /** Region name, or a short note such as "former LA, to 2022/23". */
  r: string;
}

/** Lower case, accents and punctuation removed, "&" as "and", single spaces: "St. Helens" -> "st helens". */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const compact = (normalised: string) => normalised.replace(/ /g, '');

/**
 * Names people use that normalisation alone does not reach: DfE's inverted forms
 * ("Kingston upon Hull, City of" -> "City of Kingston upon Hull", "Hull"), "Saint" for "St",
 * and initials for names of three or more words ("Bournemouth, Christchurch and Poole" -> "BCP").
 */
export function variantsOf(name: string): string[] {
  const variants = new Set<string>();
  const inverted = /^(.*), (City of|County of)$/.exec(name);
  if (inverted) {
    variants.add(`${inverted[2]} ${inverted[1]}`);
    variants.add(inverted[1].replace(/^Kingston upon /, ''));
  }
  if (/\bSt\.? /.test(name)) variants.add(name.replace(/\bSt\.? /, 'Saint '));
  const words = normalise(name)
    .split(' ')
    .filter((w) => !['and', 'of', 'upon', 'on', 'the', 'with', 'city', 'county'].includes(w));
  if (words.length >= 3)
    variants.add(
      words
        .map((w) => w[0])
        .join('')
        .toUpperCase(),
    );
  variants.delete(name);
  return [...variants];
}

/** How well a query matches one name: lower is better, null for no match. */
function score(query: string, name: string): number | null {
  const n = normalise(name);
  if (n === query) return 0;
  if (n.startsWith(query)) return 1;
  if (` ${n}`.includes(` ${query}`)) return 2;
  if (n.includes(query)) return 3;
  if (compact(n).includes(compact(query))) return 4;
  return null;
}

/** The entries matching a query, best first (then alphabetically); empty for an empty query. */
export function searchLas<E extends SearchEntry>(entries: readonly E[], query: string, limit = 10): E[] {
  const q = normalise(query);
  if (!q) return [];
  const scored: { entry: E; score: number }[] = [];
  for (const entry of entries) {
    const scores = [entry.n, ...(entry.v ?? [])].map((name) => score(q, name)).filter((s): s is number => s !== null);
    if (scores.length) scored.push({ entry, score: Math.min(...scores) });
  }
  scored.sort((a, b) => a.score - b.score || a.entry.n.localeCompare(b.entry.n, 'en-GB'));
  return scored.slice(0, limit).map((s) => s.entry);
}
