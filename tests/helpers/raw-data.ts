/**
 * Tests that read raw files from the data mirror. Without the mirror they are skipped with the
 * reason printed; with CI=true a missing file fails instead, so CI can never pass by skipping.
 * A skipped suite's body is never run (vitest runs a `describe.skip` body while collecting), so a
 * body may read raw files at its top level.
 */
import { describe, it } from 'vitest';
import { dataDir, hasRaw } from '../../scripts/lib/data-dir';
import { SOURCES, type SourceId } from '../../scripts/sources';

/** Printed when a suite is skipped; tests/data/fresh-clone.test.ts looks for it. */
export const SKIP_PREFIX = 'skipped (raw data missing)';

export function describeWithRaw(ids: SourceId[], name: string, body: (dir: string) => void) {
  const dir = dataDir();
  const missing = ids.filter((id) => !hasRaw(SOURCES[id], dir)).map((id) => SOURCES[id].path);
  if (!missing.length) return describe(name, () => body(dir));
  const reason = `raw file(s) missing in ${dir}: ${missing.join(', ')}`;
  if (process.env.CI === 'true') {
    return describe(name, () =>
      it('has its raw files (CI=true never skips)', () => {
        throw new Error(reason);
      }),
    );
  }
  console.warn(`${SKIP_PREFIX} "${name}": ${reason} (set DATA_MIRROR to run it)`);
  describe.skip(name, () => it(`needs the data mirror: ${reason}`, () => {}));
}
