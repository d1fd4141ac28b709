/**
 * The bivariate map drawn for a phone's width: the map at that width and its legend below it at full size
 * (inside the map, as the figure draws it, the legend would shrink with the map to unreadable text).
 */
import { buildMapData, type BivariateState } from '../figures/bivariate-absence-idaci';
import { drawLegend, drawMap } from '../figures/map';
import { toMarkup } from '../charts/markup';

export function narrowMapSvg(state: BivariateState, document: Document, width: number): string {
  const map = drawMap(buildMapData, state, document, width);
  const legend = drawLegend(buildMapData, state, document);
  const mapHeight = Number(map.getAttribute('height'));
  const legendHeight = Number(legend.getAttribute('height'));
  const legendWidth = Number(legend.getAttribute('width'));
  const height = mapHeight + legendHeight + 8;
  map.setAttribute('y', '0');
  legend.setAttribute('x', String(Math.max(0, Math.round((width - legendWidth) / 2))));
  legend.setAttribute('y', String(mapHeight + 8));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" color="#1a1a1a">${toMarkup(map)}${toMarkup(legend)}</svg>`;
}
