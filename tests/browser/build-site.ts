/**
 * Builds the site once into a fresh temporary directory (never the shared dist/), or reuses an existing
 * build named by SITE_DIST (e.g. `SITE_DIST=/tmp/me-dist npx vitest run tests/browser`). The tests build it
 * as production would be, for a public address under a sub-path (TEST_SITE_URL), and serve it under that
 * path, so every test also proves that no link, asset or fetch escapes the base.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** The public address the tests build for: not local, and under a base path. */
export const TEST_SITE_URL = 'https://example.org/atlas/';

export interface SiteBuild {
  dir: string;
  /** The base path it was built for, e.g. /atlas/ (read from its home page's canonical link). */
  base: string;
  /** Build time in seconds; null when an existing build was reused. */
  seconds: number | null;
  /** Deletes the build if we made it. */
  dispose(): void;
}

export async function buildSite({ siteUrl = TEST_SITE_URL } = {}): Promise<SiteBuild> {
  const reuse = process.env.SITE_DIST;
  if (reuse) {
    const dir = resolve(reuse);
    if (!existsSync(join(dir, 'index.html'))) throw new Error(`SITE_DIST=${reuse} has no index.html: build it first`);
    return { dir, base: baseOf(dir), seconds: null, dispose: () => {} };
  }
  const dir = mkdtempSync(join(tmpdir(), 'absence-atlas-site-'));
  const started = performance.now();
  try {
    await promisify(execFile)(join(PROJECT_ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', dir], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, SITE_URL: siteUrl },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`astro build failed:\n${stderr || stdout}`);
  }
  return {
    dir,
    base: baseOf(dir),
    seconds: (performance.now() - started) / 1000,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function baseOf(dir: string): string {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(dir, 'index.html'), 'utf8'))?.[1];
  if (!canonical) throw new Error(`${dir}/index.html has no canonical link to read the base path from`);
  return new URL(canonical).pathname;
}
