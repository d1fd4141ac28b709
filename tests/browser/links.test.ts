import { expect, it } from 'vitest';
import { crawl, describeBrowser } from './harness';
import type { Reference } from './crawl';

const site = await crawl();
const internal = site.pages
  .flatMap((p) => p.html?.references ?? [])
  .filter((r) => r.url.origin === site.origin || r.url.protocol === 'invalid:');

/** One line per distinct target, so a broken link in the site header is reported once, not per page. */
function summarise(refs: Reference[], why: (r: Reference) => string | null): string[] {
  const byTarget = new Map<string, string[]>();
  for (const ref of refs) {
    const reason = why(ref);
    if (!reason) continue;
    const key = `${ref.raw}: ${reason}`;
    byTarget.set(key, [...(byTarget.get(key) ?? []), ref.from]);
  }
  return [...byTarget].map(
    ([key, from]) => `${key} (on ${from[0]}${from.length > 1 ? ` and ${from.length - 1} other page(s)` : ''})`,
  );
}

/** Why a reference is broken, or null when it resolves to a 200 response. */
function brokenBecause(ref: Reference): string | null {
  if (ref.url.protocol === 'invalid:') return 'not a valid URL';
  if (ref.path === null) return `outside the base path ${site.base}`;
  const target = site.resources.get(ref.path);
  if (!target) return 'not crawled';
  if (target.status >= 300 && target.status < 400) return `redirects to ${target.location} (link to the final URL)`;
  if (target.status !== 200) return `HTTP ${target.status}`;
  return null;
}

describeBrowser('Links in the built site (served under a base path), crawled from its home', () => {
  it('reaches more than the home page', () => {
    expect(site.pages.length).toBeGreaterThan(1);
  });

  it('has no broken internal link', () => {
    expect(
      summarise(
        internal.filter((r) => r.navigation),
        brokenBecause,
      ),
    ).toEqual([]);
  });

  it('has no missing stylesheet, script, image or other asset', () => {
    expect(
      summarise(
        internal.filter((r) => !r.navigation),
        brokenBecause,
      ),
    ).toEqual([]);
  });

  it('has no link to an #anchor that does not exist on its page', () => {
    const missingAnchor = (r: Reference) => {
      const id = decodeURIComponent(r.url.hash.slice(1));
      const ids = r.path === null ? undefined : site.resources.get(r.path)?.html?.ids;
      return id && id !== 'top' && !brokenBecause(r) && !ids?.has(id) ? `no element with id "${id}"` : null;
    };
    expect(
      summarise(
        internal.filter((r) => r.navigation),
        missingAnchor,
      ),
    ).toEqual([]);
  });
});
