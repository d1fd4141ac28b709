/**
 * Vitest globalSetup for the browser project: builds the site once (for a public address under a base path,
 * tests/browser/build-site.ts), serves it under that path on a random local port and starts one Chromium that every test file connects to. Without Chromium the browser tests are
 * skipped with a message, except under CI=true where that is a failure.
 */
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site';
import { chromiumPath, launchOptions } from './chromium';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the served build, e.g. http://127.0.0.1:40123; empty when browser tests are skipped. */
    siteOrigin: string;
    /** Base path the build is served under, e.g. /atlas/. */
    siteBase: string;
    /** Directory of the build being served. */
    siteDir: string;
    /** WebSocket endpoint of the shared Chromium. */
    browserWsEndpoint: string;
    /** Why the browser tests are skipped, or empty. */
    browserSkipReason: string;
  }
}

export default async function setup(project: TestProject) {
  const executablePath = chromiumPath();
  if (!executablePath) {
    const reason = 'Chromium not found on PATH (apt-get install -y chromium); browser tests skipped';
    if (process.env.CI === 'true') throw new Error(`${reason.split(';')[0]}: CI=true requires the browser tests`);
    console.warn(reason);
    project.provide('browserSkipReason', reason);
    project.provide('siteOrigin', '');
    project.provide('siteBase', '/');
    project.provide('siteDir', '');
    project.provide('browserWsEndpoint', '');
    return;
  }
  const build = await buildSite();
  if (build.seconds !== null)
    console.info(`browser tests: built the site in ${build.seconds.toFixed(1)} s into ${build.dir}`);
  const server = await serveStatic(build.dir, { base: build.base });
  let browser: BrowserServer;
  try {
    browser = await chromium.launchServer(launchOptions(executablePath));
  } catch (error) {
    await server.close();
    build.dispose();
    throw error;
  }
  project.provide('browserSkipReason', '');
  project.provide('siteOrigin', server.origin);
  project.provide('siteBase', build.base);
  project.provide('siteDir', build.dir);
  project.provide('browserWsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
    build.dispose();
  };
}
