/**
 * Builds data/ from the raw files: `npm run data:build [-- --only absence.json] [--mirror DIR]`.
 * `--check` rebuilds in memory and fails if any committed file differs (CI runs this).
 * Missing raw files: skipped with a message (the committed output is kept), but with CI=true
 * or --strict they fail the run. Logs go to stderr; any failure exits non-zero; nothing is
 * written unless every loader succeeded.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataDir, hasRaw, officialPath, PROJECT_ROOT, rawPath } from './lib/data-dir';
import { sha256File } from './lib/checksum';
import { writeAllAtomically } from './lib/write';
import { LOADERS } from './loaders/index';
import { SOURCES } from './sources';

const args = process.argv.slice(2);
const check = args.includes('--check');
const strict = args.includes('--strict') || process.env.CI === 'true';
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const outDir = resolve(PROJECT_ROOT, 'data');
const dir = dataDir();
const log = (msg: string) => process.stderr.write(`${msg}\n`);

async function main() {
  const outputs: { path: string; contents: string }[] = [];
  const selected = LOADERS.filter((l) => !only || l.output === only);
  if (only && !selected.length) throw new Error(`no loader makes "${only}"; known: ${LOADERS.map((l) => l.output).join(', ')}`);
  for (const loader of selected) {
    const missing = loader.sources.filter((id) => !hasRaw(SOURCES[id], dir));
    if (missing.length) {
      const list = missing.map((id) => `${SOURCES[id].path} (from ${SOURCES[id].url})`).join('; ');
      if (strict) throw new Error(`${loader.output}: raw file(s) missing in ${dir}: ${list}`);
      log(`skip ${loader.output}: raw file(s) missing in ${dir}: ${list}. Keeping the committed data/${loader.output}.`);
      continue;
    }
    for (const id of loader.sources) {
      if (officialPath(SOURCES[id], dir)) continue; // the publisher's own file: no registry checksum
      const actual = sha256File(rawPath(SOURCES[id], dir));
      if (actual !== SOURCES[id].sha256) log(`warning: ${SOURCES[id].path} sha256 ${actual} differs from the registry (a newer release?)`);
    }
    const started = performance.now();
    const contents = await loader.build(dir);
    log(`built ${loader.output} (${(contents.length / 1024).toFixed(0)} KB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    outputs.push({ path: resolve(outDir, loader.output), contents });
  }
  if (check) {
    const stale = outputs.filter(({ path, contents }) => !existsSync(path) || readFileSync(path, 'utf8') !== contents);
    if (stale.length) throw new Error(`committed data differs from a rebuild: ${stale.map((o) => o.path).join(', ')}. Run npm run data:build and commit.`);
    log(`check: ${outputs.length} file(s) in data/ match a rebuild from the raw files byte for byte`);
    return;
  }
  writeAllAtomically(outputs);
}

main().catch((error: Error) => {
  log(`data build failed: ${error.message}`);
  process.exit(1);
});
