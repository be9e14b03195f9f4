import { partnershipTypeLabels, partnershipTypes, phaseLabels } from '../../domain';
import { type OverlapResult, gapGroups, largestPairCount } from '../../overlap/compute';
import { type OverlapFilter, isOverlapFilterActive } from '../../overlap/facts';
import { diagonalStep, heatLegend, heatStep } from '../../overlap/heat';
import {
  combinationLabel,
  groupLabel,
  groupSingular,
  partnersCount,
  typeInSentence,
  typeShortLabels,
} from '../../overlap/wording';
import type { Block, DocumentModel, Inline, TableCell } from '../model';
import { cell, headCell } from '../tableCells';

/**
 * The overlap view as a report page: what was looked at, both matrices with their heat
 * colours, the gaps and the most common combinations. One landscape page: the type matrix with
 * the counts and combinations beside it, the stakeholder groups below.
 */
export interface OverlapReportInput {
  result: OverlapResult;
  filter: OverlapFilter;
  /** The day the report is made, `YYYY-MM-DD`. */
  date: string;
  /** The coordinator's institution, when its profile is filled in. */
  institution?: string | undefined;
  /** How many combinations to list (most shared first). */
  topCombinations?: number;
}

/** "Phases: Collaboration setup, Maintenance & growth · Countries: Austria". */
export function overlapFilterLine(filter: OverlapFilter): string {
  if (!isOverlapFilterActive(filter)) return 'All active partners (no filters).';
  const parts: string[] = [];
  if (filter.phases.length > 0)
    parts.push(`Phases: ${filter.phases.map((p) => phaseLabels[p]).join(', ')}`);
  if (filter.groups.length > 0)
    parts.push(`Stakeholder groups: ${filter.groups.map((g) => groupLabel(g)).join(', ')}`);
  if (filter.countries.length > 0) parts.push(`Countries: ${filter.countries.join(', ')}`);
  return `${parts.join(' · ')}.`;
}

/** Count cells: the number on its heat colour, empty for zero. */
function countCell(count: number, max: number): TableCell {
  const step = heatStep(count, max);
  return step
    ? cell(count, { fill: step.fill, color: step.text, align: 'center' })
    : cell('', { align: 'center' });
}

function typeMatrix(result: OverlapResult): Block {
  const max = largestPairCount(result.matrix);
  return {
    kind: 'table',
    caption:
      'Partners with both types; the grey diagonal counts the partners with each type. Abbreviated columns follow the order of the rows.',
    dense: true,
    widths: [4.3, ...partnershipTypes.map(() => 1.3)],
    header: [headCell('Type'), ...partnershipTypes.map((t) => headCell(typeShortLabels[t]))],
    rows: partnershipTypes.map((t, i) => [
      headCell(partnershipTypeLabels[t]),
      ...result.matrix[i]!.map((count, j) =>
        i === j
          ? {
              runs: [{ text: String(count), bold: true }],
              fill: diagonalStep.fill,
              align: 'center' as const,
            }
          : countCell(count, max),
      ),
    ]),
  };
}

function groupMatrix(result: OverlapResult): Block {
  const max = Math.max(0, ...result.groups.flatMap((g) => g.counts));
  return {
    kind: 'table',
    caption:
      'Partners of each stakeholder group with each type; empty cells are gaps, groups with no partner are named below.',
    dense: true,
    widths: [6.4, 1.6, ...partnershipTypes.map(() => 1.3)],
    header: [
      headCell('Stakeholder group'),
      headCell('Partners'),
      ...partnershipTypes.map((t) => headCell(typeShortLabels[t])),
    ],
    rows: result.groups
      .filter((g) => g.partners > 0)
      .map((g) => [
        headCell(groupLabel(g.group)),
        cell(g.partners, { align: 'center' }),
        ...g.counts.map((count) => countCell(count, max)),
      ]),
  };
}

export function overlapReport(input: OverlapReportInput): DocumentModel {
  const { result, filter, date } = input;
  const top = result.combinations.slice(0, input.topCombinations ?? 6);
  // One sentence each, however many: group names hold commas, so semicolons part them.
  const gaps: Inline[][] = [];
  const missingGroups = gapGroups(result, filter.groups);
  if (missingGroups.length > 0) {
    gaps.push([
      { text: 'Stakeholder groups with no partner: ', bold: true },
      `${missingGroups.map((g) => groupSingular[g]).join('; ')}.`,
    ]);
  }
  if (result.unusedTypes.length > 0) {
    gaps.push([
      { text: 'Types no partner takes part in: ', bold: true },
      `${result.unusedTypes.map((t) => typeInSentence[t]).join('; ')}.`,
    ]);
  }
  const legend = heatLegend(largestPairCount(result.matrix))
    .map(({ from, to }) => (from === to ? String(from) : `${from}–${to}`))
    .join(', ');

  const counts: Block[] = [
    { kind: 'paragraph', runs: [overlapFilterLine(filter)], tone: 'muted' },
    {
      kind: 'paragraph',
      runs: [
        { text: `${partnersCount(result.total)}: `, bold: true },
        `${result.roles.multi} with several partnership types, ${result.roles.single} with one, ${result.roles.none} with none yet.`,
      ],
    },
    { kind: 'heading', level: 2, text: 'Most common combinations' },
    top.length > 0
      ? {
          kind: 'table',
          dense: true,
          widths: [5, 1.8],
          header: [headCell('Combination of types'), headCell('Partners')],
          rows: top.map((c) => [
            cell(combinationLabel(c.types)),
            cell(c.count, { align: 'right' }),
          ]),
        }
      : { kind: 'paragraph', runs: ['No partner has a partnership type yet.'] },
  ];
  if (result.combinations.length > top.length) {
    const rest = result.combinations.slice(top.length).reduce((sum, c) => sum + c.count, 0);
    counts.push({
      kind: 'paragraph',
      tone: 'small',
      runs: [
        `${result.combinations.length - top.length} more combinations with ${partnersCount(rest)}.`,
      ],
    });
  }

  const blocks: Block[] = [
    {
      kind: 'title',
      text: 'Partnership overlap',
      subtitle: [input.institution, date].filter(Boolean).join(' · '),
    },
    {
      kind: 'columns',
      columns: [
        {
          width: 12.5,
          blocks: [
            { kind: 'heading', level: 1, text: 'Types that go together' },
            typeMatrix(result),
            {
              kind: 'paragraph',
              runs: [
                `Grey diagonal: partners with the type; other cells: partners with both. Colour steps, light to dark: ${legend || 'none'}.`,
              ],
              tone: 'small',
            },
            {
              kind: 'paragraph',
              tone: 'small',
              runs: partnershipTypes.flatMap((t, i) => [
                { text: typeShortLabels[t], bold: true },
                ` ${partnershipTypeLabels[t]}${i < partnershipTypes.length - 1 ? ', ' : '.'}`,
              ]),
            },
          ],
        },
        { width: 5.5, blocks: counts },
      ],
    },
    { kind: 'heading', level: 1, text: 'Stakeholder groups and types' },
    groupMatrix(result),
    ...gaps.map((runs): Block => ({ kind: 'paragraph', runs })),
  ];

  return {
    meta: {
      title: `Partnership overlap ${date}`,
      subject: 'Partnership-type overlap',
      language: 'en',
    },
    footer: { text: `Partnerloom · ${date}`, pageNumbers: { template: 'Page {page} of {pages}' } },
    orientation: 'landscape',
    blocks,
  };
}
