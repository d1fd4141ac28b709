/**
 * A data loader makes one output file in data/ from registered raw sources (Observable-style:
 * one module per output, named after it). The runner (scripts/build-data.ts) handles missing
 * inputs, atomic writes and the --check mode.
 */
import type { SourceId } from '../sources';

export interface Loader {
  /** File name under data/, e.g. "absence.json". */
  output: string;
  /** Raw inputs it reads; all must be present for it to run. */
  sources: SourceId[];
  /** Raw files read only to validate the inputs (e.g. which LA codes exist each year); not cited, must be present. */
  checks?: SourceId[];
  /** Reads, validates and transforms; returns the file contents. Throws DataError on bad input. */
  build(dataDir: string): string | Promise<string>;
}
