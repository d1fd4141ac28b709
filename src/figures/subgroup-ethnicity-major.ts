/** Absence by major ethnic group, each group against all pupils: /subgroups/?dim=ethnicity-major. */
import { subgroupFigure } from './subgroup-spec';

export default subgroupFigure('ethnicity-major');
