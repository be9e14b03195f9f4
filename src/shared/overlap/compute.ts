import {
  type PartnershipType,
  type StakeholderGroup,
  partnershipTypeLabels,
  partnershipTypes,
  stakeholderGroups,
} from '../domain';
import { type OverlapPartner, bitCount, typeMask, typesOfMask } from './facts';
import { combinationLabel, groupLabel } from './wording';

/**
 * The overlap of partnership types among a set of partners: which types go together, which
 * exact combinations partners have, and which kinds of organisation give which kinds of
 * cooperation. Pure and linear in the number of partners.
 */

export interface Combination {
  /** In catalogue order; never empty. */
  types: PartnershipType[];
  count: number;
}

export interface GroupRow {
  /** null: partners whose stakeholder group is not recorded. */
  group: StakeholderGroup | null;
  /** Partners of the group, with or without a type. */
  partners: number;
  /** Per type, in catalogue order: partners of the group with that type. */
  counts: number[];
}

export interface OverlapResult {
  /** Partners looked at (after filters). */
  total: number;
  /**
   * `matrix[i][j]`: partners with both `partnershipTypes[i]` and `[j]`; the diagonal counts
   * the partners with that type.
   */
  matrix: number[][];
  /** Every combination partners actually have, most shared first. */
  combinations: Combination[];
  roles: { multi: number; single: number; none: number };
  /** Every stakeholder group in catalogue order, then "no group" when some partner has none. */
  groups: GroupRow[];
  /** Groups (other than "Other") with no partner at all. */
  missingGroups: StakeholderGroup[];
  /** Types no partner has. */
  unusedTypes: PartnershipType[];
  /** How many distinct types at least one partner has. */
  typesInUse: number;
}

const typeCount = partnershipTypes.length;
const groupIndex = new Map(stakeholderGroups.map((g, i) => [g, i]));

export function computeOverlap(partners: readonly OverlapPartner[]): OverlapResult {
  const matrix = partnershipTypes.map(() => new Array<number>(typeCount).fill(0));
  const byMask = new Map<number, number>();
  // One row per group, plus the "no group" row at the end.
  const groupRows = [...stakeholderGroups, null].map((group): GroupRow => ({
    group,
    partners: 0,
    counts: new Array<number>(typeCount).fill(0),
  }));
  const roles = { multi: 0, single: 0, none: 0 };

  for (const p of partners) {
    const mask = typeMask(p.types);
    const row = groupRows[p.group === null ? stakeholderGroups.length : groupIndex.get(p.group)!]!;
    row.partners++;
    const n = bitCount(mask);
    if (n === 0) {
      roles.none++;
      continue;
    }
    if (n === 1) roles.single++;
    else roles.multi++;
    byMask.set(mask, (byMask.get(mask) ?? 0) + 1);
    for (let i = 0; i < typeCount; i++) {
      if ((mask & (1 << i)) === 0) continue;
      row.counts[i]!++;
      const mi = matrix[i]!;
      for (let j = 0; j < typeCount; j++) if ((mask & (1 << j)) !== 0) mi[j]!++;
    }
  }

  const combinations = [...byMask]
    .map(([mask, count]) => ({ mask, count, types: typesOfMask(mask) }))
    .sort(
      (a, b) =>
        b.count - a.count || a.types.length - b.types.length || compareMasks(a.mask, b.mask),
    )
    .map(({ types, count }) => ({ types, count }));

  const noGroup = groupRows[stakeholderGroups.length]!;
  return {
    total: partners.length,
    matrix,
    combinations,
    roles,
    groups: noGroup.partners > 0 ? groupRows : groupRows.slice(0, -1),
    missingGroups: stakeholderGroups.filter(
      (g, i) => g !== 'other' && groupRows[i]!.partners === 0,
    ),
    unusedTypes: partnershipTypes.filter((_, i) => matrix[i]![i] === 0),
    typesInUse: partnershipTypes.filter((_, i) => matrix[i]![i]! > 0).length,
  };
}

/** Catalogue order of the lowest differing type, so that ties read like the type list. */
function compareMasks(a: number, b: number): number {
  const lowest = (a ^ b) & -(a ^ b);
  return (a & lowest) !== 0 ? -1 : 1;
}

/** Largest off-diagonal count of the matrix (0 when no partner has two types). */
export function largestPairCount(matrix: readonly (readonly number[])[]): number {
  let max = 0;
  matrix.forEach((row, i) =>
    row.forEach((v, j) => {
      if (i !== j && v > max) max = v;
    }),
  );
  return max;
}

/** A part of the view that stands for a set of partners: a cell, a bar or a count. */
export type OverlapSelection =
  /** Partners with both types; the same type twice: partners with that type. */
  | { kind: 'pair'; a: PartnershipType; b: PartnershipType }
  /** Partners with exactly these types. */
  | { kind: 'combination'; types: PartnershipType[] }
  | { kind: 'roles'; roles: 'multi' | 'single' | 'none' }
  /** Partners of the group with the type; without a type: all partners of the group. */
  | { kind: 'group'; group: StakeholderGroup | null; type: PartnershipType | null };

export function matchesSelection(p: OverlapPartner, s: OverlapSelection): boolean {
  switch (s.kind) {
    case 'pair':
      return p.types.includes(s.a) && p.types.includes(s.b);
    case 'combination':
      return typeMask(p.types) === typeMask(s.types) && s.types.length > 0;
    case 'roles': {
      const n = p.types.length;
      return s.roles === 'none' ? n === 0 : s.roles === 'single' ? n === 1 : n >= 2;
    }
    case 'group':
      return p.group === s.group && (s.type === null || p.types.includes(s.type));
  }
}

export const partnersInSelection = (
  partners: readonly OverlapPartner[],
  selection: OverlapSelection,
): OverlapPartner[] => partners.filter((p) => matchesSelection(p, selection));

/** What a selection stands for, in words ("Training + Funding", "Employer or SME · Mobility"). */
export function selectionLabel(s: OverlapSelection): string {
  switch (s.kind) {
    case 'pair':
      return s.a === s.b
        ? partnershipTypeLabels[s.a]
        : `${partnershipTypeLabels[s.a]} + ${partnershipTypeLabels[s.b]}`;
    case 'combination':
      return `Exactly ${combinationLabel(s.types)}`;
    case 'roles':
      return s.roles === 'multi'
        ? 'Several roles (2 or more types)'
        : s.roles === 'single'
          ? 'One role (1 type)'
          : 'No partnership type yet';
    case 'group':
      return s.type === null
        ? groupLabel(s.group)
        : `${groupLabel(s.group)} · ${partnershipTypeLabels[s.type]}`;
  }
}

/**
 * The groups worth naming as gaps: with a stakeholder-group filter, the groups left out are
 * empty by choice, not gaps.
 */
export function gapGroups(
  result: OverlapResult,
  groupFilter: readonly StakeholderGroup[],
): StakeholderGroup[] {
  return result.missingGroups.filter((g) => groupFilter.length === 0 || groupFilter.includes(g));
}
