/**
 * Builds the site once into a fresh temporary directory (never the shared dist/), or reuses an existing
 * build named by SITE_DIST (e.g. `SITE_DIST=/tmp/me-dist npx vitest run tests/browser`).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

export interface SiteBuild {
  dir: string;
  /** Build time in seconds; null when an existing build was reused. */
  seconds: number | null;
  /** Deletes the build if we made it. */
  dispose(): void;
}

export async function buildSite(): Promise<SiteBuild> {
  const reuse = process.env.SITE_DIST;
  if (reuse) {
    const dir = resolve(reuse);
    if (!existsSync(join(dir, 'index.html'))) throw new Error(`SITE_DIST=${reuse} has no index.html: build it first`);
    return { dir, seconds: null, dispose: () => {} };
  }
  const dir = mkdtempSync(join(tmpdir(), 'absence-atlas-site-'));
  const started = performance.now();
  try {
    await promisify(execFile)(join(PROJECT_ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', dir], {
      cwd: PROJECT_ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`astro build failed:\n${stderr || stdout}`);
  }
  return {
    dir,
    seconds: (performance.now() - started) / 1000,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
