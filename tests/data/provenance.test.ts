import { describe, expect, it } from 'vitest';
import { captionSources, type Provenance } from '../../src/lib/provenance';
import { SOURCES } from '../../scripts/sources';

const provenanceOf = (...ids: (keyof typeof SOURCES)[]): Provenance => ({
  dataset: 'test',
  steps: [],
  generatedBy: 'test',
  sources: ids.map((id) => SOURCES[id]),
});

describe('The source line under a chart', () => {
  it('names each publisher once and each publication once with its releases, not file by file', () => {
    const line = captionSources([
      provenanceOf('idaci2019UpperTier', 'idaci2019Lsoa'),
      provenanceOf('absenceAnnual', 'absenceTermly', 'ks4La'),
    ]);
    expect(line).toBe(
      'Source: Ministry of Housing, Communities and Local Government: English indices of deprivation 2019 (26 September 2019). ' +
        'Department for Education: Pupil absence in schools in England (Academic year 2024/25); Key stage 4 performance (Academic year 2022/23 (revised)). ' +
        'Contains public sector information licensed under the Open Government Licence v3.0.',
    );
  });
});
