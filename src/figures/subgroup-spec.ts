/** The subgroup figures of every characteristic, built from all the subgroup data (src/scripts/subgroup-figures.ts). */
import { groupRates, pageProvenance, subgroupAreas } from '../lib/subgroups-data';
import { DIMENSION_IDS, SUBGROUP_CHARTS } from '../lib/subgroups-dimensions';
import { subgroupFigure } from '../scripts/subgroup-figures';
import { subgroupsModel } from '../scripts/subgroups-state';

const model = subgroupsModel(groupRates, subgroupAreas);

/** Every subgroup figure: for each characteristic, its group bars, gap over time and gap by place. */
export const SUBGROUP_FIGURES = DIMENSION_IDS.flatMap((dim) => SUBGROUP_CHARTS.map((chart) => subgroupFigure(model, pageProvenance, dim, chart)));
