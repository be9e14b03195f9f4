import {
  partnershipTypeLabels,
  phaseLabels,
  interactionKindLabels,
  interactionKinds,
} from '../../domain';
import { agreementKindShort } from '../../agreement';
import { type YearSummary } from '../../activity/yearSummary';
import { monthLabel, noTypeLabel, percentText, roundDays } from '../../activity/tables';
import { monthKey } from '../../activity/compute';
import { gapGroups } from '../../overlap/compute';
import { combinationLabel, groupLabel, groupSingular, typeInSentence } from '../../overlap/wording';
import { type Catalogue, catalogues, fill } from '../catalogue';
import { formatDate } from '../format';
import type { Block, DocumentModel, Inline } from '../model';
import { cell, headCell } from '../tableCells';

/**
 * The year's partnership activity on a few A4 pages, for the board, quality reviewers and
 * funders: the key figures in sentences first, then the tables behind them.
 */
export interface AnnualReportInput {
  summary: YearSummary;
  /** The day the report is made, `YYYY-MM-DD`. */
  date: string;
  /** The coordinator's institution, when its profile is filled in. */
  institution?: string | undefined;
  /** How many running partnerships to name before "and N more". */
  liveListCap?: number;
  /** How many type combinations to list. */
  topCombinations?: number;
}

const right = { align: 'right' } as const;
const numberHead = (text: string) => headCell(text, right);
const numberCell = (n: number) => cell(n, right);
const totalCell = (n: number) => headCell(n, right);

