/**
 * Reading raw files so that any failure names the file: an unreadable or empty file, or a zip,
 * parquet, workbook or JSON file that cannot be decoded (a corrupt or partial download).
 */
import { readFileSync } from 'node:fs';
import { DataError } from './errors';

export function readRaw(path: string, label: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new DataError(
      label,
      `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  if (!bytes.length) throw new DataError(label, 'the file is empty (0 bytes): download it again');
  return bytes;
}

/** Runs a decoder; anything it throws becomes a DataError naming the file and its format. */
export async function decoding<T>(label: string, format: string, decode: () => T | Promise<T>): Promise<T> {
  try {
    return await decode();
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(
      label,
      `not a readable ${format} file (${(error as Error).message}): a corrupt or partial download?`,
    );
  }
}

export function decodingSync<T>(label: string, format: string, decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(
      label,
      `not a readable ${format} file (${(error as Error).message}): a corrupt or partial download?`,
    );
  }
}

export const readJson = (path: string, label: string): unknown =>
  decodingSync(label, 'JSON', () => JSON.parse(readRaw(path, label).toString('utf8')));
