/**
 * Chart snapshots that read well in a diff (Plot's test/plot-snapshot.js does the same): one element per
 * line, indented, numbers rounded to 3 decimals. When a chart changes, the new drawing is also written
 * beside the old one as <name>-changed.svg, to open and compare; `npx vitest run -u` accepts it.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/** Rounds long decimals (293.77777777777777 -> 293.778) so that sub-pixel noise cannot change a snapshot. */
const roundNumbers = (markup: string) => markup.replace(/\d+\.\d{4,}/g, (d) => String(Number(Number(d).toFixed(3))));

/** One element per line, children indented; an element holding only text stays on its line. */
export function readableSvg(markup: string): string {
  const tokens = roundNumbers(markup)
    .split(/(<[^>]+>)/)
    .filter((t) => t.trim() !== '');
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const indent = '  '.repeat(depth);
    if (token.startsWith('</')) {
      depth--;
      lines.push('  '.repeat(depth) + token);
    } else if (!token.startsWith('<')) lines.push(indent + token);
    else if (token.endsWith('/>')) lines.push(indent + token);
    else if (tokens[i + 1]?.startsWith('</')) lines.push(indent + token + tokens[++i]);
    else if (!tokens[i + 1]?.startsWith('<') && tokens[i + 2]?.startsWith('</')) {
      lines.push(indent + token + tokens[i + 1] + tokens[i + 2]);
      i += 2;
    } else {
      lines.push(indent + token);
      depth++;
    }
  }
  return lines.join('\n') + '\n';
}

/** Compares a chart's markup with its snapshot file (an absolute path), writing <name>-changed.svg on a difference. */
export async function expectSvgSnapshot(markup: string, file: string): Promise<void> {
  const text = readableSvg(markup);
  const changed = file.replace(/\.svg$/, '-changed.svg');
  // With -u the new drawing replaces the old one, so there is nothing left to compare.
  const updating =
    (expect.getState().snapshotState as unknown as { _updateSnapshot?: string })._updateSnapshot === 'all';
  if (!updating && existsSync(file) && readFileSync(file, 'utf8') !== text) writeFileSync(changed, text);
  else rmSync(changed, { force: true });
  await expect(text).toMatchFileSnapshot(file);
}