export function annualReport(
  input: AnnualReportInput,
  catalogue: Catalogue = catalogues.en,
): DocumentModel {
  const { summary: s, date } = input;
  const w = catalogue.annualReport;
  const lang = catalogue.language;
  const year = String(s.year);
  const n = (noun: keyof typeof w.counted, count: number) =>
    fill(w.counted[noun][count === 0 ? 'none' : count === 1 ? 'one' : 'many'], {
      n: String(count),
    });
  const day = (iso: string) => formatDate(iso, lang);
  const when = s.partial ? fill(w.today, { cutOff: day(s.cutOff) }) : w.yearEnd;
  const liveCount = s.live.length;
  const title = fill(w.title, { year });
  const blocks: Block[] = [
    {
      kind: 'title',
      text: title,
      subtitle: [input.institution, day(date)].filter(Boolean).join(' · '),
    },
  ];
  if (s.partial) {
    blocks.push({
      kind: 'paragraph',
      tone: 'muted',
      runs: [fill(w.partialNote, { cutOff: day(s.cutOff) })],
    });
  }

  // Summary: the figures a reader needs if they read nothing else.
  const summary: string[] = [
    fill(w.summaryAdded, {
      year,
      who: input.institution ?? w.summaryWhoFallback,
      newPartners: n('newPartner', s.newPartners),
      agreements: n('agreement', s.signed.length),
    }),
    liveCount === 0
      ? fill(w.summaryNoneLive, { when })
      : fill(w.summaryLive, {
          when,
          live: n('partnershipWas', liveCount),
          setup: String(s.liveByPhase.collaboration_setup),
          growth: String(s.liveByPhase.maintenance_growth),
        }),
    s.interactions === 0
      ? fill(w.interactionsNone, { year })
      : fill(w.summaryInteractions, {
          interactions: n('interaction', s.interactions),
          partners: n('partner', s.interactionPartners),
        }),
  ];
  if (s.reachedNew.partners > 0) {
    summary.push(
      fill(w.summaryReached, {
        year,
        reached: String(s.reachedNew.reached),
        partners: String(s.reachedNew.partners),
        share: percentText(s.reachedNew),
      }),
    );
  }
  blocks.push(
    { kind: 'heading', level: 1, text: w.summaryHeading },
    { kind: 'paragraph', runs: [summary.join(' ')] },
  );

  // New partners.
  blocks.push({ kind: 'heading', level: 1, text: w.newHeading });
  if (s.newPartners === 0) {
    blocks.push({ kind: 'paragraph', runs: [fill(w.newNone, { year })] });
  } else {
    const reachTable = (
      caption: string,
      column: string,
      rows: { label: string; partners: number; reached: number }[],
    ): Block => ({
      kind: 'table',
      caption,
      widths: [5, 1.6, 2],
      header: [headCell(column), numberHead(w.newColumn), numberHead(w.reachedColumn)],
      rows: [
        ...rows
          .filter((r) => r.partners > 0)
          .map((r) => [cell(r.label), numberCell(r.partners), numberCell(r.reached)]),
        [headCell(w.total), totalCell(s.reachedNew.partners), totalCell(s.reachedNew.reached)],
      ],
    });
    blocks.push(
      reachTable(
        w.newByTypeCaption,
        w.typeColumn,
        s.newByType.map((r) => ({
          ...r,
          label: r.key === null ? noTypeLabel : partnershipTypeLabels[r.key],
        })),
      ),
      { kind: 'paragraph', tone: 'small', runs: [w.newTypeNote] },
      reachTable(
        w.newByGroupCaption,
        w.groupColumn,
        s.newByGroup.map((r) => ({ ...r, label: groupLabel(r.key) })),
      ),
    );
  }

  // Agreements signed.
  blocks.push({ kind: 'heading', level: 1, text: w.signedHeading });
  blocks.push(
    s.signed.length === 0
      ? { kind: 'paragraph', runs: [fill(w.signedNone, { year })] }
      : {
          kind: 'table',
          caption: w.signedCaption,
          widths: [4, 1, 2.9, 2.3, 2.3],
          header: [
            headCell(w.partnerColumn),
            headCell(w.kindColumn),
            headCell(w.referenceColumn),
            headCell(w.signedOnColumn),
            headCell(w.expiresColumn),
          ],
          rows: s.signed.map((a) => [
            cell(a.partnerName),
            cell(agreementKindShort[a.kind]),
            cell(a.reference),
            cell(day(a.signedOn)),
            cell(a.validUntil === null ? w.openEnded : day(a.validUntil)),
          ]),
        },
  );

  // Running partnerships.
  blocks.push({ kind: 'heading', level: 1, text: w.liveHeading });
  if (liveCount === 0) {
    blocks.push({ kind: 'paragraph', runs: [w.liveNone] });
  } else {
    const cap = input.liveListCap ?? 40;
    blocks.push(
      {
        kind: 'paragraph',
        runs: [fill(w.liveIntro, { when, live: n('partnershipWas', liveCount) })],
      },
      {
        kind: 'table',
        caption: w.liveCaption,
        dense: true,
        widths: [4.5, 2.5, 4],
        header: [headCell(w.partnerColumn), headCell(w.phaseColumn), headCell(w.groupColumn)],
        rows: s.live
          .slice(0, cap)
          .map((p) => [cell(p.name), cell(phaseLabels[p.phase]), cell(groupLabel(p.group))]),
      },
    );
    if (liveCount > cap) {
      blocks.push({
        kind: 'paragraph',
        tone: 'small',
        runs: [fill(w.liveMore, { more: String(liveCount - cap) })],
      });
    }
  }

  // Interactions.
  blocks.push({ kind: 'heading', level: 1, text: w.interactionsHeading });
  if (s.interactions === 0) {
    blocks.push({ kind: 'paragraph', runs: [fill(w.interactionsNone, { year })] });
  } else {
    const lastMonth = s.partial ? Number(s.cutOff.slice(5, 7)) : 12;
    blocks.push({
      kind: 'table',
      caption: w.interactionsCaption,
      dense: true,
      widths: [2.4, ...interactionKinds.map(() => 1.3), 1.3],
      header: [
        headCell(w.monthColumn),
        ...interactionKinds.map((k) => numberHead(interactionKindLabels[k])),
        numberHead(w.total),
      ],
      rows: [
        ...s.interactionsByMonth
          .slice(0, lastMonth)
          .map((counts, m) => [
            cell(monthLabel(monthKey(s.year, m))),
            ...counts.map(numberCell),
            numberCell(counts.reduce((a, b) => a + b, 0)),
          ]),
        [headCell(w.total), ...s.interactionsByKind.map(totalCell), totalCell(s.interactions)],
      ],
    });
  }

  // Funnel.
  blocks.push(
    { kind: 'heading', level: 1, text: w.funnelHeading },
    {
      kind: 'paragraph',
      runs: [
        [
          fill(w.funnelMoves, {
            forward: n('move', s.forwardMoves),
            backward: n('move', s.backwardMoves),
          }),
          fill(w.funnelReached, {
            when,
            reached: String(s.reachedAll.reached),
            partners: String(s.reachedAll.partners),
            share: percentText(s.reachedAll),
          }),
        ].join(' '),
      ],
    },
    {
      kind: 'table',
      caption: w.staysCaption,
      widths: [4, 2, 2],
      header: [headCell(w.phaseColumn), numberHead(w.staysColumn), numberHead(w.medianColumn)],
      rows: s.medianDays.map((row) => [
        cell(phaseLabels[row.phase]),
        numberCell(row.completed),
        cell(row.medianDays === null ? '–' : roundDays(row.medianDays), right),
      ]),
    },
    { kind: 'paragraph', tone: 'small', runs: [w.staysNote] },
  );

  // Overlap among the running partnerships, in the overlap view's words.
  blocks.push({ kind: 'heading', level: 1, text: w.overlapHeading });
  const overlap = s.overlap;
  if (liveCount === 0 || overlap.combinations.length === 0) {
    blocks.push({ kind: 'paragraph', runs: [liveCount === 0 ? w.liveNone : w.overlapNone] });
  } else {
    const top = overlap.combinations.slice(0, input.topCombinations ?? 5);
    blocks.push(
      { kind: 'paragraph', runs: [fill(w.overlapIntro, { live: n('running', liveCount) })] },
      {
        kind: 'table',
        caption: w.combinationsCaption,
        widths: [6, 1.6],
        header: [headCell(w.combinationColumn), numberHead(w.partnersColumn)],
        rows: top.map((c) => [cell(combinationLabel(c.types)), numberCell(c.count)]),
      },
    );
    const gaps = gapGroups(overlap, []);
    const lines: Inline[][] = [];
    if (gaps.length > 0) {
      lines.push([
        { text: w.gapsLabel, bold: true },
        `${gaps.map((g) => groupSingular[g]).join('; ')}.`,
      ]);
    }
    if (overlap.unusedTypes.length > 0) {
      lines.push([
        { text: w.unusedLabel, bold: true },
        `${overlap.unusedTypes.map((t) => typeInSentence[t]).join('; ')}.`,
      ]);
    }
    blocks.push(...lines.map((runs): Block => ({ kind: 'paragraph', runs })));
  }

  return {
    meta: {
      title,
      subject: w.subject,
      language: lang,
      ...(input.institution ? { author: input.institution } : {}),
    },
    footer: {
      text: input.institution ? fill(w.footer, { institution: input.institution, year }) : title,
      pageNumbers: { template: catalogue.pageNumbers },
    },
    orientation: 'portrait',
    blocks,
  };
}
