/** data/deprivation.json: IDACI 2019 and 2025 per DfE LA code (stub until the IoD adapters land). */
import type { Loader } from '../lib/loader';
import { provenanceFor } from '../lib/provenance';
import { stableJson } from '../lib/write';

const loader: Loader = {
  output: 'deprivation.json',
  sources: ['idaci2019UpperTier'],
  build() {
    return stableJson({ provenance: provenanceFor('deprivation.json', loader.sources, ['Stub.']), rows: [], weights: {} });
  },
};
export default loader;
