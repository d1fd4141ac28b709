/**
 * `npm run figures [-- --out DIR] [--year 2022/23] [--only id,id] [--set key=value ...]`: renders every
 * registered figure in Node (no browser) to DIR/<id>.svg, <id>.png, <id>.csv and a figures.json manifest,
 * with the same chart code as the site. `--set` chooses any other URL parameter of the figures that have
 * it (e.g. `--set dep=gld`: the map against school readiness), checked against the figure's allowlist.
 * Output is deterministic: running twice gives identical files.
 * `npm run figures -- --report <id> [--out DIR]` writes a reproduced report's figures instead (scripts/reports/figures.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serverDocument } from '../src/charts/ssr';
import { FIGURES } from '../src/figures/index';
import { figureCsv, standaloneSvg } from '../src/figures/kit/export';
import { defaultState, variantKey } from '../src/figures/kit/variants';
import { svgToPng } from '../src/figures/kit/png';
import { viewPath } from '../src/figures/kit/meta';
import { LOCAL_SITE_URL, parseSiteUrl } from './lib/site-url';
import { writeReportFigures } from './reports/figures';

/** The command's options (node:util parseArgs); a new option is one more entry here. */
const OPTIONS = {
  out: { type: 'string', default: 'figures' },
  year: { type: 'string' },
  only: { type: 'string' },
  set: { type: 'string', multiple: true },
  /** A reproduced report (src/reports/index.ts): its figures in the report's states, written to figures/<id> by default. */
  report: { type: 'string' },
} as const;

const log = (msg: string) => process.stderr.write(`${msg}\n`);
/** Every problem is one line on stderr and exit code 1: no stack trace. */
function fail(msg: string): never {
  log(`figures: ${msg}`);
  process.exit(1);
}
// The address each figure's page is cited at (CSV source line, manifest): the public site when SITE_URL is set.
let site: string;
try {
  ({ site } = parseSiteUrl(process.env.SITE_URL || LOCAL_SITE_URL));
} catch (error) {
  fail((error as Error).message);
}
if (!process.env.SITE_URL)
  log(`SITE_URL is not set: figure URLs point to ${LOCAL_SITE_URL} (set it to the public address)`);

let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];
try {
  ({ values } = parseArgs({ args: process.argv.slice(2), options: OPTIONS, strict: true, allowPositionals: false }));
} catch (error) {
  fail(
    `${(error as Error).message} (usage: npm run figures -- [--out DIR] [--year 2022/23] [--only id,id] [--set key=value ...] | --report id [--out DIR])`,
  );
}
const outDir = resolve(values.out);
const year = values.year;
const only = values.only
  ?.split(',')
  .map((id) => id.trim())
  .filter(Boolean);
const has = (spec: (typeof FIGURES)[number], key: string) => Object.hasOwn(spec.state, key);
const sets = (values.set ?? []).map((pair) => {
  const at = pair.indexOf('=');
  if (at < 1) fail(`--set ${pair}: expected key=value`);
  return [pair.slice(0, at), pair.slice(at + 1)] as const;
});
const repeated = sets.find(([key], i) => sets.findIndex(([k]) => k === key) !== i);
if (repeated) fail(`--set ${repeated[0]} is given twice`);

if (values.report !== undefined) {
  if (year || only || sets.length)
    fail("--report writes the report's figures in the report's own states: it takes only --out");
  try {
    writeReportFigures(
      values.report,
      resolve(values.out === OPTIONS.out.default ? `figures/${values.report}` : values.out),
      site,
      log,
    );
  } catch (error) {
    fail((error as Error).message);
  }
  process.exit(0);
}

