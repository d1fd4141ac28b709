/** Build-time rendering: charts are pure functions of (data, options) that need a DOM document. Node only. */
import { JSDOM } from 'jsdom';

export { toMarkup } from './markup';

let shared: Document | undefined;

/** A DOM document for rendering in Node (the browser passes its own). */
export function serverDocument(): Document {
  shared ??= new JSDOM('<!doctype html><html><body></body></html>').window.document;
  return shared;
}
