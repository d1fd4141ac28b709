/** Bad input stops the pipeline with an error a person can act on, and never leaves half-written output. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireRaw } from '../../scripts/lib/data-dir';
import { writeAllAtomically } from '../../scripts/lib/write';
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
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'a file where a folder is needed');
    expect(() => writeAllAtomically([
      { path: join(dir, 'good.json'), contents: '{}' },
      { path: join(blocked, 'bad.json'), contents: '{}' },
    ])).toThrow();
    expect(readdirSync(dir)).toEqual(['blocked']);
  });

  it('fails the data build under CI=true when a raw file is missing, instead of skipping', () => {
    const empty = tmp();
    const run = (env: Record<string, string>) =>
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts', '--check', '--only', 'absence.json', '--mirror', empty], {
        env: { ...process.env, ...env }, stdio: 'pipe',
      });
    expect(() => run({ CI: 'true' })).toThrow(/raw file\(s\) missing/);
    expect(() => run({ CI: 'false' })).not.toThrow();
  });

  it('fails the data build on a malformed raw file, naming file, row and column, and keeps data/ as it was', () => {
    const mirror = tmp();
    mkdirSync(join(mirror, 'absence'));
    const header = 'AcademicYearKey,GeographyKey,SchoolTypeKey,Enrolments,SessionsPossible,OverallAbsenceSessions,AuthorisedAbsenceSessions,UnauthorisedAbsenceSessions,PersistentAbsentees,SevereAbsentees';
    writeFileSync(join(mirror, SOURCES.absenceAnnual.path), `${header}\n2022/23,NAT|E92000001,Total,10,100,5,4,1,2,oops\n`);
    writeFileSync(join(mirror, SOURCES.absenceGeography.path), 'GeographyKey,GeographyLevel,GeographyName,RegionCode\nNAT|E92000001,National,England,\n');
    const before = readFileSync('data/absence.json');
    let message = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts', '--only', 'absence.json', '--mirror', mirror], { stdio: 'pipe' });
    } catch (error) {
      message = String((error as { stderr: Buffer }).stderr);
    }
    expect(message).toContain('absence/fact_attendance_annual.csv, row 2, column "SevereAbsentees"');
    expect(readFileSync('data/absence.json').equals(before)).toBe(true);
    expect(existsSync('data/absence.json.tmp')).toBe(false);
  });
});
