/** Replaces a container's chart with one of our own prerendered SVG files, parsed as XML (never innerHTML). */
export async function replaceWithSvg(container: HTMLElement | null, url: string, label: string): Promise<void> {
  if (!container) return;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const doc = new DOMParser().parseFromString(await response.text(), 'image/svg+xml');
  const svg = doc.documentElement;
  if (svg.nodeName !== 'svg') throw new Error(`${url} is not an SVG`);
  container.replaceChildren(document.importNode(svg, true));
  container.setAttribute('aria-label', label);
}
