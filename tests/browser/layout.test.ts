/**
 * Page layout on a phone and chart text against the data: no template scrolls sideways at 390 px (a
 * wide table scrolls inside its own box, a long select shrinks to its panel), and no text in a line
 * chart (period band labels, end labels) sits on top of a data line.
 */
import { expect, it } from 'vitest';
import { describeBrowser, DESKTOP, MOBILE, open, templates, withPage, type Page } from './harness';
import { representatives } from './templates';

const groups = await templates();

/** Scrolls through the page so charts drawn on first view are in place, then settles. */
async function scrollThrough(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForTimeout(300);
}

/** The elements that reach past the right edge of the viewport without a scrolling box around them. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const edge = document.documentElement.clientWidth + 1;
    const scrolls = (e: Element) => {
      for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      }
      return false;
    };
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}`;
    return [...document.body.querySelectorAll('*')]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.right > edge && getComputedStyle(e).position !== 'fixed' && !scrolls(e);
      })
      .slice(0, 5)
      .map((e) => `${name(e.parentElement!)} > ${name(e)} reaches ${Math.round(e.getBoundingClientRect().right)} px`);
  });
}

/** Text in each line chart that a data line runs through (grey label connectors and gridlines are not data). */
function textOnLines(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const charts = [...document.querySelectorAll('figure svg')].filter((svg) => !svg.parentElement?.closest('svg'));
    for (const svg of charts) {
      if (!svg.checkVisibility({ checkVisibilityCSS: true })) continue;
      const lines = [...svg.querySelectorAll('path')].filter(
        (p) =>
          !p.classList.contains('connector') &&
          getComputedStyle(p).fill === 'none' &&
          getComputedStyle(p).stroke !== 'none' &&
          p.getTotalLength() > 20,
      );
      if (!lines.length) continue;
      // Points every 2 px along every line, in screen pixels.
      const points = lines.flatMap((p) => {
        const m = p.getScreenCTM();
        if (!m) return [];
        const length = p.getTotalLength();
        return Array.from({ length: Math.ceil(length / 2) + 1 }, (_, i) => {
          const q = p.getPointAtLength(Math.min(length, i * 2));
          return new DOMPoint(q.x, q.y).matrixTransform(m);
        });
      });
      for (const t of svg.querySelectorAll('text')) {
        const text = (t.textContent ?? '').trim();
        if (!text || !t.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
        const b = t.getBoundingClientRect();
        // One pixel in from each edge: a line grazing a label's box is not through it.
        if (points.some((q) => q.x > b.left + 1 && q.x < b.right - 1 && q.y > b.top + 1 && q.y < b.bottom - 1))
          found.push(`${svg.closest('figure')?.id || 'figure'}: "${text.slice(0, 30)}"`);
      }
    }
    return found;
  });
}

describeBrowser('Page layout', () => {
  for (const path of groups.flatMap((g) => representatives(g, 1))) {
    it(`never scrolls sideways on ${path} at ${MOBILE.width} px`, () =>
      withPage(
        async (page) => {
          await open(page, path);
          await scrollThrough(page);
          const culprits = await overflowing(page);
          expect(culprits, culprits.join('\n')).toEqual([]);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(MOBILE.width);
        },
        { viewport: MOBILE },
      ));
  }

  // The pages of line charts: period bands, end labels, several series.
  for (const viewport of [DESKTOP, MOBILE]) {
    for (const path of ['/trends/', '/trends/?view=regions', '/subgroups/ethnicity-major/', '/la/knowsley/']) {
      it(`keeps every label of the line charts on ${path} at ${viewport.width} px clear of the data lines`, () =>
        withPage(
          async (page) => {
            await open(page, path);
            await scrollThrough(page);
            const hits = await textOnLines(page);
            expect(hits, hits.join('\n')).toEqual([]);
          },
          { viewport },
        ));
    }
  }
});
