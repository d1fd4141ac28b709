/** data/subgroups.json (absence by pupil characteristic), validated once where it enters the build. */
import subgroupsJson from '../../data/subgroups.json';
import type { Provenance } from '../lib/provenance';
import { subgroupsFileSchema } from './subgroups-columns';

export const subgroupsFile = subgroupsFileSchema.parse(subgroupsJson);
export const subgroupsProvenance = subgroupsFile.provenance as Provenance;
