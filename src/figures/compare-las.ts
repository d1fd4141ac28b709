/** 2-6 LAs from the URL on one chart: /compare/. The default six are prerendered; embeds draw other LAs in the browser. */
import { comparePayload } from '../views/compare/payload';
import { compareFigure } from './compare';

export default compareFigure(comparePayload());
