/** The bivariate map's re-colour time when the absence measure changes (the year's values already loaded). */
import { BUDGETS } from '../budgets';
import type { BenchExtra } from '../extras';

const extra: BenchExtra = {
  label: 'Map re-colour after a measure change (state change to next frame)',
  path: '/map/',
  budgetMs: BUDGETS.mapRecolourMs,
  measure: async (page) => {
    await page.hover('#map-wrap svg'); // the map's code loads on first interaction
    await page.waitForFunction(() => '__atlasRecolour' in window);
    return page.evaluate(async () => {
      const recolour = (window as unknown as { __atlasRecolour: (change: { measure: string }) => Promise<number> })
        .__atlasRecolour;
      await recolour({ measure: 'persistent' }); // warm: fetch the year's values once
      return recolour({ measure: 'unauthorised' });
    });
  },
};
export default extra;
