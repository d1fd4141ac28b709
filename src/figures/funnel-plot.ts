/** Persistent absence by LA against England with control limits: /benchmark/. Any year and school type. */
import { funnelFigure } from './funnel-figure';
import { funnelPayload } from '../views/benchmark/payload';

/** Also served as /benchmark/funnel.json, and read by LA profiles for their class. */
export const funnelData = funnelPayload();

export default funnelFigure(funnelData);
