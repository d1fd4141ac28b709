import { expect, it } from 'vitest';
import { describeBrowser, MOBILE, open, runAxe, seriousViolations, templates, withPage } from './harness';

const groups = await templates();

describeBrowser('Accessibility of every page template (axe-core, WCAG 2.2 A and AA rules)', () => {
  for (const { route, pages } of groups) {
    const path = pages[0] as string;
    it(`${route} (${path}) has no serious or critical violations on desktop`, () =>
      withPage(async (page) => {
        await open(page, path);
        expect(seriousViolations(await runAxe(page))).toEqual([]);
      }));
  }

  // The phone layout reflows navigation and controls, so the home page is checked there too.
  it('the home page has no serious or critical violations at 390x844', () =>
    withPage(
      async (page) => {
        await open(page, '/');
        expect(seriousViolations(await runAxe(page))).toEqual([]);
      },
      { viewport: MOBILE },
    ));

  // An embed's first figure is its template's representative; the map's embed draws its units without the page's script.
  it('the map embed has no serious or critical violations', () =>
    withPage(async (page) => {
      await open(page, '/embed/bivariate-absence-idaci/');
      expect(seriousViolations(await runAxe(page))).toEqual([]);
    }));
});
