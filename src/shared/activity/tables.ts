import { partnershipTypeLabels, phaseLabels, phases } from '../domain';
import { monthAbbreviations } from '../documents/format';
import { groupLabel } from '../overlap/wording';
import type { Row } from '../overlap/tables';
import { type FunnelResult, type ReachRow, shareOf } from './compute';

/**
 * The activity view's tables as plain rows (header first): what the screen shows beside each
 * chart and what the CSV export writes, in the same words.
 */
export const activityTables = ['phases', 'months', 'stays', 'byType', 'byGroup'] as const;
export type ActivityTable = (typeof activityTables)[number];

export const activityTableTitles: Record<ActivityTable, string> = {
  phases: 'Partners per phase now',
  months: 'Moves per month',
  stays: 'Days per phase',
  byType: 'Reached collaboration by partnership type',
  byGroup: 'Reached collaboration by stakeholder group',
};

/** `2026-03` → "Mar 2026". */
export function monthLabel(key: string): string {
  const [year, month] = key.split('-');
  return `${monthAbbreviations[Number(month) - 1] ?? month} ${year}`;
}

/** Days with at most one decimal: 3, 3.5. */
export const roundDays = (days: number): number => Math.round(days * 10) / 10;

/** "67%", or "–" when there is nobody to share among. */
export function percentText(row: { partners: number; reached: number }): string {
  const share = shareOf(row);
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

/** The share for a spreadsheet: a percentage with one decimal, empty when undefined. */
const percentNumber = (row: ReachRow<unknown>): number | string => {
  const share = shareOf(row);
  return share === null ? '' : Math.round(share * 1000) / 10;
};

export const noTypeLabel = 'No type yet';

export const reachedHeader = 'Reached collaboration';

/** Partners, how many reached collaboration and the share, per row and for all partners. */
function reachRows(
  first: string,
  rows: [label: string, row: ReachRow<unknown>][],
  result: FunnelResult,
): Row[] {
  const line = (label: string, r: ReachRow<unknown>): Row => [
    label,
    r.partners,
    r.reached,
    percentNumber(r),
  ];
  return [
    [first, 'Partners', reachedHeader, 'Share (%)'],
    ...rows.map(([label, r]) => line(label, r)),
    line('All partners', result.reached),
  ];
}

export function activityTableRows(result: FunnelResult, table: ActivityTable): Row[] {
  switch (table) {
    case 'phases':
      return [
        ['Phase', 'Active partners'],
        ...phases.map((p, i) => [phaseLabels[p], result.byPhase[i]!]),
        ['Total', result.active],
      ];
    case 'months':
      return [
        [
          'Month',
          'Partners added',
          ...phases.map((p) => `Moved to ${phaseLabels[p]}`),
          'Forward',
          'Back',
          'All moves',
        ],
        ...result.months.map((m) => [
          monthLabel(m.month),
          m.added,
          ...m.byTarget,
          m.forward,
          m.backward,
          m.forward + m.backward,
        ]),
      ];
    case 'stays':
      return [
        ['Phase', 'Completed stays', 'Median days', 'In the phase now'],
        ...result.stays.map((s) => [
          phaseLabels[s.phase],
          s.completed,
          s.medianDays === null ? '' : roundDays(s.medianDays),
          s.current,
        ]),
      ];
    case 'byType':
      return reachRows(
        'Partnership type',
        result.reachedByType.map((r) => [
          r.key === null ? noTypeLabel : partnershipTypeLabels[r.key],
          r,
        ]),
        result,
      );
    case 'byGroup':
      return reachRows(
        'Stakeholder group',
        result.reachedByGroup.map((r) => [groupLabel(r.key), r]),
        result,
      );
  }
}