const selected = FIGURES.filter((f) => !only || only.includes(f.id));
if (only && selected.length !== only.length) {
  fail(
    `unknown figure id(s): ${only.filter((id) => !FIGURES.some((f) => f.id === id)).join(', ')}; known: ${FIGURES.map((f) => f.id).join(', ')}`,
  );
}
if (year !== undefined) {
  const offering = selected.filter((f) => f.state.year?.values.includes(year));
  if (!offering.length) {
    const known = [...new Set(selected.flatMap((f) => f.state.year?.values ?? []))].sort();
    fail(
      `--year ${year}: no selected figure has data for it${known.length ? `; years available: ${known.join(', ')}` : ' (none has a year)'}`,
    );
  }
  // Figures named with --only must all offer the year: a figure is never silently drawn for another one.
  const lacking = only ? selected.filter((f) => has(f, 'year') && !f.state.year!.values.includes(year)) : [];
  if (lacking.length)
    fail(
      `--year ${year} is not available for ${lacking.map((f) => `${f.id} (${f.state.year!.values.join(', ')})`).join('; ')}`,
    );
}
for (const [key, value] of sets) {
  const having = selected.filter((f) => has(f, key));
  if (!having.length) {
    const keys = [...new Set(selected.flatMap((f) => Object.keys(f.state)))].filter((k) => k !== 'year').sort();
    fail(`--set ${key}=${value}: no selected figure has a parameter "${key}"; parameters: ${keys.join(', ')}`);
  }
  for (const f of having) {
    if (!f.state[key].values.includes(value))
      fail(`--set ${key}=${value}: ${f.id} accepts ${key} = ${f.state[key].values.join(', ')}`);
  }
}
const keptDefault =
  year === undefined ? [] : selected.filter((f) => has(f, 'year') && !f.state.year!.values.includes(year));
if (keptDefault.length)
  log(
    `note: no ${year} data for ${keptDefault.map((f) => f.id).join(', ')}: drawn for their default year, as their manifest entries say`,
  );

/** Renders and writes every selected figure and the manifest. */
function writeAll() {
  mkdirSync(outDir, { recursive: true });
  const manifest = selected.map((spec) => {
    const state = { ...defaultState(spec.state) };
    const ownYear = year !== undefined && spec.state.year?.values.includes(year);
    if (ownYear) state.year = year;
    for (const [key, value] of sets) if (has(spec, key)) state[key] = value;
    const url = new URL(viewPath(spec, state).slice(1), site).href;
    const svg = standaloneSvg(spec, state, { document: serverDocument(), url });
    writeFileSync(resolve(outDir, `${spec.id}.svg`), svg);
    writeFileSync(resolve(outDir, `${spec.id}.png`), svgToPng(svg));
    writeFileSync(resolve(outDir, `${spec.id}.csv`), figureCsv(spec, state, url));
    log(`wrote ${spec.id} (${variantKey(spec.state, state)})`);
    return {
      id: spec.id,
      title: spec.title(state),
      subtitle: spec.subtitle(state),
      state,
      url,
      files: [`${spec.id}.svg`, `${spec.id}.png`, `${spec.id}.csv`],
      sources: spec.provenance.flatMap((p) =>
        p.sources.map((s) => ({
          publisher: s.publisher,
          title: s.title,
          release: s.release,
          url: s.url,
          licence: s.licence,
          sha256: s.sha256,
        })),
      ),
      command: `npm run figures -- --only ${spec.id}${ownYear ? ` --year ${year}` : ''}${sets
        .filter(([k]) => has(spec, k))
        .map(([k, v]) => ` --set ${k}=${v}`)
        .join('')}`,
    };
  });
  const command = ['npm run figures --', ...(year ? ['--year', year] : []), ...sets.map(([k, v]) => `--set ${k}=${v}`)];
  writeFileSync(
    resolve(outDir, 'figures.json'),
    `${JSON.stringify({ generatedBy: command.length > 1 ? command.join(' ') : 'npm run figures', figures: manifest }, null, 2)}\n`,
  );
  log(`${manifest.length} figure(s) and figures.json in ${outDir}`);
}

try {
  writeAll();
} catch (error) {
  const e = error as NodeJS.ErrnoException;
  fail(
    e.code && e.path
      ? `cannot write ${e.path} (${e.code}): check that --out ${outDir} is a folder you can write to`
      : e.message,
  );
}
