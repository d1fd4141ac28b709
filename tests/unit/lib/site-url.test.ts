import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersUnderBase, parseSiteUrl } from '../../../scripts/lib/site-url';
import { absoluteUrl, pathInSite, sitePath } from '../../../src/lib/site-path';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('the public address (SITE_URL)', () => {
  it('gives the site and its base path, with a trailing slash either way', () => {
    expect(parseSiteUrl('https://user.github.io/absence-atlas')).toEqual({
      site: 'https://user.github.io/absence-atlas/',
      base: '/absence-atlas/',
    });
    expect(parseSiteUrl('https://atlas.example.org/')).toEqual({ site: 'https://atlas.example.org/', base: '/' });
  });

  it('is refused, in one line, when it is not an absolute http(s) address without query or hash', () => {
    expect(() => parseSiteUrl('example.org/atlas/')).toThrow(/^SITE_URL=example.org\/atlas\/ is not an absolute URL/);
    expect(() => parseSiteUrl('ftp://example.org/')).toThrow(/must be an http\(s\) address/);
    expect(() => parseSiteUrl('https://example.org/?x=1')).toThrow(/without \?query or #hash/);
  });

  it('is required by npm run build, which stops with a one-line error naming it', () => {
    let stderr = '';
    try {
      execFileSync(
        'node',
        ['-e', "import('./scripts/lib/site-url.ts').then((m) => m.siteFromEnv({ npm_lifecycle_event: 'build' }))"],
        { cwd: ROOT, stdio: 'pipe', env: { ...process.env, NODE_OPTIONS: '--import tsx' } },
      );
    } catch (error) {
      stderr = String((error as { stderr: Buffer }).stderr);
    }
    expect(stderr.trim()).toBe(
      'error: npm run build needs the public address: SITE_URL=https://your.host/path/ npm run build (see README, Deploy)',
    );
  });

  it('moves _headers rules under the base path, leaving comments and headers as they are', () => {
    expect(headersUnderBase('# comment /x\n/*\n  X-A: 1\n/embed/*\n  X-B: /y\n/\n  X-C: 2', '/atlas/')).toBe(
      '# comment /x\n/atlas/*\n  X-A: 1\n/atlas/embed/*\n  X-B: /y\n/atlas/\n  X-C: 2',
    );
  });
});

describe('site paths (outside a build the base is /)', () => {
  it('leave root paths, URLs and anchors as they are', () => {
    expect(sitePath('/map/?measure=persistent')).toBe('/map/?measure=persistent');
    expect(sitePath('https://example.org/x')).toBe('https://example.org/x');
    expect(sitePath('#main')).toBe('#main');
    expect(sitePath('//evil.example/')).toBe('//evil.example/');
    expect(pathInSite('/la/barnet/')).toBe('/la/barnet/');
  });

  it('resolve against the address they are published at', () => {
    expect(absoluteUrl('/trends/?measure=persistent', 'https://example.org/atlas/map/')).toBe(
      'https://example.org/trends/?measure=persistent',
    );
  });
});
