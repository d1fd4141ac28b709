/** The committed data/ files must be exactly what the loaders make from the raw files. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/lib/data-dir';
import { LOADERS } from '../../scripts/loaders/index';
import { describeWithRaw } from '../helpers/raw-data';

for (const loader of LOADERS) {
  describeWithRaw(loader.sources, `data/${loader.output}`, (dir) => {
    it('is byte-for-byte what the pipeline rebuilds from the raw files', async () => {
      const rebuilt = await loader.build(dir);
      const committed = readFileSync(resolve(PROJECT_ROOT, 'data', loader.output), 'utf8');
      expect(rebuilt === committed, `data/${loader.output} is stale: run npm run data:build and commit it`).toBe(true);
    }, 120_000);
  });
}
