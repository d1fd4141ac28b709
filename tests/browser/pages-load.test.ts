import { expect, it } from 'vitest';
import {
  collectConsoleErrors,
  collectRequestProblems,
  describeBrowser,
  DESKTOP,
  MOBILE,
  open,
  templates,
  withPage,
} from './harness';
import { representatives } from './templates';

const groups = await templates();

describeBrowser('Every page template, in a real browser', () => {
  it('is found by crawling the site from /', () => {
    expect(groups.map((g) => g.route)).toContain('/');
  });

  for (const viewport of [DESKTOP, MOBILE]) {
    for (const path of groups.flatMap((g) => representatives(g, 2))) {
      it(`loads ${path} at ${viewport.width}x${viewport.height} with no console errors, failed requests or requests to other sites`, () =>
        withPage(
          async (page) => {
            const errors = collectConsoleErrors(page);
            const requests = collectRequestProblems(page);
            const response = await open(page, path);
            expect(response?.status()).toBe(200);
            expect(errors).toEqual([]);
            expect(requests).toEqual([]);
          },
          { viewport },
        ));
    }
  }
});
