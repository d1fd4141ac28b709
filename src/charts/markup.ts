/** Serialises a rendered chart, with Plot's per-process clip ids made deterministic. Safe in the browser. */
export function toMarkup(node: Element): string {
  let n = 0;
  const ids = new Map<string, string>();
  return node.outerHTML.replace(/plot-clip-\d+/g, (id) => {
    if (!ids.has(id)) ids.set(id, `plot-clip-${++n}`);
    return ids.get(id)!;
  });
}
