/** Absence by first language, each group against all pupils: /subgroups/?dim=first-language. */
import { subgroupFigure } from './subgroup-spec';

export default subgroupFigure('first-language');
