/**
 * `npm run data:fetch`: checks every registered raw file in the data directory (sha256) and says
 * which are missing and where to get them. `-- --download` fetches missing files that have a direct
 * official URL (when online); `--from DIR` copies them from another folder instead; `--mirror DIR`
 * picks the data directory. Exits 1 if any file is still missing or differs.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sha256File } from './lib/checksum';
import { dataDir, officialPath, rawPath } from './lib/data-dir';
import { SOURCES, type SourceFile } from './sources';

/** The command's options (node:util parseArgs); a new option is one more entry here. */
const OPTIONS = {
  download: { type: 'boolean', default: false },
  from: { type: 'string' },
  mirror: { type: 'string' },
} as const;

const log = (msg: string) => process.stderr.write(`${msg}\n`);
let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];
let dir: string;
try {
  ({ values } = parseArgs({ args: process.argv.slice(2), options: OPTIONS, strict: true, allowPositionals: false }));
  dir = dataDir(values.mirror);
} catch (error) {
  log(
    `data fetch: ${(error as Error).message} (usage: npm run data:fetch -- [--download] [--from DIR] [--mirror DIR])`,
  );
  process.exit(2);
}
const download = values.download;
const from = values.from === undefined ? undefined : resolve(values.from);

/** Copies from --from, or downloads the publisher's file (the official format for a reshaped copy). */
async function obtain(source: SourceFile): Promise<string | undefined> {
  const url = source.official?.downloadUrl ?? source.downloadUrl;
  const target = resolve(dir, from ? source.path : (source.official?.path ?? source.path));
  const tmp = `${target}.tmp-${process.pid}`;
  mkdirSync(dirname(target), { recursive: true });
  if (from && existsSync(resolve(from, source.path))) {
    copyFileSync(resolve(from, source.path), tmp);
  } else if (download && url) {
    log(`downloading ${url}`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    writeFileSync(tmp, Buffer.from(await response.arrayBuffer()));
  } else {
    return undefined;
  }
  renameSync(tmp, target);
  return target;
}

async function main() {
  log(`data directory: ${dir}`);
  let problems = 0;
  for (const source of Object.values(SOURCES)) {
    const official = officialPath(source, dir);
    if (official) {
      // Never a silent swap: say which file the build reads; it gets the same checks as the copy.
      log(
        `official ${source.official!.path} (sha256 ${sha256File(official)}): the publisher's file is present and data:build reads it instead of ${source.path}, with the same checks`,
      );
      if (!existsSync(rawPath(source, dir))) continue;
    }
    const target = existsSync(rawPath(source, dir)) ? rawPath(source, dir) : await obtain(source);
    if (!target) {
      problems++;
      const url = source.official?.downloadUrl ?? source.downloadUrl;
      const how = url ? `download ${url} (or run with --download)` : `get it from ${source.pageUrl}`;
      log(`MISSING  ${source.path}: "${source.title}" (${source.publisher}); ${how}`);
      continue;
    }
    if (target !== rawPath(source, dir)) continue; // a fresh official download: no registry checksum to compare
    const actual = sha256File(target);
    if (actual === source.sha256) log(`ok       ${source.path}`);
    else {
      problems++;
      log(
        `DIFFERS  ${source.path}: sha256 ${actual}, registry ${source.sha256} (a newer release? check it, then update scripts/sources.ts)`,
      );
    }
  }
  log(problems ? `${problems} file(s) missing or different` : 'every registered raw file is present and verified');
  process.exit(problems ? 1 : 0);
}

main().catch((error: Error) => {
  log(`data fetch failed: ${error.message}`);
  process.exit(1);
});
