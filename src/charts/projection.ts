/** The one map projection: England in Albers equal-area (areas compare fairly), fitted to a box. */
import { geoAlbers, type GeoProjection } from 'd3-geo';

export const englandAlbers = (
  extent: [[number, number], [number, number]],
  object: Parameters<GeoProjection['fitExtent']>[1],
) => geoAlbers().rotate([2, 0]).center([0, 52.7]).parallels([50, 56]).fitExtent(extent, object);
