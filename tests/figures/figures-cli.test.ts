/** `npm run figures` renders every registered figure without a browser, deterministically. */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../src/figures/index';

const run = (...args: string[]) => {
  const out = mkdtempSync(join(tmpdir(), 'figures-'));
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/figures.ts', '--out', out, ...args], { stdio: 'pipe' });
  return out;
};

/** Runs the command expecting it to fail (without blocking the test worker): its exit code and what it printed. */
const runFailing = (...args: string[]) =>
  new Promise<{ status: number | null; stderr: string }>((done) => {
    const env = { ...process.env, SITE_URL: 'https://example.org/atlas/' }; // set, so stderr holds only the error
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/figures.ts', ...args],
      { encoding: 'utf8', env },
      (error, _stdout, stderr) => {
        done({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stderr: stderr.trim() });
      },
    );
  });

describe('npm run figures', () => {
  const first = run();
  const second = run();

  it('writes an SVG, a PNG and a CSV for every registered figure, plus a manifest', () => {
    const files = readdirSync(first);
    for (const f of FIGURES) for (const ext of ['svg', 'png', 'csv']) expect(files).toContain(`${f.id}.${ext}`);
    const manifest = JSON.parse(readFileSync(join(first, 'figures.json'), 'utf8'));
    expect(manifest.figures.map((f: { id: string }) => f.id)).toEqual(FIGURES.map((f) => f.id));
    expect(manifest.figures[0].sources[0]).toMatchObject({
      publisher: expect.any(String),
      release: expect.any(String),
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('gives byte-identical files when run twice', () => {
    for (const file of readdirSync(first))
      expect(readFileSync(join(second, file)).equals(readFileSync(join(first, file))), file).toBe(true);
  });

  it('writes valid PNGs and SVGs with the title, source line and a credit linking back to the view in the image', () => {
    for (const f of FIGURES) {
      expect(
        readFileSync(join(first, `${f.id}.png`))
          .subarray(0, 8)
          .toString('hex'),
      ).toBe('89504e470d0a1a0a');
      const svg = readFileSync(join(first, `${f.id}.svg`), 'utf8');
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      const words = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
      expect(words).toMatch(
        new RegExp(
          `Source: Department for Education: .*Open Government Licence v3\\.0\\. Chart: Absence Atlas, http\\S+${f.view}`,
        ),
      );
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
    expect(readFileSync(join(out, 'bivariate-absence-idaci.csv'), 'utf8')).toContain(
      'School readiness: good level of development at age 5',
    );
  });

  it("rejects a --set value outside the figure's allowlist, naming the accepted values", () => {
    expect(() => run('--only', 'bivariate-absence-idaci', '--set', 'dep=<script>')).toThrow(
      /accepts dep = idaci2019, iod2025, gld, att8/,
    );
  });

  it('rejects a year a figure named with --only does not have, instead of drawing its default year', async () => {
    const { status, stderr } = await runFailing('--only', 'bivariate-absence-idaci', '--year', '2013/14');
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /^figures: --year 2013\/14: no selected figure has data for it; years available: 2015\/16, /,
    );
    const mixed = await runFailing('--only', 'bivariate-absence-idaci,subgroup-fsm', '--year', '2013/14');
    expect(mixed.stderr).toMatch(/^figures: --year 2013\/14 is not available for bivariate-absence-idaci \(2015\/16, /);
  });

  it('records the year each figure was really drawn for when running every figure', () => {
    const out = run('--year', '2013/14', '--only', 'subgroup-fsm,england-absence');
    const figures = JSON.parse(readFileSync(join(out, 'figures.json'), 'utf8')).figures;
    expect(figures[0]).toMatchObject({ id: 'england-absence', command: 'npm run figures -- --only england-absence' });
    expect(figures[1]).toMatchObject({
      id: 'subgroup-fsm',
      state: { year: '2013/14' },
      command: 'npm run figures -- --only subgroup-fsm --year 2013/14',
    });
  });

  it('rejects --set keys outside every allowlist, __proto__ included, in one line', async () => {
    for (const key of ['__proto__', 'constructor', 'nope']) {
      const { status, stderr } = await runFailing('--only', 'la-trend', '--set', `${key}=x`);
      expect(status).toBe(1);
      expect(stderr).toBe(
        `figures: --set ${key}=x: no selected figure has a parameter "${key}"; parameters: la, measure`,
      );
    }
  });

  it('reports an --out it cannot write to in one line, without a stack trace', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'figures-')), 'a-file');
    writeFileSync(file, 'not a folder');
    const { status, stderr } = await runFailing('--only', 'england-absence', '--out', join(file, 'sub'));
    expect(status).toBe(1);
    expect(stderr).toBe(
      `figures: cannot write ${join(file, 'sub')} (ENOTDIR): check that --out ${join(file, 'sub')} is a folder you can write to`,
    );
  });

  it('rejects an unknown option with the usage line', async () => {
    expect((await runFailing('--yaer', '2022/23')).stderr).toMatch(
      /^figures: Unknown option '--yaer' \(usage: npm run figures -- /,
    );
  });
}, 300_000);
