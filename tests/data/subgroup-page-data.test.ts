import { describe, expect, it } from 'vitest';
import { ENGLAND } from '../../src/config/geography';
import type { Measure } from '../../src/config/measures';
import { subgroupView } from '../../src/derive/subgroup-view';
import { groupRates, subgroupAreas, subgroupsPageData } from '../../src/views/subgroups/payload';
import { DIMENSION_IDS } from '../../src/config/subgroups';
import { parseState } from '../../src/lib/url-state';
import { modelFromJson, subgroupsModel, type SubgroupsModel } from '../../src/views/subgroups/model';

const full = subgroupsModel(groupRates, subgroupAreas);
const viewOf = (model: SubgroupsModel, search: string) => {
  const s = parseState(model.spec, search);
  return subgroupView(
    model.index,
    model.areas,
    { dim: s.dim, measure: s.measure as Measure, year: s.year, area: s.area },
    ENGLAND.code,
  );
};

describe('the page JSON of one characteristic', () => {
  it('gives the browser the same view as the build for every characteristic, in England, a region and an LA, now and in 2018/19', () => {
    for (const dim of DIMENSION_IDS) {
      const own = modelFromJson(JSON.parse(JSON.stringify(subgroupsPageData(dim))));
      for (const place of ['', '&area=E12000007', '&area=E08000025']) {
        for (const year of ['', '&year=2018%2F19']) {
          for (const measure of ['', '&measure=overall']) {
            const search = `dim=${dim}${place}${year}${measure}`;
            expect(viewOf(own, search), search).toEqual(viewOf(full, search));
          }
        }
      }
    }
  });

  it('carries only its own characteristic, with the all-pupils rates it is compared against', () => {
    const dims = new Set(
      modelFromJson(subgroupsPageData('fsm'))
        .index.ofDimension('fsm')
        .map((r) => r.dim),
    );
    expect(dims).toEqual(new Set(['fsm']));
    const sizes = DIMENSION_IDS.map((dim) => JSON.stringify(subgroupsPageData(dim)).length);
    const all = sizes.reduce((a, b) => a + b, 0);
    for (const size of sizes) expect(size).toBeLessThan(all / 2);
  });
});
