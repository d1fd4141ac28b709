/**
 * A small, fast HTML tag scanner for the crawler: the built pages are machine-written by Astro, and a
 * full DOM (jsdom) for 150+ pages would dominate the test run on a small machine. Yields start and end
 * tags with decoded attributes, skipping comments and the raw text of script/style elements.
 */
export interface TagToken {
  kind: 'start' | 'end';
  name: string;
  attrs: Map<string, string>;
  /** Raw text content, for script and style start tags only. */
  text?: string;
}

const TOKEN =
  /<!--[\s\S]*?-->|<![^>]*>|<\/([a-zA-Z][^\s/>]*)\s*>|<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

function parseAttrs(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) {
    const name = (m[1] as string).toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

export function* scanTags(html: string): Generator<TagToken> {
  const tokens = new RegExp(TOKEN);
  let match: RegExpExecArray | null;
  while ((match = tokens.exec(html))) {
    if (match[1]) {
      yield { kind: 'end', name: match[1].toLowerCase(), attrs: new Map() };
    } else if (match[2]) {
      const name = match[2].toLowerCase();
      const token: TagToken = { kind: 'start', name, attrs: parseAttrs(match[3] ?? '') };
      if (RAW_TEXT.has(name)) {
        const close = new RegExp(`</${name}`, 'gi');
        close.lastIndex = tokens.lastIndex;
        const stop = close.exec(html)?.index ?? html.length;
        token.text = html.slice(tokens.lastIndex, stop);
        tokens.lastIndex = stop;
      }
      yield token;
    }
  }
}
