/** Absence by SEN provision (EHC plan, SEN support, none), each group against all pupils: /subgroups/?dim=sen. */
import { subgroupFigure } from './subgroup-spec';

export default subgroupFigure('sen');
