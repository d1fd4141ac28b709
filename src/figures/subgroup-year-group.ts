/** Absence by year group, each group against all pupils: /subgroups/?dim=year-group. */
import { subgroupFigure } from './subgroup-spec';

export default subgroupFigure('year-group');
