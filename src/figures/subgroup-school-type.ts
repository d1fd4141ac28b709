/** Absence by school type (phase), each group against all pupils: /subgroups/?dim=school-type. */
import { subgroupFigure } from './subgroup-spec';

export default subgroupFigure('school-type');
