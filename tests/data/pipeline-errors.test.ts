/** Bad input stops the pipeline with an error a person can act on, and never leaves half-written output. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireRaw } from '../../scripts/lib/data-dir';
import { publish } from '../../scripts/lib/write';
import { SOURCES } from '../../scripts/sources';

const tmp = () => mkdtempSync(join(tmpdir(), 'atlas-'));

describe('pipeline errors', () => {
  it('names a missing raw file, the folder searched and where to download it', () => {
    const dir = tmp();
    expect(() => requireRaw(SOURCES.absenceAnnual, dir)).toThrow(
      new RegExp(`absence/fact_attendance_annual.csv: raw file not found in ${dir}.*explore-education-statistics`),
    );
  });

  it('writes nothing when any file of a batch fails to write', () => {
    const dir = tmp();
    const out = join(dir, 'data');
    mkdirSync(out);
    writeFileSync(join(out, 'blocked'), 'a file where a folder is needed');
    expect(() =>
      publish(out, [
        { name: 'good.json', contents: '{}' },
        { name: 'blocked/bad.json', contents: '{}' },
      ]),
    ).toThrow(/data\/blocked\/bad.json: could not write the new data/);
    expect(readdirSync(dir)).toEqual(['data']);
    expect(readdirSync(out)).toEqual(['blocked']);
  });

  it('fails the data build under CI=true when a raw file is missing, instead of skipping', () => {
    const empty = tmp();
    const run = (env: Record<string, string>) =>
      execFileSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/build-data.ts', '--check', '--only', 'absence.json', '--mirror', empty],
        {
          env: { ...process.env, ...env },
          stdio: 'pipe',
        },
      );
    expect(() => run({ CI: 'true' })).toThrow(/raw file\(s\) missing/);
    expect(() => run({ CI: 'false' })).not.toThrow();
  });
});
