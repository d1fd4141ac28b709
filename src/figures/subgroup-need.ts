/** Absence by SEN primary type of need, each group against all pupils: /subgroups/?dim=need. */
import { subgroupFigure } from './subgroup-spec';

export default subgroupFigure('need');
