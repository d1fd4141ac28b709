/**
 * `npm run figures [-- --out DIR] [--year 2022/23] [--only id,id]`: renders every registered figure
 * in Node (no browser) to DIR/<id>.svg, <id>.png, <id>.csv and a figures.json manifest, with the same
 * chart code as the site. Output is deterministic: running twice gives identical files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serverDocument } from '../src/charts/ssr';
import { FIGURES } from '../src/figures/index';
import { figureCsv, standaloneSvg } from '../src/lib/figure-export';
import { defaultState, variantKey } from '../src/lib/figure-variants';
import { svgToPng } from '../src/lib/png';
import { stateToSearch, withSearch } from '../src/lib/url-state';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const outDir = resolve(option('--out') ?? 'figures');
const year = option('--year');
const only = option('--only')?.split(',');
const site = (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/$/, '');
const log = (msg: string) => process.stderr.write(`${msg}\n`);

const selected = FIGURES.filter((f) => !only || only.includes(f.id));
if (only && selected.length !== only.length) {
  log(`unknown figure id(s): ${only.filter((id) => !FIGURES.some((f) => f.id === id)).join(', ')}; known: ${FIGURES.map((f) => f.id).join(', ')}`);
  process.exit(1);
}
if (year && !FIGURES.some((f) => f.state.year?.values.includes(year))) {
  log(`no figure has data for --year ${year}`);
  process.exit(1);
}

mkdirSync(outDir, { recursive: true });
const manifest = selected.map((spec) => {
  const state = { ...defaultState(spec.state) };
  if (year && spec.state.year?.values.includes(year)) state.year = year;
  const url = `${site}${withSearch(spec.view, stateToSearch(spec.state, state))}`;
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
    command: `npm run figures -- --only ${spec.id}${year ? ` --year ${year}` : ''}`,
  };
});
writeFileSync(resolve(outDir, 'figures.json'), `${JSON.stringify({ generatedBy: `npm run figures${year ? ` -- --year ${year}` : ''}`, figures: manifest }, null, 2)}\n`);
log(`${manifest.length} figure(s) and figures.json in ${outDir}`);
