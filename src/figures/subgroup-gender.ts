/** Absence by gender, each group against all pupils: /subgroups/?dim=gender. */
import { subgroupFigure } from './subgroup-spec';

export default subgroupFigure('gender');
