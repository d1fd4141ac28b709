/** `npm run figures -- --report child-of-the-north` writes the report's figures, its reconciliation and a manifest, deterministically. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHILD_OF_THE_NORTH } from '../../src/reports/child-of-the-north';

const run = (...args: string[]) => {
  const out = mkdtempSync(join(tmpdir(), 'report-figures-'));
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/figures.ts', '--out', out, ...args], { stdio: 'pipe' });
  return out;
};

describe('npm run figures -- --report child-of-the-north', () => {
  const first = run('--report', 'child-of-the-north');
  const second = run('--report', 'child-of-the-north');
  const manifest = JSON.parse(readFileSync(join(first, 'figures.json'), 'utf8'));

  it("writes an SVG, a PNG and a CSV for each of the report's figures, the reconciliation and a manifest", () => {
    expect(manifest.figures.map((f: { number: string }) => f.number)).toEqual(
      CHILD_OF_THE_NORTH.figures.map((f) => f.number),
    );
    for (const f of manifest.figures) for (const file of f.files) expect(readdirSync(first)).toContain(file);
    expect(manifest.report.doi).toBe('10.48785/100/288');
    expect(manifest.generatedBy).toBe('npm run figures -- --report child-of-the-north');
    expect(
      readFileSync(join(first, 'reconciliation.csv'), 'utf8')
        .split('\n')
        .filter((l) => l && !l.startsWith('#')),
    ).toHaveLength(1 + CHILD_OF_THE_NORTH.quotes.length + CHILD_OF_THE_NORTH.claims.length);
  });

  it("draws each figure in the report's state and links its live, embeddable view", () => {
    const figure1 = manifest.figures.find((f: { number: string }) => f.number === '1');
    expect(figure1.state).toEqual({ year: '2022/23', type: 'all' });
    expect(figure1.title).toBe('Persistent absence was highest in the North East in 2022/23');
    expect(figure1.embed).toMatch(/\/embed\/regional-persistent-absence\/\?year=2022%2F23$/);
    expect(readFileSync(join(first, 'figure-4-school-readiness-by-region.csv'), 'utf8')).toContain(
      '2022/23,North West,Regional,,64.3',
    );
  });

  it('gives byte-identical files when run twice', () => {
    for (const file of readdirSync(first))
      expect(readFileSync(join(second, file)).equals(readFileSync(join(first, file))), file).toBe(true);
  });

  it("rejects an unknown report and options that would change the report's states", () => {
    expect(() => run('--report', 'no-such-report')).toThrow(
      /unknown report "no-such-report"; known: child-of-the-north/,
    );
    expect(() => run('--report', 'child-of-the-north', '--year', '2023/24')).toThrow(/takes only --out/);
  });
}, 300_000);
