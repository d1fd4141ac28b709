/** Embeds as a journalist uses them: the snippet pasted into a plain page on another origin. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { embedSnippet } from '../../src/figures/kit/embed-snippet';
import { collectConsoleErrors, describeBrowser, sitePath, siteUrl, withPage, type Page } from './harness';

const FIGURE = 'england-absence';
/** The iframe's height before the resize script sets it to the embed's content. */
const SNIPPET_HEIGHT = 900;
let host: Server;
let hostOrigin = '';

function hostPage(query = ''): string {
  const snippet = embedSnippet({
    src: siteUrl(`/embed/${FIGURE}/${query}`),
    title: 'England absence',
    fallback: siteUrl('/trends/'),
    script: siteUrl('/embed-resize.js'),
    height: SNIPPET_HEIGHT,
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><h1>A news article</h1><a href="#top">Before</a>${snippet}<a href="#end">After</a></body></html>`;
}

beforeAll(async () => {
  host = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(hostPage(new URL(req.url ?? '/', 'http://x').search));
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

const frameHeight = (page: Page) => page.$eval('iframe', (f) => f.getBoundingClientRect().height);

describeBrowser('An embed pasted into a page on another origin', () => {
  it('shows the chart and resizes its iframe to the content', () =>
    withPage(async (page) => {
      const errors = collectConsoleErrors(page);
      await page.goto(hostOrigin, { waitUntil: 'networkidle' });
      const frame = page.frames().find((f) => f.url().includes(`/embed/${FIGURE}/`))!;
      expect(await frame.locator('figure svg').count()).toBeGreaterThan(0);
      await expect.poll(() => frameHeight(page)).not.toBe(SNIPPET_HEIGHT);
      const content = await frame.evaluate(() => document.body.getBoundingClientRect().height);
      expect(Math.abs((await frameHeight(page)) - content)).toBeLessThanOrEqual(2);
      expect(errors).toEqual([]);
    }));

  it('follows the state in its URL, checked against the allowlist', () =>
    withPage(async (page) => {
      await page.goto(siteUrl(`/embed/${FIGURE}/?measure=persistent&type=Special`), { waitUntil: 'networkidle' });
      await expect.poll(() => page.textContent('h1')).toContain('Persistent absence');
      await page.goto(siteUrl(`/embed/${FIGURE}/?measure=%22%3E%3Cscript%3Ealert(1)%3C/script%3E`), {
        waitUntil: 'networkidle',
      });
      expect(await page.textContent('h1')).toContain('Overall absence');
      expect(await page.locator('script:not([src]):not([type="application/json"])').count()).toBe(0);
    }));

  it('ignores resize messages that do not come from its own iframe', () =>
    withPage(async (page) => {
      await page.goto(hostOrigin, { waitUntil: 'networkidle' });
      await expect.poll(() => frameHeight(page)).not.toBe(SNIPPET_HEIGHT);
      const before = await frameHeight(page);
      await page.evaluate(() => window.postMessage({ type: 'absence-atlas:height', height: 3000 }, '*'));
      await page.waitForTimeout(200);
      expect(await frameHeight(page)).toBe(before);
    }));

  it('can be used with the keyboard alone: Tab moves into the embed and through its links', () =>
    withPage(async (page) => {
      await page.goto(hostOrigin, { waitUntil: 'networkidle' });
      const frame = page.frames().find((f) => f.url().includes(`/embed/${FIGURE}/`))!;
      const reached: string[] = [];
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press('Tab');
        reached.push(await frame.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
      }
      expect(reached).toContain('Full interactive view on Absence Atlas');
    }));
});

describeBrowser('Downloads of a figure', () => {
  it('are a valid SVG with title and source, a PNG, and the CSV of the plotted data', () =>
    withPage(async (page) => {
      await page.goto(siteUrl(`/embed/${FIGURE}/`));
      const result = await page.evaluate(
        async (base) => {
          const svg = await (await fetch(`${base}default.svg`)).text();
          const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
          const png = new Uint8Array(await (await fetch(`${base}default.png`)).arrayBuffer());
          const csv = await (await fetch(`${base}measure-persistent.csv`)).text();
          return {
            svgOk: parsed.documentElement.nodeName === 'svg' && !parsed.querySelector('parsererror'),
            svg,
            png: Array.from(png.slice(0, 4)),
            csv,
          };
        },
        sitePath(`/embed/${FIGURE}/`),
      );
      expect(result.svgOk).toBe(true);
      expect(result.svg).toContain('Open Government Licence');
      expect(result.png).toEqual([0x89, 0x50, 0x4e, 0x47]);
      const lines = result.csv.split('\n').filter((l) => l && !l.startsWith('#'));
      expect(lines[0]).toBe('year,value');
      expect(lines).toContain('2015/16,10.5');
      expect(lines).toContain('2019/20,');
    }));
});
