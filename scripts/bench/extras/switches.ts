/**
 * Main-thread work to switch a trend measure or the compare list: the first switch (which may load the
 * code and data for other states) and a later one.
 */
import type { Page } from 'playwright-core';
import { BUDGETS } from '../budgets';
import { mainThreadMs, type BenchExtra } from '../extras';

const selectTrendMeasure = (page: Page, value: string) =>
  page.selectOption('#trends-controls select[name="measure"]', value);

async function compareAdd(page: Page, code: string): Promise<void> {
  await page.selectOption('#compare-add', code);
  await page.click('#compare-add-button');
}

const extras: BenchExtra[] = [
  {
    label: 'Trend measure switch, first (main-thread work)',
    path: '/trends/',
    budgetMs: BUDGETS.switchMs,
    measure: (page) => mainThreadMs(page, () => selectTrendMeasure(page, 'persistent')),
  },
  {
    label: 'Trend measure switch, later (main-thread work)',
    path: '/trends/',
    budgetMs: BUDGETS.switchMs,
    measure: async (page) => {
      await mainThreadMs(page, () => selectTrendMeasure(page, 'persistent'));
      return mainThreadMs(page, () => selectTrendMeasure(page, 'unauthorised'));
    },
  },
  {
    label: 'Compare list change, first (main-thread work)',
    path: '/compare/',
    budgetMs: BUDGETS.switchMs,
    measure: (page) => mainThreadMs(page, () => page.click('#compare-chosen button[data-code]')),
  },
  {
    label: 'Compare list change, later (main-thread work)',
    path: '/compare/',
    budgetMs: BUDGETS.switchMs,
    measure: async (page) => {
      await mainThreadMs(page, () => page.click('#compare-chosen button[data-code]'));
      return mainThreadMs(page, () => compareAdd(page, 'E08000034'));
    },
  },
];
export default extras;
