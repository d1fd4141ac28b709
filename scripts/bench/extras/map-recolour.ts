/** The bivariate map's re-colour time when the absence measure changes (geometry already loaded). */
import type { BenchExtra } from '../extras';

const extra: BenchExtra = {
  label: 'Map re-colour after a measure change',
  path: '/map/',
  unit: 'ms',
  measure: (page) =>
    page.evaluate(async () => {
      const recolour = (window as unknown as { __atlasRecolour: (change: { measure: string }) => Promise<number> }).__atlasRecolour;
      await recolour({ measure: 'persistent' }); // warm: fetch the year's values once
      return recolour({ measure: 'unauthorised' });
    }),
};
export default extra;
