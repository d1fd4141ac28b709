/**
 * Every derived data file in data/ with its provenance block, and every download of the static data
 * API, found at build time: a new data file or endpoint appears on the Data page and in the footer
 * without anyone editing a list.
 */
import { z } from 'zod';
import type { Provenance, SourceCitation } from '../lib/provenance';
import { MEASURES, MEASURE_LABELS, MEASURE_UNITS } from '../config/measures';

const citationSchema = z.object({
  id: z.string(),
  publisher: z.string(),
  title: z.string(),
  release: z.string(),
  url: z.string().url(),
  licence: z.string(),
  reshapedBy: z.string().optional(),
  sha256: z.string(),
});
const provenanceSchema = z.object({
  dataset: z.string(),
  sources: z.array(citationSchema),
  steps: z.array(z.string()),
  generatedBy: z.string(),
});

const dataFiles = import.meta.glob<Record<string, unknown>>(['../../data/*.json', '../../data/reports/*.json'], {
  eager: true,
  import: 'default',
});

/** Provenance of every data file that carries one, by file name (e.g. "absence.json"). */
export const datasets: readonly Provenance[] = Object.entries(dataFiles)
  .filter(([, json]) => json && typeof json === 'object' && 'provenance' in json)
  .map(([path, json]) => {
    const parsed = provenanceSchema.safeParse(json.provenance);
    if (!parsed.success) throw new Error(`${path}: invalid provenance block: ${parsed.error.message}`);
    return parsed.data;
  })
  .sort((a, b) => a.dataset.localeCompare(b.dataset));

/** Each published source once, however many data files use it. */
export function distinctSources(provenances: readonly Provenance[]): SourceCitation[] {
  const seen = new Map<string, SourceCitation>();
  for (const s of provenances.flatMap((p) => p.sources)) seen.set(`${s.publisher}|${s.title}|${s.release}`, s);
  return [...seen.values()].sort((a, b) => a.publisher.localeCompare(b.publisher) || a.title.localeCompare(b.title));
}

export interface Download {
  /** Site path, e.g. "/data/absence.csv". */
  href: string;
  format: 'CSV' | 'JSON';
  /** The data file it is built from, matched by name (absence.csv -> absence.json), if any. */
  dataset?: string;
  columns: string[];
}

type Endpoint = { GET?: (context: never) => Response | Promise<Response> };
const endpoints = import.meta.glob<Endpoint>('../pages/data/*.{csv,json}.ts', { eager: true });

/** Column names of a CSV (after any "# " comment lines) or of a JSON download's first row. */
export function columnsOf(body: string, format: Download['format']): string[] {
  if (format === 'CSV') {
    const header = body.split('\n').find((line) => line && !line.startsWith('#')) ?? '';
    return header.split(',').map((c) => c.replace(/^"|"$/g, ''));
  }
  const json = JSON.parse(body) as { rows?: unknown[]; columns?: unknown };
  if (Array.isArray(json.columns)) return json.columns.map(String);
  const first = json.rows?.[0];
  if (Array.isArray(first)) return [];
  return first && typeof first === 'object' ? Object.keys(first) : [];
}

/** Every static download in /data/, with its columns read from what the endpoint actually serves. */
export async function downloads(): Promise<Download[]> {
  const names = new Set(datasets.map((d) => d.dataset));
  // Parameterised routes ([id].csv.ts) serve many files; they are documented by their own pages.
  const fixed = Object.entries(endpoints).filter(([path]) => !path.includes('['));
  const list = await Promise.all(
    fixed.map(async ([path, mod]) => {
      const file = path.replace('../pages/data/', '').replace(/\.ts$/, '');
      const format = file.endsWith('.csv') ? 'CSV' : 'JSON';
      const body = mod.GET ? await (await mod.GET({} as never)).text() : '';
      const dataset = `${file.replace(/\.(csv|json)$/, '')}.json`;
      return {
        href: `/data/${file}`,
        format,
        dataset: names.has(dataset) ? dataset : undefined,
        columns: body ? columnsOf(body, format) : [],
      } satisfies Download;
    }),
  );
  return list.sort((a, b) => a.href.localeCompare(b.href));
}

/** What a download column holds, with its unit, from its name (the site's naming conventions). */
export function describeColumn(name: string): string {
  const measure = MEASURES.find((m) => name === `${m}_absence_pct`);
  if (measure) return `${MEASURE_LABELS[measure]}: ${MEASURE_UNITS[measure]} (unrounded)`;
  const rules: [RegExp, string][] = [
    [/^time_period$/, 'Academic year, "YYYY/YY"'],
    [/^time_identifier$/, 'Register data: year to date, a term, or autumn weeks 37-45'],
    [/_avg$/, "Register data: DfE's average over the period's days (context only, never a weight)"],
    [/^source$/, 'Text: which source the row comes from'],
    [/^geographic_level$/, 'National, Macro-region, Regional, Sub-regional (Inner/Outer London) or Local authority'],
    [/^area_code$/, 'GSS code (MR-NORTH, MR-MIDLANDS, MR-SOUTH for the macro-regions)'],
    [/^enrolments$/, 'Pupils enrolled (count)'],
    [/^sess_possible$/, 'Possible sessions (half-days, count)'],
    [/^sess_(\w+)$/, 'Sessions missed (half-days, count)'],
    [/score$/, 'Score: share of children aged 0-15 in income-deprived families (0 to 1)'],
    [/rank/, 'Rank (1 = most deprived)'],
    [/share/, 'Share, 0 to 1'],
    [/_name$|^macro_region$|^school_type$/, 'Text'],
    [/^method|^note$/, 'Text: how the value was obtained'],
  ];
  return rules.find(([pattern]) => pattern.test(name))?.[1] ?? '';
}
