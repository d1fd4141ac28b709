/**
 * Builds data/ from the raw files: `npm run data:build [-- --only absence.json] [--mirror DIR] [--out DIR]`.
 * `--check` rebuilds in memory and fails if any committed file differs (CI runs this).
 * Missing raw files: skipped with a message (the committed output is kept), but with CI=true
 * or --strict they fail the run. `--only X` also rebuilds every output that shares a raw file with X,
 * so data/ never mixes two releases. Logs go to stderr; any failure exits non-zero; data/ is replaced
 * in one step only after every loader succeeded (scripts/lib/write.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dataDir, hasRaw, officialPath, PROJECT_ROOT, rawPath } from './lib/data-dir';
import { sha256File } from './lib/checksum';
import { DataError } from './lib/errors';
import { checkExpectations, forgetExpectations } from './lib/expect';
import type { Loader } from './lib/loader';
import { publish, recoverOutput, type OutputFile, type PublishOptions } from './lib/write';
import { LOADERS } from './loaders/index';
import { SOURCES, type SourceId } from './sources';

export interface BuildOptions {
  /** The raw-data directory. */
  mirror: string;
  /** The output folder (data/ of the project by default). */
  out: string;
  only?: string[];
  check?: boolean;
  /** Missing raw files fail the run instead of being skipped (CI=true). */
  strict?: boolean;
  loaders?: readonly Loader[];
  log?: (msg: string) => void;
  publishOptions?: PublishOptions;
}

/** The options of `npm run data:build`; add a new one here and read it in `optionsFrom`. */
const OPTIONS = {
  check: { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
  only: { type: 'string', multiple: true },
  mirror: { type: 'string' },
  out: { type: 'string' },
} as const;

export function optionsFrom(argv: readonly string[], env = process.env): BuildOptions {
  const { values } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false });
  return {
    mirror: dataDir(values.mirror),
    out: resolve(values.out ?? resolve(PROJECT_ROOT, 'data')),
    only: values.only
      ?.flatMap((o) => o.split(','))
      .map((o) => o.trim())
      .filter(Boolean),
    check: values.check,
    strict: values.strict || env.CI === 'true',
  };
}

const readsOf = (l: Loader): SourceId[] => [...l.sources, ...(l.checks ?? [])];

/**
 * The outputs that must be rebuilt with `names`: every loader sharing a raw file with one of them,
 * repeatedly, so no two outputs in data/ come from different versions of the same file.
 */
export function rebuiltTogether(names: readonly string[], loaders: readonly Loader[]): Loader[] {
  const unknown = names.filter((n) => !loaders.some((l) => l.output === n));
  if (unknown.length)
    throw new Error(`no loader makes ${unknown.join(', ')}; known: ${loaders.map((l) => l.output).join(', ')}`);
  const chosen = new Set(loaders.filter((l) => names.includes(l.output)));
  for (let grew = true; grew;) {
    grew = false;
    const sources = new Set([...chosen].flatMap((l) => l.sources));
    for (const l of loaders) {
      if (!chosen.has(l) && l.sources.some((s) => sources.has(s))) {
        chosen.add(l);
        grew = true;
      }
    }
  }
  return loaders.filter((l) => chosen.has(l));
}

/** Groups of loaders that share raw files: a group is built whole or not at all. */
function groups(loaders: readonly Loader[]): Loader[][] {
  const left = [...loaders];
  const out: Loader[][] = [];
  while (left.length) {
    const group = rebuiltTogether([left[0].output], loaders);
    out.push(group);
    for (const l of group) left.splice(left.indexOf(l), 1);
  }
  return out;
}

/** Says which file is read for each source: a changed checksum or the publisher's own file never goes unmentioned. */
function describeInputs(ids: readonly SourceId[], dir: string, log: (msg: string) => void) {
  for (const id of ids) {
    const source = SOURCES[id];
    const official = officialPath(source, dir);
    if (official) {
      const verified = existsSync(rawPath(source, dir)) && sha256File(rawPath(source, dir)) === source.sha256;
      log(
        `note: reading the publisher's file ${source.official!.path} (sha256 ${sha256File(official)}) instead of ${verified ? 'the verified copy ' : ''}${source.path}; it is checked like the copy`,
      );
      continue;
    }
    const actual = sha256File(rawPath(source, dir));
    if (actual !== source.sha256)
      log(`note: ${source.path} sha256 ${actual} differs from the registry (a new release?); it must pass every check`);
  }
}

