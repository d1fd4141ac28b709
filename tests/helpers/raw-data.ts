/**
 * Tests that read raw files from the data mirror. Without the mirror they are skipped with the
 * reason printed; with CI=true a missing file fails instead, so CI can never pass by skipping.
 */
import { describe, it } from 'vitest';
import { dataDir, hasRaw } from '../../scripts/lib/data-dir';
import { SOURCES, type SourceId } from '../../scripts/sources';

export function describeWithRaw(ids: SourceId[], name: string, body: (dir: string) => void) {
  const dir = dataDir([]);
  const missing = ids.filter((id) => !hasRaw(SOURCES[id], dir)).map((id) => SOURCES[id].path);
  if (!missing.length) return describe(name, () => body(dir));
  if (process.env.CI === 'true') {
    return describe(name, () => it('has its raw files (CI=true never skips)', () => {
      throw new Error(`raw file(s) missing in ${dir}: ${missing.join(', ')}`);
    }));
  }
  console.warn(`skipped "${name}": raw file(s) missing in ${dir}: ${missing.join(', ')} (set DATA_MIRROR to run it)`);
  // Vitest runs a skipped suite's body while collecting it: never run one that reads missing files.
  describe.skip(name, () => it(`needs ${missing.join(', ')}`));
}
