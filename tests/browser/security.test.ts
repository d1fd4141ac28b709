import { expect, it } from 'vitest';
import {
  collectConsoleErrors,
  collectRequestProblems,
  crawl,
  describeBrowser,
  open,
  siteUrl,
  templates,
  withPage,
  type Page,
} from './harness';
import { parsePolicies, scriptPolicyProblems } from './csp';

const site = await crawl();
const groups = await templates();
const everyPage = (check: (facts: NonNullable<(typeof site.pages)[number]['html']>) => string[]) =>
  site.pages.flatMap((p) => check(p.html!).map((problem) => `${p.path}: ${problem}`));

const HOSTILE = {
  'a closing quote and a script tag': '"><script>alert(1)</script>',
  'a javascript: URL': 'javascript:alert(1)',
  'a 10,000-character string of markup': '"><svg onload=alert(1)>'.repeat(500).slice(0, 10_000),
};

/** Records every query parameter name the page's scripts look up, so hostile values go where they are read. */
function recordQueryKeysRead() {
  const read = new Set<string>();
  (window as unknown as { __queryKeysRead: Set<string> }).__queryKeysRead = read;
  for (const method of ['get', 'getAll', 'has'] as const) {
    const original = URLSearchParams.prototype[method] as (this: URLSearchParams, key: string) => unknown;
    Object.defineProperty(URLSearchParams.prototype, method, {
      value(this: URLSearchParams, key: string) {
        read.add(String(key));
        return original.call(this, key);
      },
    });
  }
}

async function queryKeys(page: Page, path: string): Promise<string[]> {
  await page.addInitScript(recordQueryKeysRead);
  await open(page, path);
  const read = await page.evaluate(() => [...(window as unknown as { __queryKeysRead: Set<string> }).__queryKeysRead]);
  const linked = site.pages
    .flatMap((p) => p.html!.references)
    .filter((r) => r.path === path)
    .flatMap((r) => [...r.url.searchParams.keys()]);
  return [...new Set([...read, ...linked])].sort();
}

/** Signs that a URL value reached the DOM as markup or a URL: injected scripts, handlers, javascript: links. */
function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      if (el.tagName === 'SCRIPT' && el.textContent?.includes('alert(')) found.push('a <script> with alert(');
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`<${el.tagName.toLowerCase()} ${attr.name}>`);
        if (/^\s*javascript:/i.test(attr.value))
          found.push(`<${el.tagName.toLowerCase()} ${attr.name}="${attr.value.slice(0, 40)}">`);
      }
    }
    return found;
  });
}

describeBrowser('Security of the built site', () => {
  it('every page has a CSP <meta> whose script-src is self only, with no unsafe-inline or unsafe-eval', () => {
    expect(
      everyPage((html) =>
        html.cspMeta === null ? ['no CSP <meta>'] : scriptPolicyProblems(parsePolicies(html.cspMeta)),
      ),
    ).toEqual([]);
  });

  it('no page has an inline event handler attribute (on*)', () => {
    expect(everyPage((html) => html.inlineHandlers)).toEqual([]);
  });

  it('no page has an inline <script> (JSON data blocks excepted)', () => {
    expect(everyPage((html) => html.inlineScripts.map((type) => `inline <script> (type ${type})`))).toEqual([]);
  });

  it('no page links to a javascript: URL', () => {
    expect(
      everyPage((html) => html.references.filter((r) => /^\s*javascript:/i.test(r.raw)).map((r) => r.raw)),
    ).toEqual([]);
  });

  it('public/_headers sends the CSP, nosniff and a referrer policy, and lets only /embed/ pages be framed by other sites', async () => {
    const problems: string[] = [];
    for (const { path } of site.pages) {
      const headers = (await fetch(siteUrl(path), { method: 'HEAD' })).headers;
      const policies = parsePolicies(headers.get('content-security-policy') ?? '');
      const ancestors = policies.flatMap((p) => p.get('frame-ancestors') ?? []);
      const expected = path.startsWith('/embed/') ? ['*'] : ["'self'"];
      problems.push(...scriptPolicyProblems(policies).map((p) => `${path}: ${p}`));
      if (ancestors.join(' ') !== expected.join(' '))
        problems.push(
          `${path}: frame-ancestors ${ancestors.join(' ') || '(none)'}, expected ${expected.join(' ')}: add its section to public/_headers`,
        );
      if (headers.get('x-content-type-options') !== 'nosniff')
        problems.push(`${path}: no X-Content-Type-Options: nosniff`);
      if (!headers.get('referrer-policy')) problems.push(`${path}: no Referrer-Policy`);
    }
    expect(problems).toEqual([]);
  });

  for (const { route, pages } of groups) {
    const path = pages[0] as string;
    it(`${route} (${path}) keeps hostile URL parameters out of the page: no injected element, alert or console error`, () =>
      withPage(async (page) => {
        const read = await queryKeys(page, path);
        const keys = [...new Set([...read, 'q'])];
        // A page that reads no parameter gets the long markup probe only, in case a script reads location.search raw.
        const probes = Object.entries(HOSTILE).slice(read.length ? 0 : -1);
        const dialogs: string[] = [];
        page.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        const errors = collectConsoleErrors(page);
        const requests = collectRequestProblems(page);
        for (const [name, value] of probes) {
          for (const list of [dialogs, errors, requests]) list.length = 0;
          await open(page, `${path}?${new URLSearchParams(keys.map((k) => [k, value]))}`);
          expect({ value: name, keys, injected: await injectedElements(page), dialogs, errors, requests }).toEqual({
            value: name,
            keys,
            injected: [],
            dialogs: [],
            errors: [],
            requests: [],
          });
        }
      }));
  }
});
