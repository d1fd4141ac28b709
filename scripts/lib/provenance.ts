import type { Provenance, SourceCitation } from '../../src/lib/provenance';
import { SOURCES, type SourceFile, type SourceId } from '../sources';

/** The provenance block for a dataset built from registered sources. */
export function provenanceFor(dataset: string, ids: SourceId[], steps: string[]): Provenance {
  const sources: SourceCitation[] = ids.map((id) => {
    const {
      path: _path,
      pageUrl: _page,
      downloadUrl: _download,
      official: _official,
      expect: _expect,
      ...citation
    } = SOURCES[id] as SourceFile;
    return citation;
  });
  return { dataset, sources, steps, generatedBy: `npm run data:build -- --only ${dataset}` };
}
