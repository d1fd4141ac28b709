import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataError } from './errors';
import type { SourceFile } from '../sources';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const DEFAULT_MIRROR = resolve(PROJECT_ROOT, '../shared/datasets');

/**
 * The raw-data directory, first match wins: `--mirror DIR` (passed in as `mirror`), else $DATA_MIRROR
 * when set and not blank, else ../shared/datasets beside the project. A blank DATA_MIRROR counts as
 * unset (it never means the current folder); a blank --mirror is an error.
 */
export function dataDir(mirror?: string): string {
  if (mirror !== undefined) {
    if (!mirror.trim()) throw new Error('--mirror needs a folder');
    return resolve(mirror);
  }
  const env = process.env.DATA_MIRROR?.trim();
  return env ? resolve(env) : DEFAULT_MIRROR;
}

export const rawPath = (source: SourceFile, dir = dataDir()): string => resolve(dir, source.path);

/** The publisher's own file for a reshaped copy, when a user has downloaded it. */
export const officialPath = (source: SourceFile, dir = dataDir()): string | undefined =>
  source.official && existsSync(resolve(dir, source.official.path)) ? resolve(dir, source.official.path) : undefined;

/** True when the copy, or the official file it reshapes, is in the data directory. */
export const hasRaw = (source: SourceFile, dir = dataDir()): boolean =>
  existsSync(rawPath(source, dir)) || officialPath(source, dir) !== undefined;

/** The path of a raw file, or an error that says where to get it. */
export function requireRaw(source: SourceFile, dir = dataDir()): string {
  const path = rawPath(source, dir);
  if (!existsSync(path)) {
    throw new DataError(
      source.path,
      `raw file not found in ${dir}. Get "${source.title}" (${source.publisher}) from ${source.url} ` +
        'and save it there, or point DATA_MIRROR / --mirror at a folder that has it (npm run data:fetch checks them all).',
    );
  }
  return path;
}
