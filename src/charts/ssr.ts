/** Build-time rendering: charts are pure functions of (data, options) that need a DOM document. */
import { JSDOM } from 'jsdom';

let shared: Document | undefined;

/** A DOM document for rendering in Node (the browser passes its own). */
export function serverDocument(): Document {
  shared ??= new JSDOM('<!doctype html><html><body></body></html>').window.document;
  return shared;
}

/** Serialises a rendered chart, with Plot's per-process clip ids made deterministic. */
export function toMarkup(node: Element): string {
  let n = 0;
  const ids = new Map<string, string>();
  const html = node.outerHTML.replace(/plot-clip-\d+/g, (id) => {
    if (!ids.has(id)) ids.set(id, `plot-clip-${++n}`);
    return ids.get(id)!;
  });
  return html;
}
