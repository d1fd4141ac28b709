/**
 * data/neighbours.json: DfE's statistical neighbour groups (May 2025 model, and the April 2021 model for
 * comparison), each LA and neighbour as a GSS code. DfE numbers LAs with old 3-digit codes; these map
 * through DfE's LA list (geography/las.csv) to the code in force when the model was published, or, for
 * a former LA kept under "Old SNs:", to the last code it held. An unknown number stops the build.
 */
import type { NeighboursFile } from '../../src/data/neighbours';
import { readNeighbourGroups, CLOSENESS, type NeighbourGroup } from '../adapters/statistical-neighbours';
import { laCodeFor, readLaLookup } from '../adapters/lait-areas';
import { DataError } from '../lib/errors';
import { requireRaw } from '../lib/data-dir';
import type { Loader } from '../lib/loader';
import { provenanceFor } from '../lib/provenance';
import { stableJson } from '../lib/write';
import { SOURCES, type SourceId } from '../sources';

/** Each model, with the academic year whose LA codes it uses (the year it was published in). */
const MODELS: { id: string; source: SourceId; year: string }[] = [
  { id: 'may-2025', source: 'statisticalNeighbours2025', year: '2024/25' },
  { id: 'april-2021', source: 'statisticalNeighbours2021', year: '2020/21' },
];

type Lookup = ReturnType<typeof readLaLookup>;

function gssOf(lookup: Lookup, laNumber: number, year: string, at: { file: string; who: string }): string {
  const periods = lookup.get(laNumber);
  if (!periods)
    throw new DataError(at.file, `LA number ${laNumber} (${at.who}) is not in DfE's LA list (${SOURCES.las.path})`);
  const latest = [...periods].sort((a, b) => b.from.getTime() - a.from.getTime())[0];
  return (laCodeFor(periods, year) ?? latest).code;
}

export function modelGroups(groups: NeighbourGroup[], lookup: Lookup, year: string, file: string) {
  const seen = new Set<string>();
  return groups.map((g) => {
    const code = gssOf(lookup, g.laNumber, year, { file, who: g.name });
    if (seen.has(code))
      throw new DataError(file, `${g.name} (LA number ${g.laNumber}) maps to ${code}, already used by another row`);
    seen.add(code);
    const neighbours = g.neighbours.map((n, k): [string, number] => [
      gssOf(lookup, n.laNumber, year, { file, who: `neighbour ${k + 1} of ${g.name}` }),
      CLOSENESS.indexOf(n.closeness),
    ]);
    return { code, name: g.name, laNumber: g.laNumber, former: g.former, neighbours };
  });
}

const loader: Loader = {
  output: 'neighbours.json',
  sources: [...MODELS.map((m) => m.source), 'las'],
  async build(dir) {
    const lookup = readLaLookup(requireRaw(SOURCES.las, dir), SOURCES.las.path);
    const models: NeighboursFile['models'] = [];
    for (const m of MODELS) {
      const source = SOURCES[m.source];
      const groups = await readNeighbourGroups(requireRaw(source, dir), source.path);
      models.push({ id: m.id, release: source.release, groups: modelGroups(groups, lookup, m.year, source.path) });
    }
    const provenance = provenanceFor('neighbours.json', loader.sources, [
      'Read each LA\'s 10 statistical neighbours, nearest first, with DfE\'s closeness band, from sheet "LA SN Groups" (closeness spelling normalised).',
      "Mapped DfE's 3-digit LA numbers to GSS codes with DfE's LA list: the code in force in the academic year the model was published, else (a former LA) the last code it held.",
      'Kept the former LAs DfE lists under "Old SNs:" (flagged former); an LA with no neighbours in a model ("-") has an empty list.',
    ]);
    return stableJson({ provenance, closeness: CLOSENESS, models });
  },
};
export default loader;
