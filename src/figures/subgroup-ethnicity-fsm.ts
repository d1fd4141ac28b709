/** Absence by minor ethnic group and FSM eligibility, each group against all pupils: /subgroups/?dim=ethnicity-fsm. */
import { subgroupFigure } from './subgroup-spec';

export default subgroupFigure('ethnicity-fsm');
