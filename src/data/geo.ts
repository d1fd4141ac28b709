/**
 * data/geo/*.topo.json: the boundary topologies, validated on first use. Imported for build-time use; browsers
 * fetch /geo/<vintage>.topo.json.
 */
import topo2019 from '../../data/geo/ctyua-2019.topo.json';
import topo2022 from '../../data/geo/ctyua-2022.topo.json';
import topo2023 from '../../data/geo/ctyua-2023.topo.json';
import type { Objects, Topology } from 'topojson-specification';
import { z } from 'zod';
import type { Vintage } from '../config/boundaries';
import { codeSchema } from './schema';

const topologies: Record<Vintage, unknown> = { 'ctyua-2019': topo2019, 'ctyua-2022': topo2022, 'ctyua-2023': topo2023 };
const named = z.object({ type: z.string(), id: codeSchema, properties: z.object({ name: z.string() }) }).passthrough();
const topologySchema = z
  .object({
    type: z.literal('Topology'),
    objects: z.object({
      las: z.object({ type: z.literal('GeometryCollection'), geometries: z.array(named) }),
      regions: z.object({ type: z.literal('GeometryCollection'), geometries: z.array(named).length(9) }),
    }),
    arcs: z.array(z.any()),
  })
  .passthrough();

/** Features carry only a name; typed so the topology works with topojson-client and topojson-simplify alike. */
export type AreaTopology = Topology<Objects<{ name: string }>>;
const checked = new Map<Vintage, AreaTopology>();

/** The boundary topology of a vintage (objects `las` and `regions`; feature id = GSS code, properties { name }). */
export function topologyFor(vintage: Vintage): AreaTopology {
  if (!checked.has(vintage)) checked.set(vintage, topologySchema.parse(topologies[vintage]) as unknown as AreaTopology);
  return checked.get(vintage)!;
}
