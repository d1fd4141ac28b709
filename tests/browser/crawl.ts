/**
 * Crawls the served site from its home (`/` under its base path) by following every internal link (a, area),
 * and fetches every other internal reference (stylesheets, scripts, images, downloads) once, so tests and the benchmark discover
 * pages instead of listing them. Each HTML page is parsed once into the facts the tests check.
 */
import { scanTags } from './html-scan';

export interface Reference {
  /** The page the reference is on (path). */
  from: string;
  /** As written in the HTML. */
  raw: string;
  url: URL;
  /** Site path (base path removed, no query or hash), e.g. /la/barnet/; null when the URL is outside the base. */
  path: string | null;
  /** true for a/area links (navigation), false for assets (script, stylesheet, image…). */
  navigation: boolean;
}

export interface HtmlFacts {
  ids: Set<string>;
  references: Reference[];
  cspMeta: string | null;
  /** `tag[onclick]` for each inline event handler attribute. */
  inlineHandlers: string[];
  /** Inline <script> elements without src (JSON data blocks excepted), by type. */
  inlineScripts: string[];
  /** Number of `figure.chart` elements. */
  chartCount: number;
  /** Ids (or positions) of `figure.chart` elements whose HTML has no <svg>, i.e. blank without JavaScript. */
  chartsWithoutSvg: string[];
}

export interface CrawledResource {
  /** Site path (base path removed, no query or hash), e.g. /la/barnet/ */
  path: string;
  status: number;
  contentType: string;
  location: string | null;
  html: HtmlFacts | null;
}

export interface Crawl {
  origin: string;
  /** e.g. /atlas/ */
  base: string;
  resources: Map<string, CrawledResource>;
  /** The HTML pages reached, sorted by path. */
  pages: CrawledResource[];
}

/** Attributes that reference another URL, by element; a/area links are navigation, the rest assets. */
const URL_ATTRIBUTES: Record<string, string> = {
  a: 'href',
  area: 'href',
  link: 'href',
  script: 'src',
  img: 'src',
  iframe: 'src',
  source: 'src',
  video: 'src',
  audio: 'src',
  object: 'data',
};
const JSON_SCRIPT_TYPES = new Set(['application/json', 'application/ld+json']);

function htmlFacts(html: string, pageUrl: URL, base: string): HtmlFacts {
  const from = inSite(pageUrl.pathname, base) ?? pageUrl.pathname;
  const facts: HtmlFacts = {
    ids: new Set(),
    references: [],
    cspMeta: null,
    inlineHandlers: [],
    inlineScripts: [],
    chartCount: 0,
    chartsWithoutSvg: [],
  };
  const add = (raw: string, navigation: boolean) => {
    let url: URL;
    try {
      url = new URL(raw, pageUrl);
    } catch {
      url = new URL('invalid:');
    }
    facts.references.push({ from, raw, url, navigation, path: inSite(url.pathname, base) });
  };
  // Open figure.chart elements (nesting depth of figures inside each) and whether an <svg> was seen.
  const charts: { id: string; depth: number; svg: boolean }[] = [];
  for (const { kind, name, attrs } of scanTags(html)) {
    if (kind === 'end') {
      const chart = charts.at(-1);
      if (name === 'figure' && chart) {
        if (chart.depth > 0) chart.depth--;
        else if (!charts.pop()?.svg) facts.chartsWithoutSvg.push(chart.id);
      }
      continue;
    }
    const urlAttribute = URL_ATTRIBUTES[name];
    const target = urlAttribute ? attrs.get(urlAttribute) : undefined;
    if (target !== undefined) add(target, name === 'a' || name === 'area');
    for (const candidate of (attrs.get('srcset') ?? '').split(',').filter((c) => c.trim()))
      add(candidate.trim().split(/\s+/)[0] as string, false);
    for (const attr of attrs.keys()) if (attr.startsWith('on')) facts.inlineHandlers.push(`${name}[${attr}]`);
    const id = attrs.get('id') ?? (name === 'a' ? attrs.get('name') : undefined);
    if (id) facts.ids.add(id);
    if (name === 'meta' && attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy')
      facts.cspMeta = attrs.get('content') ?? '';
    if (name === 'script' && !attrs.has('src') && !JSON_SCRIPT_TYPES.has(attrs.get('type') ?? ''))
      facts.inlineScripts.push(attrs.get('type') ?? 'classic');
    if (name === 'figure') {
      const chart = charts.at(-1);
      if ((attrs.get('class') ?? '').split(/\s+/).includes('chart')) {
        facts.chartCount++;
        charts.push({ id: attrs.get('id') ?? `chart ${facts.chartCount}`, depth: 0, svg: false });
      } else if (chart) chart.depth++;
    }
    if (name === 'svg' && charts.length) (charts.at(-1) as { svg: boolean }).svg = true;
  }
  return facts;
}

/** The site path of a URL path under base, or null outside it. */
const inSite = (pathname: string, base: string) =>
  pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : null;

async function fetchResource(origin: string, base: string, path: string): Promise<CrawledResource> {
  const url = new URL(base + path.slice(1), origin);
  const response = await fetch(url, { redirect: 'manual' });
  const contentType = response.headers.get('content-type') ?? '';
  const isHtml = response.status === 200 && contentType.startsWith('text/html');
  const body = isHtml ? await response.text() : (await response.arrayBuffer(), '');
  return {
    path,
    status: response.status,
    contentType,
    location: response.headers.get('location'),
    html: isHtml ? htmlFacts(body, url, base) : null,
  };
}

export async function crawlSite(origin: string, base = '/', start = '/', concurrency = 6): Promise<Crawl> {
  const resources = new Map<string, CrawledResource>();
  const queued = new Set<string>([start]);
  const queue = [start];
  const worker = async () => {
    while (queue.length) {
      const path = queue.shift() as string;
      const resource = await fetchResource(origin, base, path);
      resources.set(path, resource);
      for (const ref of resource.html?.references ?? []) {
        if (ref.url.origin !== origin || ref.path === null || queued.has(ref.path)) continue;
        queued.add(ref.path);
        queue.push(ref.path);
      }
    }
  };
  // Workers drain the queue together; re-run until no worker left anything behind.
  while (queue.length) await Promise.all(Array.from({ length: concurrency }, worker));
  const pages = [...resources.values()].filter((r) => r.html).sort((a, b) => a.path.localeCompare(b.path));
  return { origin, base, resources, pages };
}
