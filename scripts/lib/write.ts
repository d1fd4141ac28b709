/**
 * Publishing the data folder all at once. New files are written into a staging copy of the folder
 * beside it, which becomes the folder by renames only:
 *
 *   <out>.staging/  being written (a crash here leaves <out> as it was; the next run deletes it)
 *   <out>.next/     complete (renamed from staging in one step)
 *   <out> -> <out>.old, <out>.next -> <out>, then <out>.old deleted
 *
 * A kill between the two renames leaves no <out> but a complete <out>.next, which `recoverOutput`
 * (run first by every build) renames into place: the folder is always the old build or the new one.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { DataError } from './errors';

export interface OutputFile {
  /** Path under the output folder, e.g. "absence.json" or "geo/ctyua-2023.topo.json". */
  name: string;
  contents: string;
}

export type PublishStep = 'staged' | 'written' | 'ready' | 'moved-old' | 'moved-new' | 'done';

export interface PublishOptions {
  /** Injected in tests: a disk-full error, or a crash after a step. */
  write?: (path: string, contents: string) => void;
  afterStep?: (step: PublishStep) => void;
}

const siblings = (out: string) => ({ staging: `${out}.staging`, next: `${out}.next`, old: `${out}.old` });

/**
 * Finishes or undoes an interrupted publish, and removes leftovers: a complete `.next` with no
 * folder is moved into place; otherwise staging, next and old copies are deleted. Returns what it did.
 */
export function recoverOutput(out: string): string[] {
  const { staging, next, old } = siblings(out);
  const done: string[] = [];
  if (!existsSync(out) && existsSync(next)) {
    renameSync(next, out);
    done.push(`finished an interrupted update of ${out}`);
  } else if (!existsSync(out) && existsSync(old)) {
    renameSync(old, out);
    done.push(`restored ${out} from an interrupted update`);
  }
  // Temporary files of the earlier per-file writer (name.tmp-PID), anywhere in the folder.
  if (existsSync(out)) {
    for (const entry of readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((n) => /\.tmp-\d+$/.test(n))) {
      rmSync(resolve(out, entry), { force: true });
      done.push(`removed ${resolve(out, entry)} left by an interrupted run`);
    }
  }
  for (const leftover of [staging, next, old]) {
    if (existsSync(leftover)) {
      rmSync(leftover, { recursive: true, force: true });
      done.push(`removed ${leftover} left by an interrupted run`);
    }
  }
  return done;
}

/** Replaces `files` in the folder `out` (other files kept), all or nothing. */
export function publish(out: string, files: readonly OutputFile[], options: PublishOptions = {}): void {
  const write = options.write ?? ((path: string, contents: string) => writeFileSync(path, contents));
  const step = options.afterStep ?? (() => {});
  const { staging, next, old } = siblings(out);
  recoverOutput(out);
  let path = staging;
  try {
    if (existsSync(out)) cpSync(out, staging, { recursive: true });
    else mkdirSync(staging, { recursive: true });
    step('staged');
    for (const file of files) {
      path = resolve(staging, file.name);
      mkdirSync(dirname(path), { recursive: true });
      write(path, file.contents);
    }
    step('written');
    renameSync(staging, next);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    const shown = `${basename(out)}/${relative(staging, path)}`.replace(/\/$/, '');
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOSPC' ? 'no space left on the disk' : (error as Error).message;
    throw new DataError(shown, `could not write the new data (${why}); nothing in ${out} was changed`);
  }
  step('ready');
  if (existsSync(out)) renameSync(out, old);
  step('moved-old');
  renameSync(next, out);
  step('moved-new');
  rmSync(old, { recursive: true, force: true });
  step('done');
}

/** Deterministic JSON: same input, same bytes (keys in insertion order, newline at end). */
export const stableJson = (value: unknown): string => `${JSON.stringify(value)}\n`;
