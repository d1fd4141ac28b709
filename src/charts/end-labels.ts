/** Direct labels at the ends of lines, nudged apart deterministically so they never overlap. */

/**
 * Moves positions (in pixels) apart so neighbours are at least `gap` apart, staying within
 * [min, max] where there is room; the order of the labels never changes.
 */
export function dodge(positions: readonly number[], gap: number, min: number, max: number): number[] {
  const order = positions.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const placed = order.map((o) => o.p);
  for (let k = 0; k < placed.length; k++) placed[k] = Math.max(placed[k], k ? placed[k - 1] + gap : min);
  for (let k = placed.length - 1; k >= 0; k--) placed[k] = Math.min(placed[k], k < placed.length - 1 ? placed[k + 1] - gap : max);
  const out = new Array<number>(positions.length);
  order.forEach((o, k) => (out[o.i] = placed[k]));
  return out;
}

export interface EndLabel {
  text: string;
  /** Series colour, for the leader. */
  colour: string;
  /** Pixel position of the line's last point. */
  x: number;
  y: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Appends the labels to a rendered chart. Text is in the page's text colour (contrast in both
 * themes); a short leader in the series colour ties each label to its line.
 */
export function addEndLabels(svg: Element, labels: readonly EndLabel[], options: { document: Document; top: number; bottom: number; fontSize?: number }): void {
  const { document, top, bottom, fontSize = 12 } = options;
  const ys = dodge(labels.map((l) => l.y), fontSize + 2, top + fontSize / 2, bottom - fontSize / 2);
  const g = document.createElementNS(SVG_NS, 'g');
  g.setAttribute('class', 'end-labels');
  g.setAttribute('aria-hidden', 'true');
  labels.forEach((label, i) => {
    const leader = document.createElementNS(SVG_NS, 'path');
    leader.setAttribute('d', `M${label.x + 4},${label.y.toFixed(1)}L${label.x + 10},${ys[i].toFixed(1)}`);
    leader.setAttribute('stroke', label.colour);
    leader.setAttribute('stroke-width', '2');
    g.append(leader);
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(label.x + 12));
    text.setAttribute('y', ys[i].toFixed(1));
    text.setAttribute('dy', '0.32em');
    text.setAttribute('fill', 'currentColor');
    text.setAttribute('font-size', String(fontSize));
    text.setAttribute('font-weight', '600');
    text.setAttribute('text-anchor', 'start');
    text.textContent = label.text;
    g.append(text);
  });
  svg.append(g);
}

/** Rough text width for layout (deterministic: the same in Node and every browser). */
export const textWidth = (text: string, fontSize = 12): number => Math.ceil(text.length * fontSize * 0.6);
