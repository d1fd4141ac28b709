/**
 * Direct labels at the ends of lines: the series name and its last value, in the series' colour, nudged
 * apart deterministically so they never overlap. A label moved off its line's end gets a thin grey
 * connector: nothing drawn in a series' colour and weight that is not data.
 */
import { labelColour, NEUTRAL } from './palette';
import { svgEl } from './svg';

/**
 * Moves positions (in pixels) apart so neighbours are at least `gap` apart, staying within
 * [min, max] where there is room; the order of the labels never changes.
 */
export function dodge(positions: readonly number[], gap: number, min: number, max: number): number[] {
  const order = positions.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const placed = order.map((o) => o.p);
  for (let k = 0; k < placed.length; k++) placed[k] = Math.max(placed[k], k ? placed[k - 1] + gap : min);
  for (let k = placed.length - 1; k >= 0; k--)
    placed[k] = Math.min(placed[k], k < placed.length - 1 ? placed[k + 1] - gap : max);
  const out = new Array<number>(positions.length);
  order.forEach((o, k) => (out[o.i] = placed[k]));
  return out;
}

export interface EndLabel {
  /** Series name. */
  text: string;
  /** Its last value, formatted (e.g. "6.9%"). */
  value: string;
  /** Series colour (the label takes a text-safe version of it). */
  colour: string;
  /** Pixel position of the line's last point. */
  x: number;
  y: number;
}

/** Rough text width for layout (deterministic: the same in Node and every browser). */
export const textWidth = (text: string, fontSize = 12): number => Math.ceil(text.length * fontSize * 0.6);
/** End labels are bold, and bold glyphs run about a tenth wider. */
const labelWidth = (text: string, fontSize: number) => Math.ceil(textWidth(text, fontSize) * 1.12);

/** Gap between a line's last point and its label. */
const LABEL_DX = 12;
/** Labels moved by more than this from their line's end get a connector. */
const CONNECT_AT = 3;

/** The label's lines: "name value" on one line when it fits `room`, else the name broken at a space, the value last. */
export function labelLines(label: Pick<EndLabel, 'text' | 'value'>, room: number, fontSize: number): string[] {
  const one = label.text ? `${label.text} ${label.value}` : label.value;
  if (labelWidth(one, fontSize) <= room) return [one];
  const words = label.text.split(' ');
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && labelWidth(`${last} ${word}`, fontSize) <= room)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const tail = `${lines.at(-1)} ${label.value}`;
  if (labelWidth(tail, fontSize) <= room) lines[lines.length - 1] = tail;
  else lines.push(label.value);
  return lines;
}

/** Pixels of right margin the labels need, at most `max` (longer names then wrap). */
export function endLabelRoom(
  labels: readonly Pick<EndLabel, 'text' | 'value'>[],
  fontSize: number,
  max: number,
): number {
  return Math.min(
    Math.max(0, ...labels.map((l) => labelWidth(l.text ? `${l.text} ${l.value}` : l.value, fontSize))) + LABEL_DX + 6,
    max,
  );
}

/** Appends the labels to a rendered chart; `right` is the x the labels must end before (the SVG's width). */
export function addEndLabels(
  svg: Element,
  labels: readonly EndLabel[],
  options: { document: Document; top: number; bottom: number; right: number; fontSize?: number },
): void {
  const { document, top, bottom, right, fontSize = 12 } = options;
  const lineHeight = fontSize + 2;
  const lines = labels.map((l) => labelLines(l, right - l.x - LABEL_DX, fontSize));
  const gap = Math.max(...lines.map((l) => l.length), 1) * lineHeight;
  // Each label is centred on its line's end; wrapped labels are taller, so the stack keeps them apart by the tallest.
  const ys = dodge(
    labels.map((l) => l.y),
    gap,
    top + gap / 2,
    bottom - gap / 2,
  );
  const g = svgEl(document, 'g', { class: 'end-labels', 'aria-hidden': 'true' });
  labels.forEach((label, i) => {
    if (Math.abs(ys[i] - label.y) > CONNECT_AT) {
      g.append(
        svgEl(document, 'path', {
          class: 'connector',
          d: `M${(label.x + 4).toFixed(1)},${label.y.toFixed(1)}L${(label.x + LABEL_DX - 2).toFixed(1)},${ys[i].toFixed(1)}`,
          stroke: NEUTRAL.connector,
          'stroke-width': 0.75,
          fill: 'none',
        }),
      );
    }
    const first = ys[i] - ((lines[i].length - 1) * lineHeight) / 2;
    const text = svgEl(document, 'text', {
      x: (label.x + LABEL_DX).toFixed(1),
      y: first.toFixed(1),
      dy: '0.32em',
      fill: labelColour(label.colour),
      'font-size': fontSize,
      'font-weight': 600,
      'text-anchor': 'start',
    });
    lines[i].forEach((line, k) =>
      text.append(
        svgEl(document, 'tspan', { x: (label.x + LABEL_DX).toFixed(1), dy: k ? `${lineHeight}` : '0.32em' }, line),
      ),
    );
    text.removeAttribute('dy');
    g.append(text);
  });
  svg.append(g);
}
