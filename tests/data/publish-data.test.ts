/**
 * data/ is replaced all at once: a run killed at any step leaves the old or the new build (after the
 * next run's recovery), a full disk leaves nothing behind, and `--only` keeps outputs that share raw
 * files in step. Runs on temporary folders only.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rebuiltTogether, runBuild } from '../../scripts/build-data';
import { PROJECT_ROOT } from '../../scripts/lib/data-dir';
import { publish, recoverOutput, type OutputFile, type PublishStep } from '../../scripts/lib/write';
import { LOADERS } from '../../scripts/loaders/index';

const OLD: OutputFile[] = [
  { name: 'a.json', contents: 'old a\n' },
  { name: 'geo/b.json', contents: 'old b\n' },
  { name: 'kept.json', contents: 'kept\n' },
];
const NEW: OutputFile[] = [
  { name: 'a.json', contents: 'new a\n' },
  { name: 'geo/b.json', contents: 'new b\n' },
];

function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) =>
    readdirSync(d)
      .sort()
      .forEach((n) => {
        const p = join(d, n);
        if (statSync(p).isDirectory()) walk(p);
        else files[relative(dir, p)] = readFileSync(p, 'utf8');
      });
  walk(dir);
  return files;
}

/** A folder `data` holding the old build, inside a fresh temporary folder. */
function oldBuild() {
  const root = mkdtempSync(join(tmpdir(), 'atlas-publish-'));
  const out = join(root, 'data');
  for (const f of OLD) {
    mkdirSync(join(out, f.name, '..'), { recursive: true });
    writeFileSync(join(out, f.name), f.contents);
  }
  return { root, out };
}
const OLD_TREE = Object.fromEntries(OLD.map((f) => [f.name, f.contents]));
const NEW_TREE = { ...OLD_TREE, ...Object.fromEntries(NEW.map((f) => [f.name, f.contents])) };

/** Publishes NEW in a child process that kills itself (SIGKILL) right after `step`, or after writing the first file; resolves to the signal that ended it. */
function killedAt(out: string, step: PublishStep | 'first file') {
  const script = join(out, '..', 'publish.ts');
  writeFileSync(
    script,
    `
    import { writeFileSync } from 'node:fs';
    import { publish } from ${JSON.stringify(resolve(PROJECT_ROOT, 'scripts/lib/write.ts'))};
    const kill = () => process.kill(process.pid, 'SIGKILL');
    publish(${JSON.stringify(out)}, ${JSON.stringify(NEW)}, {
      write: (path, contents) => { writeFileSync(path, contents); if (${JSON.stringify(step)} === 'first file') kill(); },
      afterStep: (s) => { if (s === ${JSON.stringify(step)}) kill(); },
    });`,
  );
  return new Promise<string | null>((done) => {
    execFile(process.execPath, ['--import', 'tsx', script], { cwd: PROJECT_ROOT }, (error) =>
      done(error?.signal ?? null),
    );
  });
}

describe('publishing data/', () => {
  it('replaces the files given and keeps the others, leaving no staging folder', () => {
    const { root, out } = oldBuild();
    publish(out, NEW);
    expect(tree(out)).toEqual(NEW_TREE);
    expect(readdirSync(root)).toEqual(['data']);
  });

  for (const step of ['first file', 'staged', 'written', 'ready', 'moved-old', 'moved-new', 'done'] as const) {
    it(`leaves the old or the new build when killed ${step === 'first file' ? 'after writing the first file' : `after the "${step}" step`}`, async () => {
      const { root, out } = oldBuild();
      expect(await killedAt(out, step)).toBe('SIGKILL');
      recoverOutput(out); // what the next run does first
      expect([OLD_TREE, NEW_TREE]).toContainEqual(tree(out));
      expect(readdirSync(root).sort()).toEqual(['data', 'publish.ts']);
    }, 30_000);
  }

  it('reports a full disk with the file name and leaves nothing behind', () => {
    const { root, out } = oldBuild();
    const write = (path: string, contents: string) => {
      if (path.endsWith('b.json'))
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      writeFileSync(path, contents);
    };
    expect(() => publish(out, NEW, { write })).toThrow(
      /^data\/geo\/b\.json: could not write the new data \(no space left on the disk\); nothing in .* was changed$/,
    );
    expect(tree(out)).toEqual(OLD_TREE);
    expect(readdirSync(root)).toEqual(['data']);
  });

  it('removes a staging folder left by an earlier killed run', () => {
    const { root, out } = oldBuild();
    mkdirSync(join(root, 'data.staging', 'geo'), { recursive: true });
    writeFileSync(join(root, 'data.staging', 'geo', 'b.json'), 'half');
    expect(recoverOutput(out)).toEqual([`removed ${out}.staging left by an interrupted run`]);
    expect(readdirSync(root)).toEqual(['data']);
    expect(tree(out)).toEqual(OLD_TREE);
  });

  it('removes temporary files an older writer left inside the folder', () => {
    const { out } = oldBuild();
    writeFileSync(join(out, 'geo', 'b.json.tmp-4242'), 'half');
    expect(recoverOutput(out)).toEqual([`removed ${join(out, 'geo', 'b.json.tmp-4242')} left by an interrupted run`]);
    expect(tree(out)).toEqual(OLD_TREE);
  });

  it('rebuilds areas.json with absence.json, since both read the absence files', () => {
    const names = rebuiltTogether(['absence.json'], LOADERS).map((l) => l.output);
    expect(names).toContain('absence.json');
    expect(names).toContain('areas.json');
    expect(names).not.toContain('geo/ctyua-2019.topo.json');
  });

  it('says a check with no raw files checked nothing, and fails under CI=true', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'atlas-empty-'));
    const log: string[] = [];
    const out = resolve(PROJECT_ROOT, 'data');
    expect(await runBuild({ mirror: empty, out, check: true, strict: false, log: (m) => log.push(m) })).toBe(0);
    expect(log.join('\n')).toContain('checked nothing');
    expect(await runBuild({ mirror: empty, out, check: true, strict: true, log: (m) => log.push(m) })).toBe(1);
    expect(log.at(-1)).toMatch(/data build failed: checked nothing: raw file\(s\) missing in .*CI=true/);
    expect(existsSync(`${out}.staging`)).toBe(false);
  });
});
