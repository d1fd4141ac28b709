/** Absence by disadvantage (FSM in the last 6 years), each group against all pupils: /subgroups/?dim=disadvantage. */
import { subgroupFigure } from './subgroup-spec';

export default subgroupFigure('disadvantage');
