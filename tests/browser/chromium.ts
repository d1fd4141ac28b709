/**
 * Debian's Chromium, found on PATH (`apt-get install -y chromium`). We never download a browser.
 */
import { execFileSync } from 'node:child_process';
import type { LaunchOptions } from 'playwright-core';

export function chromiumPath(): string | null {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return (
      execFileSync('which', ['chromium'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null
    );
  } catch {
    return null;
  }
}

export function launchOptions(executablePath: string): LaunchOptions {
  return { executablePath, headless: true, args: ['--headless', '--no-sandbox'] };
}
