/**
 * Ready to publish: the test build is made as production is (SITE_URL=https://example.org/atlas/, served under
 * /atlas/), so it must hold no local address; what is meant for the outside (canonical, og:url, oEmbed) carries
 * the public address; embed snippets copied from the pages work pasted into another site, with or without the
 * resize script; a URL value that is not known is said, not silently replaced; and the CSV source lines hold the
 * canonical state URL, never the raw page URL.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { TEST_SITE_URL } from './build-site';
import {
  collectConsoleErrors,
  collectRequestProblems,
  crawl,
  describeBrowser,
  download,
  open,
  siteUrl,
  withPage,
  type Page,
} from './harness';

const SHOTS = '/tmp/shots-16';
const BINARY = new Set(['.png', '.jpg', '.jpeg', '.webp', '.ico', '.woff2']);

function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => join(f.parentPath, f.name));
}

/** A host page on another local origin, with one snippet in a column of the given width. */
let host: Server;
let hostOrigin = '';
const hostPages = new Map<string, string>();
beforeAll(async () => {
  host = createServer((req, res) => {
    const body = hostPages.get(new URL(req.url ?? '/', 'http://x').pathname);
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' }).end(body ?? 'not found');
  });
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => host.close(() => done())));

function hostPage(name: string, snippet: string, width: number): string {
  hostPages.set(
    `/${name}`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
    <style>body { margin: 0; font-family: serif; } .column { width: ${width}px; margin: 0 8px; }</style></head>
    <body><div class="column"><h1>A news article</h1>${snippet}<p>After the chart.</p></div></body></html>`,
  );
  return `${hostOrigin}/${name}`;
}

/** Opens a figure's Embed panel and returns the snippet it offers (made for the page's current state). */
async function copySnippet(page: Page, figure: string): Promise<string> {
  const actions = page.locator(`.chart-actions[data-figure="${figure}"]`);
  await actions.locator('summary', { hasText: 'Embed' }).click();
  await actions.locator('[data-slot="embed"]').focus();
  await page.waitForTimeout(300);
  return actions.locator('[data-slot="embed"]').inputValue();
}

const iframeOf = (snippet: string) => ({
  title: /title="([^"]*)"/.exec(snippet)?.[1],
  height: Number(/height="(\d+)"/.exec(snippet)?.[1]),
  link: /<a href="[^"]*">([^<]*)<\/a>/.exec(snippet)?.[1],
});

describeBrowser('A production build (SITE_URL=https://example.org/atlas/)', () => {
  it('holds no local address in any built file', () => {
    const dir = inject('siteDir');
    const local = builtFiles(dir)
      .filter((file) => !BINARY.has(extname(file)))
      .filter((file) => /localhost|127\.0\.0\.1/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(dir, file));
    expect(local).toEqual([]);
  });

  it('gives every page its public address as canonical and og:url, and the map its oEmbed discovery link', () =>
    withPage(async (page) => {
      await open(page, '/map/');
      const head = await page.evaluate(() => ({
        canonical: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.getAttribute('href'),
        ogUrl: document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
        ogImage: document.querySelector('meta[property="og:image"]')?.getAttribute('content'),
        oembed: document.querySelector('link[type="application/json+oembed"]')?.getAttribute('href'),
      }));
      expect(head).toEqual({
        canonical: `${TEST_SITE_URL}map/`,
        ogUrl: `${TEST_SITE_URL}map/`,
        ogImage: `${TEST_SITE_URL}embed/bivariate-absence-idaci/default.png`,
        oembed: `${TEST_SITE_URL}embed/bivariate-absence-idaci/oembed.json`,
      });
      // The discovery link and the response are the public ones; here they are read from the served copy.
      const oembed = await (await fetch(siteUrl(new URL(head.oembed!).pathname.replace('/atlas/', '/')))).json();
      expect(oembed.html).toContain(`src="${TEST_SITE_URL}embed/bivariate-absence-idaci/"`);
      expect(oembed.height).toBeGreaterThan(900);
    }));

  it('gives the home page and LA profiles a preview image when shared: a chart PNG that the build wrote', () =>
    withPage(async (page) => {
      for (const [path, image] of [
        ['/', 'embed/macro-region-trends/default.png'],
        ['/la/knowsley/', 'la/knowsley/preview.png'],
      ]) {
        await open(page, path);
        const og = await page.getAttribute('meta[property="og:image"]', 'content');
        expect(og, path).toContain(`${TEST_SITE_URL}${image}`);
        const response = await fetch(siteUrl(new URL(og!).pathname.replace('/atlas/', '/')));
        expect(response.headers.get('content-type'), og!).toMatch(/image\/png/);
      }
    }));

  it('sends frame-ancestors for /index.html and the not-found page, and the opener policy and HSTS with every page', async () => {
    const problems: string[] = [];
    for (const path of ['/', '/index.html', '/404.html', '/la/no-such-place/', '/map/', '/embed/la-trend/']) {
      const response = await fetch(siteUrl(path), { method: 'HEAD' });
      const csp = response.headers.get('content-security-policy') ?? '';
      const expected = path.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'self'";
      if (!csp.includes(expected)) problems.push(`${path}: no ${expected}`);
      if (response.headers.get('cross-origin-opener-policy') !== 'same-origin')
        problems.push(`${path}: no Cross-Origin-Opener-Policy`);
      if (!/max-age=\d{7,}/.test(response.headers.get('strict-transport-security') ?? ''))
        problems.push(`${path}: no HSTS`);
    }
    expect(problems).toEqual([]);
  });
});

describeBrowser('Embed snippets copied from the site and pasted into another site', () => {
  const cases = [
    {
      name: 'map',
      path: '/map/',
      figure: 'bivariate-absence-idaci',
      choose: async (page: Page) => {
        await page.selectOption('select[name="measure"]', 'persistent');
        await page.selectOption('select[name="dep"]', 'gld');
        await page.waitForURL(/dep=gld/);
        await page.waitForLoadState('networkidle');
      },
    },
    {
      name: 'trend',
      path: '/trends/',
      figure: 'macro-region-trends',
      choose: async (page: Page) => {
        await page.selectOption('#trends-controls select[name="measure"]', 'unauthorised');
        await page.waitForURL(/measure=unauthorised/);
      },
    },
  ];

  for (const c of cases) {
    it(`the ${c.name} snippet names the state on screen and shows the whole chart at 320 and 640 px, with and without embed-resize.js`, () =>
      withPage(async (page) => {
        await open(page, c.path);
        await c.choose(page);
        const snippet = await copySnippet(page, c.figure);
        const shown = (
          await page
            .locator(`.chart-actions[data-figure="${c.figure}"]`)
            .evaluate((box) => box.closest('figure')?.querySelector('.chart-title')?.textContent ?? '')
        ).trim();
        const iframe = iframeOf(snippet);
        expect(shown).not.toBe('');
        expect(iframe.title).toBe(shown.replace(/&/g, '&amp;'));
        expect(iframe.link).toBe(`${shown} (Absence Atlas)`.replace(/&/g, '&amp;'));
        expect(snippet).toContain(`src="${siteUrl(`/embed/${c.figure}/`)}?`);

        mkdirSync(SHOTS, { recursive: true });
        for (const width of [320, 640]) {
          for (const resize of [true, false]) {
            const pasted = resize ? snippet : snippet.replace(/<script[^>]*><\/script>/, '');
            const errors = collectConsoleErrors(page);
            const requests = collectRequestProblems(page);
            await page.setViewportSize({ width: width + 16, height: 900 });
            await page.goto(hostPage(`${c.name}-${width}-${resize}`, pasted, width), { waitUntil: 'networkidle' });
            const frame = page.frames().find((f) => f.url().includes(`/embed/${c.figure}/`))!;
            await expect.poll(() => frame.evaluate(() => document.querySelector('figure svg') !== null)).toBe(true);
            await page.waitForTimeout(500);
            const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
            const box = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
            await page.screenshot({
              path: `${SHOTS}/embed-${c.name}-${width}-${resize ? 'resize' : 'no-resize'}.png`,
              fullPage: true,
            });
            const where = `${c.name} at ${width} px ${resize ? 'with' : 'without'} embed-resize.js`;
            expect(content, `${where}: content ${content} px in a ${box} px iframe`).toBeLessThanOrEqual(box);
            if (resize)
              await expect
                .poll(() => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height), {
                  message: where,
                })
                .toBeLessThanOrEqual(content + 2);
            else expect(box, where).toBe(iframe.height);
            // Only the embed's own origin is ever asked for (the host page's one request aside).
            expect({ where, errors, requests: requests.filter((r) => !r.includes(hostOrigin)) }).toEqual({
              where,
              errors: [],
              requests: [],
            });
          }
        }
      }));
  }

  it("every figure's snippet is tall enough for its default embed at 320 and 640 px", async () => {
    const pages = (await crawl()).pages.filter((p) => /^\/embed\/[^/]+\/$/.test(p.path)).map((p) => p.path);
    expect(pages.length).toBeGreaterThan(10);
    const short: string[] = [];
    await withPage(async (page) => {
      for (const path of pages) {
        const meta = await (await fetch(siteUrl(`${path}meta.json`))).json();
        await page.setViewportSize({ width: 320, height: 800 });
        await page.goto(siteUrl(path), { waitUntil: 'load' });
        for (const width of [320, 640]) {
          await page.setViewportSize({ width, height: 800 });
          const content = await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
          if (content > meta.embedHeight)
            short.push(`${path} at ${width} px: ${content} px content, snippet ${meta.embedHeight} px`);
        }
      }
    });
    expect(short).toEqual([]);
  });
});