/** Runs the build; returns the exit code. Every message goes to `log`. */
export async function runBuild(options: BuildOptions): Promise<number> {
  const { mirror: dir, out, check = false, strict = false, loaders = LOADERS } = options;
  const log = options.log ?? ((msg: string) => process.stderr.write(`${msg}\n`));
  try {
    forgetExpectations();
    if (!check) for (const line of recoverOutput(out)) log(line);
    const selected = options.only?.length ? rebuiltTogether(options.only, loaders) : [...loaders];
    const extra = selected.filter((l) => !options.only?.includes(l.output));
    if (options.only?.length && extra.length) {
      log(
        `also rebuilding ${extra.map((l) => l.output).join(', ')}: they read the same raw files as ${options.only.join(', ')}`,
      );
    }
    const outputs: OutputFile[] = [];
    const skipped: string[] = [];
    const plan = groups(selected).map((group) => ({
      group,
      missing: [...new Set(group.flatMap(readsOf))].filter((id) => !hasRaw(SOURCES[id], dir)),
    }));
    const missingAll = [...new Set(plan.flatMap((p) => p.missing))];
    if (strict && missingAll.length) {
      const none = plan.every((p) => p.missing.length);
      throw new Error(
        `${none ? `${check ? 'checked' : 'built'} nothing: ` : ''}raw file(s) missing in ${dir} (CI=true or --strict never skips): ${missingAll.map((id) => SOURCES[id].path).join(', ')}`,
      );
    }
    for (const { group, missing } of plan) {
      if (missing.length) {
        const list = missing.map((id) => `${SOURCES[id].path} (from ${SOURCES[id].url})`).join('; ');
        log(
          `skip ${group.map((l) => l.output).join(', ')} (rebuilt together, as they share raw files): raw file(s) missing in ${dir}: ${list}. Keeping the committed file(s).`,
        );
        skipped.push(...group.map((l) => l.output));
        continue;
      }
      describeInputs([...new Set(group.flatMap(readsOf))], dir, log);
      for (const loader of group) {
        const started = performance.now();
        const contents = await loader.build(dir);
        checkExpectations();
        log(
          `built ${loader.output} (${(contents.length / 1024).toFixed(0)} KB) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
        outputs.push({ name: loader.output, contents });
      }
    }
    if (check) {
      if (!outputs.length) {
        log(`check: checked nothing: no loader has its raw files in ${dir} (set DATA_MIRROR or --mirror)`);
        return 0;
      }
      const stale = outputs.filter(
        ({ name, contents }) =>
          !existsSync(resolve(out, name)) || readFileSync(resolve(out, name), 'utf8') !== contents,
      );
      if (stale.length)
        throw new Error(
          `committed data differs from a rebuild: ${stale.map((o) => o.name).join(', ')}. Run npm run data:build and commit.`,
        );
      log(
        `check: ${outputs.length} file(s) in ${out} match a rebuild from the raw files byte for byte${skipped.length ? `; not checked (raw files missing): ${skipped.join(', ')}` : ''}`,
      );
      return 0;
    }
    if (outputs.length) publish(out, outputs, options.publishOptions);
    log(
      outputs.length
        ? `wrote ${outputs.length} file(s) to ${out}`
        : `wrote nothing: no loader has its raw files in ${dir}`,
    );
    return 0;
  } catch (error) {
    log(`data build failed: ${error instanceof DataError ? error.message : ((error as Error).message ?? error)}`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let options: BuildOptions;
  try {
    options = optionsFrom(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`data build: ${(error as Error).message}\n`);
    process.exit(2);
  }
  process.exit(await runBuild(options));
}
