/**
 * postMessage between an embed and its host page (the embed's own tests cover the happy path and a
 * message from the host itself). Here: a window on the Atlas origin that is not one of the page's embed
 * iframes cannot resize them, and messages of the wrong shape are ignored.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { embedSnippet } from '../../src/figures/kit/embed-snippet';
import { collectConsoleErrors, crawl, describeBrowser, siteUrl, withPage, type Page } from './harness';

const embedRoutes = existsSync(resolve(import.meta.dirname, '../../src/pages/embed'));
/** The iframe's height before the resize script sets it to the embed's content. */
const SNIPPET_HEIGHT = 900;
const embedPage = (await crawl()).pages.find((p) => p.path.startsWith('/embed/'))?.path ?? '/embed/';

/**
 * A host page on another local origin (a real server: Chromium blocks a public-looking origin from
 * loading loopback resources) with one embed and one Atlas frame that is not registered as an embed.
 */
const host = createServer((_req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html lang="en"><head><title>Host</title></head><body>
    ${embedSnippet({ src: siteUrl(embedPage), title: 'Embedded chart', fallback: siteUrl('/'), script: siteUrl('/embed-resize.js'), height: SNIPPET_HEIGHT })}
    <iframe id="other" src="${siteUrl(embedPage)}?other" title="Not registered as an embed"></iframe></body></html>`);
});
let hostUrl = '';
beforeAll(async () => {
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((done) => host.close(() => done())));

const embedHeight = (page: Page) =>
  page.$eval('iframe[data-absence-atlas-embed]', (f) => f.getBoundingClientRect().height);

describeBrowser('Messages between embeds and the host page', () => {
  it.skipIf(!embedRoutes)(
    'ignore a resize request from an Atlas window that is not the embed, or of the wrong shape',
    () =>
      withPage(async (page) => {
        const errors = collectConsoleErrors(page);
        await page.goto(hostUrl, { waitUntil: 'networkidle' });
        await expect.poll(() => embedHeight(page)).not.toBe(SNIPPET_HEIGHT);
        const settled = await embedHeight(page);
        const other = page.frames().find((f) => f.url().endsWith('?other'));
        await other!.evaluate(() => window.parent.postMessage({ type: 'absence-atlas:height', height: 3000 }, '*'));
        const embed = page.frames().find((f) => f.url() === siteUrl(embedPage));
        await embed!.evaluate(() => {
          for (const height of ['3000', Infinity, NaN, null])
            window.parent.postMessage({ type: 'absence-atlas:height', height }, '*');
          window.parent.postMessage('absence-atlas:height', '*');
        });
        await page.waitForTimeout(300);
        expect(await embedHeight(page)).toBeGreaterThanOrEqual(settled - 2);
        expect(await embedHeight(page)).toBeLessThan(3000);
        expect(errors).toEqual([]);
      }),
  );
});
