import { mkdirSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes all files or none: each goes to a temporary sibling first and is renamed into place
 * only after every file has been written, so a failed run never leaves half-written output.
 */
export function writeAllAtomically(files: { path: string; contents: string }[]): void {
  const temps: string[] = [];
  try {
    for (const { path, contents } of files) {
      mkdirSync(dirname(path), { recursive: true });
      const tmp = `${path}.tmp-${process.pid}`;
      writeFileSync(tmp, contents);
      temps.push(tmp);
    }
  } catch (error) {
    for (const tmp of temps) rmSync(tmp, { force: true });
    throw error;
  }
  files.forEach(({ path }, i) => renameSync(temps[i], path));
}

/** Deterministic JSON: same input, same bytes (keys in insertion order, newline at end). */
export const stableJson = (value: unknown): string => `${JSON.stringify(value)}\n`;