describeBrowser('A URL value that is not known', () => {
  it('is named in a visible note in an embed (a retired or mistyped LA code), which shows the default instead', () =>
    withPage(async (page) => {
      await open(page, '/embed/la-trend/?la=E0600009X&measure=persistent');
      const note = page.locator('[data-slot="note"]');
      await expect.poll(() => note.isVisible()).toBe(true);
      const title = (await page.textContent('[data-slot="title"]'))!.trim();
      expect(await note.textContent()).toBe(`LA code "E0600009X" is not known; showing "${title}" instead.`);
      await page.screenshot({ path: `${SHOTS}/embed-unknown-la.png` });
    }));

  it('is named in a visible note on a page, and the note goes once another view is chosen', () =>
    withPage(async (page) => {
      await open(page, '/trends/?measure=%3Dbogus&view=macro');
      const note = page.locator('#url-fallback-note');
      await expect.poll(() => note.textContent()).toMatch(/^Measure "=bogus" is not known; showing ".+" instead\.$/);
      await page.screenshot({ path: `${SHOTS}/trends-unknown-measure.png` });
      await page.selectOption('#trends-controls select[name="measure"]', 'persistent');
      await expect.poll(() => note.count()).toBe(0);
    }));

  it('on the map: an unknown LA code is named', () =>
    withPage(async (page) => {
      await open(page, '/map/?la=E0600009X');
      await expect.poll(() => page.textContent('#url-fallback-note')).toContain('LA code "E0600009X" is not known');
    }));
});

describeBrowser('CSV source lines', () => {
  it('on /trends/ give the canonical URL of the state shown, not the raw page URL', () =>
    withPage(async (page) => {
      await open(page, '/trends/?measure=persistent&utm_source=%3DHYPERLINK(1)&type=nonsense');
      await expect.poll(() => page.getAttribute('#macro-region-trends .csv-link', 'href')).toMatch(/^blob:/);
      const csv = (await download(page, () => page.click('#macro-region-trends .csv-link'))).bytes.toString('utf8');
      const comments = csv.split('\n').filter((l) => l.startsWith('#'));
      expect(comments.at(-1)).toBe(`# ${siteUrl('/trends/?measure=persistent')}`);
      expect(csv).not.toMatch(/utm_source|HYPERLINK|nonsense/);
    }));
});
