import { z } from 'zod';
import {
  type PartnershipType,
  type Phase,
  type StakeholderGroup,
  partnershipTypes,
  phases,
  stakeholderGroups,
} from '../domain';
import { createTypeListReader, groupIndex, phaseIndex, typeMask } from '../overlap/facts';

/**
 * What the activity view computes with: every partner that is not deleted (archived ones too,
 * since their history happened) and every phase move. Times are milliseconds since the epoch;
 * moves are grouped by partner, oldest first.
 */
export interface ActivityPartner {
  id: number;
  name: string;
  /** In catalogue order. */
  types: PartnershipType[];
  group: StakeholderGroup | null;
  /** The phase now (for archived partners: the phase they were archived in). */
  phase: Phase;
  createdAt: number;
  archivedAt: number | null;
}

export interface PhaseMove {
  /** Index into `ActivityFacts.partners`. */
  partner: number;
  /** null: the partner's creation. */
  from: Phase | null;
  to: Phase;
  at: number;
}

export interface ActivityFacts {
  /** The backend clock's "now" when the facts were read. */
  now: number;
  partners: ActivityPartner[];
  moves: PhaseMove[];
}

export const activityFilterSchema = z.strictObject({
  types: z.array(z.enum(partnershipTypes)).max(partnershipTypes.length),
  groups: z.array(z.enum(stakeholderGroups)).max(stakeholderGroups.length),
});
export type ActivityFilter = z.output<typeof activityFilterSchema>;

export const emptyActivityFilter: ActivityFilter = { types: [], groups: [] };

export const isActivityFilterActive = (f: ActivityFilter): boolean =>
  f.types.length > 0 || f.groups.length > 0;

/** An empty list means "any"; with types chosen, a partner needs at least one of them. */
export function matchesActivityFilter(p: ActivityPartner, filter: ActivityFilter): boolean {
  return (
    (filter.groups.length === 0 || (p.group !== null && filter.groups.includes(p.group))) &&
    (filter.types.length === 0 || p.types.some((t) => filter.types.includes(t)))
  );
}

/**
 * The facts as they travel from the backend: one array per field, types as bit sets, groups
 * and phases as catalogue indexes, archived time -1 for active partners, move origin -1 for a
 * creation.
 */
export interface ActivityFactsWire {
  now: number;
  ids: number[];
  names: string[];
  types: number[];
  groups: number[];
  phases: number[];
  created: number[];
  archived: number[];
  movePartner: number[];
  moveFrom: number[];
  moveTo: number[];
  moveAt: number[];
}

export function encodeActivityFacts(facts: ActivityFacts): ActivityFactsWire {
  const { partners, moves } = facts;
  return {
    now: facts.now,
    ids: partners.map((p) => p.id),
    names: partners.map((p) => p.name),
    types: partners.map((p) => typeMask(p.types)),
    groups: partners.map((p) => groupIndex(p.group)),
    phases: partners.map((p) => phaseIndex(p.phase)),
    created: partners.map((p) => p.createdAt),
    archived: partners.map((p) => p.archivedAt ?? -1),
    movePartner: moves.map((m) => m.partner),
    moveFrom: moves.map((m) => (m.from === null ? -1 : phaseIndex(m.from))),
    moveTo: moves.map((m) => phaseIndex(m.to)),
    moveAt: moves.map((m) => m.at),
  };
}

export function decodeActivityFacts(wire: ActivityFactsWire): ActivityFacts {
  const typesOf = createTypeListReader();
  const partners = wire.ids.map((id, i): ActivityPartner => {
    const archived = wire.archived[i]!;
    return {
      id,
      name: wire.names[i]!,
      types: typesOf(wire.types[i]!),
      group: stakeholderGroups[wire.groups[i]!] ?? null,
      phase: phases[wire.phases[i]!] ?? 'scouting',
      createdAt: wire.created[i]!,
      archivedAt: archived < 0 ? null : archived,
    };
  });
  const moves = wire.movePartner.map((partner, i): PhaseMove => ({
    partner,
    from: phases[wire.moveFrom[i]!] ?? null,
    to: phases[wire.moveTo[i]!] ?? 'scouting',
    at: wire.moveAt[i]!,
  }));
  return { now: wire.now, partners, moves };
}
