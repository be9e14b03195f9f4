import { partnershipTypeLabels, partnershipTypes } from '../domain';
import type { OverlapResult } from './compute';
import { combinationLabel, groupLabel } from './wording';

/**
 * The view's three tables as plain rows (header first): what the CSV export writes, in the
 * words the screen uses. Every cell is text or a number; escaping is the writer's job.
 */
export const overlapTables = ['types', 'groups', 'combinations'] as const;
export type OverlapTable = (typeof overlapTables)[number];

/** The whole view as a report page: PDF to hand on, Word to edit further. */
export const overlapReportFormats = ['pdf', 'docx'] as const;
export type OverlapReportFormat = (typeof overlapReportFormats)[number];

export const overlapReportFormatLabels: Record<OverlapReportFormat, string> = {
  pdf: 'Report as PDF',
  docx: 'Report as Word',
};

export const overlapTableTitles: Record<OverlapTable, string> = {
  types: 'Types that go together',
  groups: 'Stakeholder groups and types',
  combinations: 'Combinations of types',
};

export type Row = (string | number)[];

const typeHeaders = partnershipTypes.map((t) => partnershipTypeLabels[t]);

export function overlapTableRows(result: OverlapResult, table: OverlapTable): Row[] {
  switch (table) {
    case 'types':
      return [
        ['Partnership type', ...typeHeaders],
        ...partnershipTypes.map((t, i) => [partnershipTypeLabels[t], ...result.matrix[i]!]),
      ];
    case 'groups':
      return [
        ['Stakeholder group', 'Partners', ...typeHeaders],
        ...result.groups.map((g) => [groupLabel(g.group), g.partners, ...g.counts]),
      ];
    case 'combinations':
      return [
        ['Combination', 'Number of types', 'Partners'],
        ...result.combinations.map((c) => [combinationLabel(c.types), c.types.length, c.count]),
        [],
        ['Partners with several types', '', result.roles.multi],
        ['Partners with one type', '', result.roles.single],
        ['Partners with no type yet', '', result.roles.none],
      ];
  }
}
