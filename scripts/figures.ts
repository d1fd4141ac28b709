/**
 * `npm run figures [-- --out DIR] [--year 2022/23] [--only id,id] [--set key=value ...]`: renders every
 * registered figure in Node (no browser) to DIR/<id>.svg, <id>.png, <id>.csv and a figures.json manifest,
 * with the same chart code as the site. `--set` chooses any other URL parameter of the figures that have
 * it (e.g. `--set dep=gld`: the map against school readiness), checked against the figure's allowlist.
 * Output is deterministic: running twice gives identical files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serverDocument } from '../src/charts/ssr';
import { FIGURES } from '../src/figures/index';
import { figureCsv, standaloneSvg } from '../src/figures/kit/export';
import { defaultState, variantKey } from '../src/figures/kit/variants';
import { svgToPng } from '../src/figures/kit/png';
import { viewPath } from '../src/figures/kit/meta';
import { LOCAL_SITE_URL, parseSiteUrl } from './lib/site-url';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const outDir = resolve(option('--out') ?? 'figures');
const year = option('--year');
const only = option('--only')?.split(',');
const sets = args.flatMap((a, i) => (a === '--set' && args[i + 1] ? [args[i + 1]] : [])).map((pair) => {
  const [key, ...rest] = pair.split('=');
  return [key, rest.join('=')] as const;
});
const log = (msg: string) => process.stderr.write(`${msg}\n`);
// The address each figure's page is cited at (CSV source line, manifest): the public site when SITE_URL is set.
const { site } = parseSiteUrl(process.env.SITE_URL || LOCAL_SITE_URL);
if (!process.env.SITE_URL) log(`SITE_URL is not set: figure URLs point to ${LOCAL_SITE_URL} (set it to the public address)`);
function fail(msg: string): never {
  log(msg);
  process.exit(1);
}

const selected = FIGURES.filter((f) => !only || only.includes(f.id));
if (only && selected.length !== only.length) {
  fail(`unknown figure id(s): ${only.filter((id) => !FIGURES.some((f) => f.id === id)).join(', ')}; known: ${FIGURES.map((f) => f.id).join(', ')}`);
}
if (year && !FIGURES.some((f) => f.state.year?.values.includes(year))) {
  fail(`no figure has data for --year ${year}`);
}

for (const [key, value] of sets) {
  const having = selected.filter((f) => key in f.state);
  if (!having.length) fail(`--set ${key}=${value}: no selected figure has a parameter "${key}"`);
  for (const f of having) {
    if (!f.state[key].values.includes(value)) fail(`--set ${key}=${value}: ${f.id} accepts ${key} = ${f.state[key].values.join(', ')}`);
  }
}

mkdirSync(outDir, { recursive: true });
const manifest = selected.map((spec) => {
  const state = { ...defaultState(spec.state) };
  if (year && spec.state.year?.values.includes(year)) state.year = year;
  for (const [key, value] of sets) if (key in spec.state) state[key] = value;
  const url = new URL(viewPath(spec, state).slice(1), site).href;
  const svg = standaloneSvg(spec, state, { document: serverDocument() });
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
    sources: spec.provenance.flatMap((p) => p.sources.map((s) => ({ publisher: s.publisher, title: s.title, release: s.release, url: s.url, licence: s.licence, sha256: s.sha256 }))),
    command: `npm run figures -- --only ${spec.id}${year ? ` --year ${year}` : ''}${sets.filter(([k]) => k in spec.state).map(([k, v]) => ` --set ${k}=${v}`).join('')}`,
  };
});
const command = ['npm run figures --', ...(year ? ['--year', year] : []), ...sets.map(([k, v]) => `--set ${k}=${v}`)];
writeFileSync(resolve(outDir, 'figures.json'), `${JSON.stringify({ generatedBy: command.length > 1 ? command.join(' ') : 'npm run figures', figures: manifest }, null, 2)}\n`);
log(`${manifest.length} figure(s) and figures.json in ${outDir}`);
