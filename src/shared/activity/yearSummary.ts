import {
  type AgreementKind,
  type InteractionKind,
  type PartnershipType,
  type Phase,
  type StakeholderGroup,
  interactionKinds,
  partnershipTypes,
  phases,
  stakeholderGroups,
} from '../domain';
import { type OverlapResult, computeOverlap } from '../overlap/compute';
import { livePhases, phaseIndex } from '../overlap/facts';
import { machineLocalDate } from '../today/calendar';
import { type ReachRow, completedStays, median, reachedLive } from './compute';
import type { ActivityFacts, ActivityPartner } from './facts';

/**
 * One calendar year of partnership work, for the annual report: who joined, what was signed,
 * which partnerships were running when the year ended (or today, for the current year), the
 * logbook and the funnel. Pure; years are local calendar years.
 */

export interface SignedAgreement {
  partnerName: string;
  kind: AgreementKind;
  reference: string;
  /** `YYYY-MM-DD`. */
  signedOn: string;
  /** `YYYY-MM-DD`; null: open-ended. */
  validUntil: string | null;
}

export interface LoggedInteraction {
  partnerId: number;
  /** `YYYY-MM-DD`. */
  on: string;
  kind: InteractionKind;
}

export interface YearInput {
  facts: ActivityFacts;
  /** Agreements with a signing day (any year). */
  agreements: readonly SignedAgreement[];
  /** Logbook entries (any year). */
  interactions: readonly LoggedInteraction[];
  year: number;
}

export interface YearSummary {
  year: number;
  /** The year is still running: figures "at year end" are as of `now`. */
  partial: boolean;
  /** Local date the "year end" figures refer to, `YYYY-MM-DD`. */
  cutOff: string;
  newPartners: number;
  /** New partners per type (and with none) and how many of them reached collaboration. */
  newByType: ReachRow<PartnershipType | null>[];
  newByGroup: ReachRow<StakeholderGroup | null>[];
  /** Signed that year, oldest first. */
  signed: SignedAgreement[];
  /** Running partnerships at the cut-off, by name. */
  live: ActivityPartner[];
  /** Of the live ones, how many are in each live phase. */
  liveByPhase: Record<'collaboration_setup' | 'maintenance_growth', number>;
  interactions: number;
  /** Distinct partners with at least one interaction that year. */
  interactionPartners: number;
  /** `interactionsByMonth[m][k]`: entries of kind `interactionKinds[k]` in month m (0 = January). */
  interactionsByMonth: number[][];
  interactionsByKind: number[];
  /** Phase changes made that year. */
  forwardMoves: number;
  backwardMoves: number;
  /** Median days of the stays that ended that year, per phase. */
  medianDays: { phase: Phase; completed: number; medianDays: number | null }[];
  /** Of all partners known at the cut-off: how many ever reached collaboration. */
  reachedAll: { partners: number; reached: number };
  /** Of the partners added that year: how many reached collaboration by the cut-off. */
  reachedNew: { partners: number; reached: number };
  /** The type overlap among the running partnerships. */
  overlap: OverlapResult;
}

