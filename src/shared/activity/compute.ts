import {
  type PartnershipType,
  type Phase,
  type StakeholderGroup,
  partnershipTypes,
  phases,
  stakeholderGroups,
} from '../domain';
import { livePhases, phaseIndex } from '../overlap/facts';
import {
  type ActivityFacts,
  type ActivityFilter,
  type PhaseMove,
  matchesActivityFilter,
} from './facts';

/**
 * The partnership funnel: where partners are now, how they moved over the last twelve
 * months, how long they stay in each phase and how many reached a working partnership. Pure
 * and linear in partners and moves; months are calendar months in the local time zone of the
 * machine that runs it (the coordinator's).
 */

const dayMs = 86_400_000;

/** How many calendar months the moves chart covers, the current one included. */
export const monthsShown = 12;

export interface MonthRow {
  /** `YYYY-MM`. */
  month: string;
  /** Moves into each phase, in phase order (creations not included). */
  byTarget: number[];
  /** Moves to a later phase, and back to an earlier one. */
  forward: number;
  backward: number;
  /** Partners added that month. */
  added: number;
}

export interface StayRow {
  phase: Phase;
  /** Completed stays: the partner entered the phase and later left it. */
  completed: number;
  /** Median length of the completed stays in days; null without any. */
  medianDays: number | null;
  /** Active partners in the phase now: their stay is still running and not counted. */
  current: number;
}

export interface ReachRow<K> {
  key: K;
  partners: number;
  /** Partners that ever entered Collaboration setup or Maintenance & growth. */
  reached: number;
}

export interface FunnelResult {
  /** Partners looked at after the filter: active and archived. */
  partners: number;
  active: number;
  archived: number;
  /** Active partners per phase now, in phase order. */
  byPhase: number[];
  /** The last `monthsShown` calendar months, oldest first. */
  months: MonthRow[];
  /** Phase changes in those months (creations not included). */
  movesInWindow: number;
  stays: StayRow[];
  reached: ReachRow<'all'>;
  /** Every type in catalogue order, then partners with no type when there are any. */
  reachedByType: ReachRow<PartnershipType | null>[];
  /** Every group in catalogue order, then partners with no group when there are any. */
  reachedByGroup: ReachRow<StakeholderGroup | null>[];
}

/** Share as a fraction, null when there is nobody to share among. */
export const shareOf = (row: { partners: number; reached: number }): number | null =>
  row.partners === 0 ? null : row.reached / row.partners;

/** The middle value (mean of the two middle ones for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const monthKey = (year: number, month: number): string =>
  `${year}-${String(month + 1).padStart(2, '0')}`;

/** Local calendar month of a time, as a count of months since year 0. */
const monthNumber = (ms: number): number => {
  const d = new Date(ms);
  return d.getFullYear() * 12 + d.getMonth();
};

const isLive = new Set<Phase>(livePhases);

/** Moves grouped by partner, oldest first (the repository's order; sorted here if not). */
function inPartnerOrder(moves: readonly PhaseMove[]): readonly PhaseMove[] {
  for (let i = 1; i < moves.length; i++) {
    const a = moves[i - 1]!;
    const b = moves[i]!;
    if (b.partner < a.partner || (b.partner === a.partner && b.at < a.at)) {
      return [...moves].sort((x, y) => x.partner - y.partner || x.at - y.at);
    }
  }
  return moves;
}

/**
 * Completed stays per phase, in days: a partner's stay in a phase runs from the move into it to
 * its next move. `endsIn` chooses stays by the time they ended (all when omitted).
 */
export function completedStays(
  moves: readonly PhaseMove[],
  included: (partner: number) => boolean,
  endsIn?: (at: number) => boolean,
): number[][] {
  const stays = phases.map((): number[] => []);
  const ordered = inPartnerOrder(moves);
  for (let i = 1; i < ordered.length; i++) {
    const prev = ordered[i - 1]!;
    const move = ordered[i]!;
    if (prev.partner !== move.partner || !included(move.partner)) continue;
    if (endsIn && !endsIn(move.at)) continue;
    stays[phaseIndex(prev.to)]!.push((move.at - prev.at) / dayMs);
  }
  return stays;
}

/** Partners (by index) that ever entered a live phase, by their history or where they are now. */
export function reachedLive(facts: ActivityFacts): boolean[] {
  const reached = facts.partners.map((p) => isLive.has(p.phase));
  for (const m of facts.moves) if (isLive.has(m.to)) reached[m.partner] = true;
  return reached;
}

export function computeFunnel(
  facts: ActivityFacts,
  now: Date,
  filter: ActivityFilter,
): FunnelResult {
  const included = facts.partners.map((p) => matchesActivityFilter(p, filter));
  const reached = reachedLive(facts);

  const byPhase = phases.map(() => 0);
  let active = 0;
  let archived = 0;
  const all: ReachRow<'all'> = { key: 'all', partners: 0, reached: 0 };
  const byType = partnershipTypes.map((key): ReachRow<PartnershipType | null> => ({
    key,
    partners: 0,
    reached: 0,
  }));
  const noType: ReachRow<PartnershipType | null> = { key: null, partners: 0, reached: 0 };
  const byGroup = stakeholderGroups.map((key): ReachRow<StakeholderGroup | null> => ({
    key,
    partners: 0,
    reached: 0,
  }));
  const noGroup: ReachRow<StakeholderGroup | null> = { key: null, partners: 0, reached: 0 };
  const count = (row: ReachRow<unknown>, hit: boolean) => {
    row.partners++;
    if (hit) row.reached++;
  };

  const last = monthNumber(now.getTime());
  const first = last - monthsShown + 1;
  const months = Array.from({ length: monthsShown }, (_, i): MonthRow => {
    const n = first + i;
    return {
      month: monthKey(Math.floor(n / 12), n % 12),
      byTarget: phases.map(() => 0),
      forward: 0,
      backward: 0,
      added: 0,
    };
  });
  const monthOf = (ms: number): MonthRow | undefined => months[monthNumber(ms) - first];

  facts.partners.forEach((p, i) => {
    if (!included[i]) return;
    const hit = reached[i]!;
    if (p.archivedAt === null) {
      active++;
      byPhase[phaseIndex(p.phase)]!++;
    } else {
      archived++;
    }
    count(all, hit);
    if (p.types.length === 0) count(noType, hit);
    for (const t of p.types) count(byType[partnershipTypes.indexOf(t)]!, hit);
    count(p.group === null ? noGroup : byGroup[stakeholderGroups.indexOf(p.group)]!, hit);
    const month = monthOf(p.createdAt);
    if (month) month.added++;
  });

  let movesInWindow = 0;
  for (const m of facts.moves) {
    if (m.from === null || m.from === m.to || !included[m.partner]) continue;
    const month = monthOf(m.at);
    if (!month) continue;
    movesInWindow++;
    month.byTarget[phaseIndex(m.to)]!++;
    if (phaseIndex(m.to) > phaseIndex(m.from)) month.forward++;
    else month.backward++;
  }

  const stays = completedStays(facts.moves, (i) => included[i]!);

  return {
    partners: active + archived,
    active,
    archived,
    byPhase,
    months,
    movesInWindow,
    stays: phases.map((phase, i) => ({
      phase,
      completed: stays[i]!.length,
      medianDays: median(stays[i]!),
      current: byPhase[i]!,
    })),
    reached: all,
    reachedByType: noType.partners > 0 ? [...byType, noType] : byType,
    reachedByGroup: noGroup.partners > 0 ? [...byGroup, noGroup] : byGroup,
  };
}
