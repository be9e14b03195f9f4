import { type PartnershipType, type StakeholderGroup, partnershipTypes } from '../domain';
import { groupPlural, typeInSentence } from './wording';

/**
 * Ideas for growing a partnership: types that partners of the same stakeholder group
 * commonly have and this partner does not (yet).
 *
 * "Commonly" means at least `minPeersWith` of the other partners of the group AND at least
 * half of them: two of three other employers is a pattern, one of two is chance. Partners of
 * the group "Other" are too varied to compare, so they get no ideas.
 */
export const suggestionRule = {
  minPeersWith: 2,
  minShare: 0.5,
  max: 3,
  /** Said in the UI beside the ideas. */
  explanation:
    'Types that at least half (and at least two) of the other partners in the same stakeholder group have, and this one does not yet.',
} as const;

export interface Suggestion {
  type: PartnershipType;
  /** Other partners of the group with the type. */
  peersWith: number;
  /** Other partners of the group. */
  peers: number;
  /** "3 of 4 other employers or SMEs also partner with you on mobility". */
  text: string;
}

export interface SuggestionSubject {
  id: number;
  group: StakeholderGroup | null;
  types: readonly PartnershipType[];
}

/**
 * Ranked by how many peers have the type (they all share one group, so this is also the
 * share), then catalogue order; dismissed types are left out before the best `max` are taken.
 */
export function suggestTypes(
  subject: SuggestionSubject,
  partners: readonly {
    id: number;
    group: StakeholderGroup | null;
    types: readonly PartnershipType[];
  }[],
  dismissed: ReadonlySet<PartnershipType> = new Set(),
): Suggestion[] {
  const { group } = subject;
  if (group === null || group === 'other') return [];
  const counts = new Map<PartnershipType, number>();
  let peers = 0;
  for (const p of partners) {
    if (p.id === subject.id || p.group !== group) continue;
    peers++;
    for (const t of p.types) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const has = new Set(subject.types);
  return partnershipTypes
    .filter((t) => !has.has(t) && !dismissed.has(t))
    .map((type) => ({ type, peersWith: counts.get(type) ?? 0 }))
    .filter(
      ({ peersWith }) =>
        peersWith >= suggestionRule.minPeersWith && peersWith >= peers * suggestionRule.minShare,
    )
    .sort((a, b) => b.peersWith - a.peersWith)
    .slice(0, suggestionRule.max)
    .map(({ type, peersWith }) => ({
      type,
      peersWith,
      peers,
      text: `${peersWith} of ${peers} other ${groupPlural[group]} also partner with you on ${typeInSentence[type]}`,
    }));
}

/** What the partner's detail view shows under "Ideas for growing this partnership". */
export interface SuggestionList {
  partnerId: number;
  /** At most three, best first, without the dismissed ones. */
  suggestions: Suggestion[];
  /** How many ideas the coordinator has dismissed for this partner. */
  dismissed: number;
}
