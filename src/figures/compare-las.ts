/** 2-6 LAs from the URL on one chart: /compare/. The default six are prerendered; embeds draw other LAs in the browser. */
import { comparePayload } from '../lib/compare-data';
import { compareFigure } from './compare';

export default compareFigure(comparePayload());
