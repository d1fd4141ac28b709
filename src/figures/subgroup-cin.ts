/** Absence by children in need and looked after, each group against all pupils: /subgroups/?dim=cin. */
import { subgroupFigure } from './subgroup-spec';

export default subgroupFigure('cin');
