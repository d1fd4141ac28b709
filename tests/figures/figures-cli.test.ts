/** `npm run figures` renders every registered figure without a browser, deterministically. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../src/figures/index';

const run = (...args: string[]) => {
  const out = mkdtempSync(join(tmpdir(), 'figures-'));
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/figures.ts', '--out', out, ...args], { stdio: 'pipe' });
  return out;
};

describe('npm run figures', () => {
  const first = run();
  const second = run();

  it('writes an SVG, a PNG and a CSV for every registered figure, plus a manifest', () => {
    const files = readdirSync(first);
    for (const f of FIGURES) for (const ext of ['svg', 'png', 'csv']) expect(files).toContain(`${f.id}.${ext}`);
    const manifest = JSON.parse(readFileSync(join(first, 'figures.json'), 'utf8'));
    expect(manifest.figures.map((f: { id: string }) => f.id)).toEqual(FIGURES.map((f) => f.id));
    expect(manifest.figures[0].sources[0]).toMatchObject({ publisher: expect.any(String), release: expect.any(String), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('gives byte-identical files when run twice', () => {
    for (const file of readdirSync(first)) expect(readFileSync(join(second, file)).equals(readFileSync(join(first, file))), file).toBe(true);
  });

  it('writes valid PNGs and SVGs with the title and source line in the image', () => {
    for (const f of FIGURES) {
      expect(readFileSync(join(first, `${f.id}.png`)).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      const svg = readFileSync(join(first, `${f.id}.svg`), 'utf8');
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      const words = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
      expect(words).toMatch(/Source: Department for Education: .*Open Government Licence v3\.0\.$/);
    }
  });

  it('rejects a year no figure has', () => {
    expect(() => run('--year', '1999/00')).toThrow();
  });

  it('sets another URL parameter with --set, e.g. the map against school readiness, and records it in the manifest', () => {
    const out = run('--only', 'bivariate-absence-idaci', '--year', '2023/24', '--set', 'dep=gld');
    const [figure] = JSON.parse(readFileSync(join(out, 'figures.json'), 'utf8')).figures;
    expect(figure.title).toBe('Overall absence and school readiness by local authority, 2023/24');
    expect(figure.command).toBe('npm run figures -- --only bivariate-absence-idaci --year 2023/24 --set dep=gld');
    expect(readFileSync(join(out, 'bivariate-absence-idaci.csv'), 'utf8')).toContain('School readiness: good level of development at age 5');
  });

  it('rejects a --set value outside the figure\'s allowlist, naming the accepted values', () => {
    expect(() => run('--only', 'bivariate-absence-idaci', '--set', 'dep=<script>')).toThrow(/accepts dep = idaci2019, iod2025, gld, att8/);
  });
}, 300_000);