export function summariseYear(input: YearInput, now: Date): YearSummary {
  const { facts, year } = input;
  const start = new Date(year, 0, 1).getTime();
  const next = new Date(year + 1, 0, 1).getTime();
  const partial = now.getTime() < next;
  // The figures "at year end" of a running year are those of today.
  const cut = partial ? now.getTime() : next - 1;
  const inYear = (ms: number) => ms >= start && ms < next && ms <= cut;
  const yearPrefix = `${year}-`;

  const newByType = [...partnershipTypes, null].map((key) => ({ key, partners: 0, reached: 0 }));
  const newByGroup = [...stakeholderGroups, null].map((key) => ({ key, partners: 0, reached: 0 }));

  // The phase each partner was in at the cut-off, from its history.
  const phaseAtCut: (Phase | null)[] = facts.partners.map(() => null);
  const reachedByCut = facts.partners.map(() => false);
  let forwardMoves = 0;
  let backwardMoves = 0;
  for (const m of facts.moves) {
    if (m.at > cut) continue;
    phaseAtCut[m.partner] = m.to;
    if (m.to === 'collaboration_setup' || m.to === 'maintenance_growth') {
      reachedByCut[m.partner] = true;
    }
    if (m.from !== null && m.from !== m.to && inYear(m.at)) {
      if (phaseIndex(m.to) > phaseIndex(m.from)) forwardMoves++;
      else backwardMoves++;
    }
  }
  const everReached = reachedLive(facts);

  const reachedAll = { partners: 0, reached: 0 };
  const reachedNew = { partners: 0, reached: 0 };
  const live: ActivityPartner[] = [];
  facts.partners.forEach((p, i) => {
    if (p.createdAt > cut) return;
    // A partner without history before the cut-off (an import) counts with the phase it has.
    const phase = phaseAtCut[i] ?? p.phase;
    const reached = reachedByCut[i]! || (phaseAtCut[i] === null && everReached[i]!);
    reachedAll.partners++;
    if (reached) reachedAll.reached++;
    if (inYear(p.createdAt)) {
      reachedNew.partners++;
      if (reached) reachedNew.reached++;
      const typeRows =
        p.types.length === 0
          ? [newByType.at(-1)!]
          : p.types.map((t) => newByType[partnershipTypes.indexOf(t)]!);
      const groupRow =
        newByGroup[
          p.group === null ? stakeholderGroups.length : stakeholderGroups.indexOf(p.group)
        ]!;
      for (const row of [...typeRows, groupRow]) {
        row.partners++;
        if (reached) row.reached++;
      }
    }
    const archivedBefore = p.archivedAt !== null && p.archivedAt <= cut;
    if (!archivedBefore && livePhases.includes(phase)) live.push({ ...p, phase });
  });
  live.sort((a, b) => a.name.localeCompare(b.name));

  const cutOff = machineLocalDate(cut);
  const signed = input.agreements
    .filter((a) => a.signedOn.startsWith(yearPrefix) && a.signedOn <= cutOff)
    .sort((a, b) => a.signedOn.localeCompare(b.signedOn) || a.reference.localeCompare(b.reference));

  const interactionsByMonth = Array.from({ length: 12 }, () => interactionKinds.map(() => 0));
  const interactionsByKind = interactionKinds.map(() => 0);
  let interactions = 0;
  const withInteractions = new Set<number>();
  for (const entry of input.interactions) {
    // Entries dated after the cut-off (a meeting logged ahead) have not happened yet.
    if (!entry.on.startsWith(yearPrefix) || entry.on > cutOff) continue;
    withInteractions.add(entry.partnerId);
    const month = Number(entry.on.slice(5, 7)) - 1;
    const kind = interactionKinds.indexOf(entry.kind);
    interactionsByMonth[month]![kind]!++;
    interactionsByKind[kind]!++;
    interactions++;
  }

  const stays = completedStays(facts.moves, () => true, inYear);

  return {
    year,
    partial,
    cutOff,
    newPartners: reachedNew.partners,
    newByType: newByType.filter((r) => r.key !== null || r.partners > 0),
    newByGroup: newByGroup.filter((r) => r.key !== null || r.partners > 0),
    signed,
    live,
    liveByPhase: {
      collaboration_setup: live.filter((p) => p.phase === 'collaboration_setup').length,
      maintenance_growth: live.filter((p) => p.phase === 'maintenance_growth').length,
    },
    interactions,
    interactionPartners: withInteractions.size,
    interactionsByMonth,
    interactionsByKind,
    forwardMoves,
    backwardMoves,
    medianDays: phases.map((phase, i) => ({
      phase,
      completed: stays[i]!.length,
      medianDays: median(stays[i]!),
    })),
    reachedAll,
    reachedNew,
    overlap: computeOverlap(
      live.map((p) => ({
        id: p.id,
        name: p.name,
        types: p.types,
        group: p.group,
        phase: p.phase,
        country: '',
      })),
    ),
  };
}
