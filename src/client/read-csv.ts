/** One of our own CSV downloads (papaparse's output, "#" comment lines first) back to rows, numbers as numbers. */
import type { FigureRow } from '../figures/types';

export async function readCsv(url: string): Promise<FigureRow[]> {
  const [{ default: Papa }, text] = await Promise.all([import('papaparse'), fetch(url).then((r) => r.text())]);
  const body = text
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n');
  const parsed = Papa.parse<Record<string, string>>(body, { header: true, skipEmptyLines: true });
  return parsed.data.map((r) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [k, v === '' ? null : /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v]),
    ),
  );
}
