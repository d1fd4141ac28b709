/** Absence by free school meals eligibility, each group against all pupils: /subgroups/?dim=fsm. */
import { subgroupFigure } from './subgroup-spec';

export default subgroupFigure('fsm');
