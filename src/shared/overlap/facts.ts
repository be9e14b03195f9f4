import { z } from 'zod';
import {
  type PartnershipType,
  type Phase,
  type StakeholderGroup,
  partnershipTypes,
  phases,
  stakeholderGroups,
} from '../domain';
import { text } from '../institution';

/**
 * What the overlap view needs to know of each active partner, and its filters. The maths
 * work on a bit set of types (bit i = `partnershipTypes[i]`), so that a partner's whole
 * combination is one number.
 */
export interface OverlapPartner {
  id: number;
  name: string;
  /** In catalogue order. */
  types: PartnershipType[];
  group: StakeholderGroup | null;
  phase: Phase;
  country: string;
}

export const overlapFilterSchema = z.strictObject({
  phases: z.array(z.enum(phases)).max(phases.length),
  groups: z.array(z.enum(stakeholderGroups)).max(stakeholderGroups.length),
  countries: z.array(text(100, 'A country')).max(300),
});
export type OverlapFilter = z.output<typeof overlapFilterSchema>;

export const emptyOverlapFilter: OverlapFilter = { phases: [], groups: [], countries: [] };

/** The partnerships that are running: agreed and being worked on, or growing. */
export const livePhases: readonly Phase[] = ['collaboration_setup', 'maintenance_growth'];

export const isOverlapFilterActive = (f: OverlapFilter): boolean =>
  f.phases.length > 0 || f.groups.length > 0 || f.countries.length > 0;

/** An empty list in the filter means "any". Countries compare trimmed, as the board shows them. */
export function filterOverlapPartners(
  partners: readonly OverlapPartner[],
  filter: OverlapFilter,
): OverlapPartner[] {
  if (!isOverlapFilterActive(filter)) return [...partners];
  const phaseSet = new Set(filter.phases);
  const groupSet = new Set(filter.groups);
  const countrySet = new Set(filter.countries.map((c) => c.trim()));
  return partners.filter(
    (p) =>
      (phaseSet.size === 0 || phaseSet.has(p.phase)) &&
      (groupSet.size === 0 || (p.group !== null && groupSet.has(p.group))) &&
      (countrySet.size === 0 || countrySet.has(p.country.trim())),
  );
}

const typeBit = new Map(partnershipTypes.map((t, i) => [t, 1 << i]));

export function typeMask(types: readonly PartnershipType[]): number {
  let mask = 0;
  for (const t of types) mask |= typeBit.get(t) ?? 0;
  return mask;
}

export function typesOfMask(mask: number): PartnershipType[] {
  return partnershipTypes.filter((_, i) => (mask & (1 << i)) !== 0);
}

export function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}

/**
 * The facts of many partners as they travel from the backend: one array per field, types as
 * bit sets, groups and phases as catalogue indexes, countries as indexes into a list of the
 * distinct ones. A third of the size of a list of objects, so 10,000 partners arrive and
 * parse in a fraction of the time.
 */
export interface OverlapFactsWire {
  ids: number[];
  names: string[];
  /** Bit i = `partnershipTypes[i]`. */
  types: number[];
  /** Index into `stakeholderGroups`, or -1 for none. */
  groups: number[];
  /** Index into `phases`. */
  phases: number[];
  countryList: string[];
  /** Index into `countryList`. */
  countries: number[];
}

const groupIndexes = new Map<StakeholderGroup, number>(stakeholderGroups.map((g, i) => [g, i]));
const phaseIndexes = new Map<Phase, number>(phases.map((p, i) => [p, i]));

/** Catalogue index of a group, -1 for none: how groups travel in the compact facts. */
export const groupIndex = (group: StakeholderGroup | null): number =>
  group === null ? -1 : groupIndexes.get(group)!;

export const phaseIndex = (phase: Phase): number => phaseIndexes.get(phase)!;

/**
 * Type lists from bit sets, each built once: partners share a few dozen combinations. The
 * lists answered are shared and must not be changed.
 */
export function createTypeListReader(): (mask: number) => PartnershipType[] {
  const typeLists = new Map<number, PartnershipType[]>();
  return (mask) => {
    let types = typeLists.get(mask);
    if (!types) {
      types = typesOfMask(mask);
      typeLists.set(mask, types);
    }
    return types;
  };
}

export function encodeOverlapFacts(partners: readonly OverlapPartner[]): OverlapFactsWire {
  const countryIndexes = new Map<string, number>();
  const wire: OverlapFactsWire = {
    ids: [],
    names: [],
    types: [],
    groups: [],
    phases: [],
    countryList: [],
    countries: [],
  };
  for (const p of partners) {
    let country = countryIndexes.get(p.country);
    if (country === undefined) {
      country = wire.countryList.push(p.country) - 1;
      countryIndexes.set(p.country, country);
    }
    wire.ids.push(p.id);
    wire.names.push(p.name);
    wire.types.push(typeMask(p.types));
    wire.groups.push(groupIndex(p.group));
    wire.phases.push(phaseIndex(p.phase));
    wire.countries.push(country);
  }
  return wire;
}

export function decodeOverlapFacts(wire: OverlapFactsWire): OverlapPartner[] {
  const typesOf = createTypeListReader();
  return wire.ids.map((id, i) => {
    return {
      id,
      name: wire.names[i]!,
      types: typesOf(wire.types[i]!),
      group: stakeholderGroups[wire.groups[i]!] ?? null,
      phase: phases[wire.phases[i]!] ?? 'scouting',
      country: wire.countryList[wire.countries[i]!] ?? '',
    };
  });
}
