/** Absence by minor ethnic group (including Gypsy/Roma and Irish Traveller), each group against all pupils: /subgroups/?dim=ethnicity-minor. */
import { subgroupFigure } from './subgroup-spec';

export default subgroupFigure('ethnicity-minor');
