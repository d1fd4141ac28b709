/** The subgroup figures of every characteristic, built from all the subgroup data (src/figures/subgroups.ts). */
import { groupRates, pageProvenance, subgroupAreas } from '../views/subgroups/payload';
import { DIMENSION_IDS, SUBGROUP_CHARTS } from '../config/subgroups';
import { subgroupFigure } from './subgroups';
import { subgroupsModel } from '../views/subgroups/model';

const model = subgroupsModel(groupRates, subgroupAreas);

/** Every subgroup figure: for each characteristic, its group bars, gap over time and gap by place. */
export const SUBGROUP_FIGURES = DIMENSION_IDS.flatMap((dim) =>
  SUBGROUP_CHARTS.map((chart) => subgroupFigure(model, pageProvenance, dim, chart)),
);
