import { expect, it } from 'vitest';
import {
  collectConsoleErrors,
  describeBrowser,
  open,
  runAxe,
  seriousViolations,
  sitePath,
  withPage,
  type Page,
} from './harness';

const NARROW = { width: 320, height: 640 };
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const DARK_BG = 'rgb(18, 20, 23)';
const LIGHT_BG = 'rgb(255, 255, 255)';

describeBrowser('Themes', () => {
  it('follows the system setting when the reader has not chosen', () =>
    withPage(async (page) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await open(page, '/');
      expect(await background(page)).toBe(DARK_BG);
      expect(await page.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe('true');
    }));

  it('switches theme with the toggle and remembers the choice on the next page', () =>
    withPage(async (page) => {
      const errors = collectConsoleErrors(page);
      await page.emulateMedia({ colorScheme: 'light' });
      await open(page, '/');
      const toggle = page.getByRole('button', { name: 'Dark theme' });
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      await toggle.click();
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      expect(await background(page)).toBe(DARK_BG);
      await open(page, '/about/');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await background(page)).toBe(DARK_BG);
      await page.getByRole('button', { name: 'Dark theme' }).click();
      expect(await background(page)).toBe(LIGHT_BG);
      expect(errors).toEqual([]);
    }));

  it('applies a saved theme from a small blocking script in the head, before anything is painted', () =>
    withPage(async (page) => {
      await open(page, '/');
      const src = sitePath('/theme.js');
      const script = await page.evaluate((src) => {
        const s = document.head.querySelector<HTMLScriptElement>(`script[src="${src}"]`);
        return s && { async: s.async, defer: s.defer, type: s.type, inHead: s.parentElement === document.head };
      }, src);
      expect(script).toEqual({ async: false, defer: false, type: '', inHead: true });
      const size = await page.evaluate(async (src) => (await fetch(src)).text().then((t) => t.length), src);
      expect(size).toBeLessThan(1024);
    }));

  for (const scheme of ['light', 'dark'] as const) {
    for (const path of ['/', '/about/', '/data/']) {
      it(`has no serious accessibility violations, contrast included, on ${path} in the ${scheme} theme`, () =>
        withPage(async (page) => {
          await page.emulateMedia({ colorScheme: scheme });
          await open(page, path);
          expect(seriousViolations(await runAxe(page))).toEqual([]);
        }));
    }
  }
});

describeBrowser('Site header and navigation', () => {
  it('collapses the navigation behind a Menu button at 320 px, with no horizontal scrolling', () =>
    withPage(
      async (page) => {
        await open(page, '/');
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(NARROW.width);
        const menu = page.getByRole('button', { name: 'Menu' });
        const nav = page.getByRole('navigation', { name: 'Main' });
        expect(await nav.isVisible()).toBe(false);
        await menu.click();
        expect(await menu.getAttribute('aria-expanded')).toBe('true');
        expect(await nav.getByRole('link', { name: 'Data' }).isVisible()).toBe(true);
        await page.keyboard.press('Escape');
        expect(await menu.getAttribute('aria-expanded')).toBe('false');
      },
      { viewport: NARROW },
    ));

  it('shows every navigation link without JavaScript, and no toggle or menu button that could not work', () =>
    withPage(
      async (page) => {
        await open(page, '/');
        expect(
          await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data' }).isVisible(),
        ).toBe(true);
        expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
        expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(NARROW.width);
      },
      { viewport: NARROW, javaScriptEnabled: false },
    ));

  it('marks the current section and offers a skip link to the main content', () =>
    withPage(async (page) => {
      await open(page, '/about/');
      expect((await page.locator('nav[aria-label="Main"] [aria-current="page"]').textContent())?.trim()).toBe(
        'About & methodology',
      );
      expect(await page.locator('h1').count()).toBe(1);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to content' });
      expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    }));

  it('gives every home page insight a headline number and a chart with a text alternative, with space reserved', () =>
    withPage(async (page) => {
      await open(page, '/');
      const insights = page.locator('article.insight');
      const n = await insights.count();
      expect(n).toBeGreaterThanOrEqual(6);
      expect(n).toBeLessThanOrEqual(8);
      for (let i = 0; i < n; i++) {
        const svg = insights.nth(i).locator('svg');
        expect(await svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
        expect((await svg.locator('title').textContent())?.length).toBeGreaterThan(20);
      }
    }));
});
