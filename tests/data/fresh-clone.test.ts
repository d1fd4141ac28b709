/**
 * A fresh clone has no data mirror: its raw-data suites must skip, saying why, and pass. Proven by
 * running them in a child vitest with an empty data directory, as a clone without ../shared would.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir, PROJECT_ROOT } from '../../scripts/lib/data-dir';
import { SKIP_PREFIX } from '../helpers/raw-data';

const DATA_TESTS = resolve(PROJECT_ROOT, 'tests/data');
const SELF = 'fresh-clone.test.ts';
const rawSuites = readdirSync(DATA_TESTS).filter(
  (f) => f.endsWith('.test.ts') && f !== SELF && readFileSync(join(DATA_TESTS, f), 'utf8').includes('describeWithRaw('),
);

/** Runs vitest on the given files with DATA_MIRROR pointing at an empty folder; CI as given. Async, so the test worker stays responsive. */
function vitestWithoutMirror(files: string[], ci: string | undefined) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'CI' && k !== 'NODE_OPTIONS'),
  );
  const args = [
    resolve(PROJECT_ROOT, 'node_modules/vitest/vitest.mjs'),
    'run',
    '--project',
    'unit',
    ...files.map((f) => `tests/data/${f}`),
  ];
  return new Promise<{ status: number | null; output: string }>((done) => {
    execFile(
      process.execPath,
      args,
      {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: {
          ...env,
          NO_COLOR: '1',
          DATA_MIRROR: mkdtempSync(join(tmpdir(), 'atlas-no-mirror-')),
          ...(ci ? { CI: ci } : {}),
        },
      },
      (error, stdout, stderr) =>
        done({
          status: error ? (typeof error.code === 'number' ? error.code : null) : 0,
          output: `${stdout}\n${stderr}`,
        }),
    );
  });
}

describe('a fresh clone without the data mirror', () => {
  it('finds the raw-data suites to check', () => {
    expect(rawSuites.length).toBeGreaterThanOrEqual(6);
  });

  it('skips every raw-data suite with the reason printed, and passes, when CI is unset', async () => {
    const { status, output } = await vitestWithoutMirror(rawSuites, undefined);
    expect(output).toContain(SKIP_PREFIX);
    expect(output).toContain('raw file(s) missing in');
    expect(output).not.toMatch(/\d+ failed/);
    expect(output.split(SKIP_PREFIX).length - 1).toBeGreaterThanOrEqual(rawSuites.length);
    expect(status, output).toBe(0);
  }, 180_000);

  it('fails instead of skipping when CI=true', async () => {
    const { status, output } = await vitestWithoutMirror(['absence-vs-dfe.test.ts'], 'true');
    expect(output).toContain('CI=true never skips');
    expect(status).not.toBe(0);
  }, 180_000);

  it('reads a blank DATA_MIRROR as unset, never as the current folder', () => {
    const saved = process.env.DATA_MIRROR;
    try {
      process.env.DATA_MIRROR = '';
      expect(dataDir()).toBe(resolve(PROJECT_ROOT, '../shared/datasets'));
      process.env.DATA_MIRROR = '  ';
      expect(dataDir()).not.toBe(process.cwd());
      process.env.DATA_MIRROR = '/somewhere/else';
      expect(dataDir()).toBe('/somewhere/else');
      expect(dataDir('/from/flag')).toBe('/from/flag');
      expect(() => dataDir('')).toThrow(/--mirror needs a folder/);
    } finally {
      if (saved === undefined) delete process.env.DATA_MIRROR;
      else process.env.DATA_MIRROR = saved;
    }
  });
});
