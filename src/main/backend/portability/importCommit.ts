import type { Phase } from '../../../shared/domain';
import { nameKey } from '../../../shared/fold';
import { placeAfter } from '../../../shared/ordering';
import { duplicateReasonLabels, emailKey } from '../../../shared/portability/duplicateKeys';
import type {
  ImportDecision,
  ImportReport,
  SkippedRow,
} from '../../../shared/portability/importContract';
import type { RowRecord } from '../../../shared/portability/rowRecord';
import type { ContactFields } from '../repositories/contactRepository';
import type { PartnerRepositories } from '../repositories/partnerRepositories';
import type { PartnerFields } from '../repositories/partnerRepository';
import type { AnalysedRow } from './importAnalysis';

/**
 * Writes analysed rows through the repositories (so that board cards and the search index are
 * right), in one transaction with derived data rewritten once per partner at the end. New
 * partners go to the top of their column, in the order of the file.
 */

type Plan =
  | { kind: 'skip'; reason: string }
  | { kind: 'new'; record: RowRecord & { partner: PartnerFields } }
  | {
      kind: 'merge';
      record: RowRecord & { partner: PartnerFields };
      into: number | { line: number };
    };

function skipReason(row: AnalysedRow): string {
  const d = row.duplicate;
  if (!d) return 'Skipped.';
  const why = d.reasons.map((r) => duplicateReasonLabels[r]).join(', ');
  return d.target.kind === 'partner'
    ? `Likely already there as “${d.target.name}” (${why}).`
    : `Likely the same as line ${d.target.line} (${why}).`;
}

function plan(row: AnalysedRow, decision: ImportDecision): Plan {
  const record = row.record;
  if (row.problems.length > 0 || !record?.partner) {
    return { kind: 'skip', reason: row.problems.join(' ') || 'The row could not be read.' };
  }
  const ready = record as RowRecord & { partner: PartnerFields };
  if (!row.duplicate || decision === 'import') return { kind: 'new', record: ready };
  if (decision === 'skip') return { kind: 'skip', reason: skipReason(row) };
  const target = row.duplicate.target;
  return {
    kind: 'merge',
    record: ready,
    into: target.kind === 'partner' ? target.id : { line: target.line },
  };
}

/** The partner's fields with the row's filled in where the partner has none. */
function mergedFields(current: PartnerFields, incoming: PartnerFields): PartnerFields {
  const text = (a: string, b: string) => (a === '' ? b : a);
  const notes =
    incoming.notes === '' || current.notes.includes(incoming.notes)
      ? current.notes
      : current.notes === ''
        ? incoming.notes
        : `${current.notes}\n\n${incoming.notes}`;
  return {
    name: current.name,
    stakeholderGroup: current.stakeholderGroup ?? incoming.stakeholderGroup,
    types: [...new Set([...current.types, ...incoming.types])],
    source: current.source ?? incoming.source,
    sector: text(current.sector, incoming.sector),
    country: text(current.country, incoming.country),
    region: text(current.region, incoming.region),
    city: text(current.city, incoming.city),
    address: text(current.address, incoming.address),
    website: text(current.website, incoming.website),
    linkedin: text(current.linkedin, incoming.linkedin),
    size: current.size ?? incoming.size,
    notes: notes.slice(0, 10_000),
    tags: [...new Set([...current.tags, ...incoming.tags])].slice(0, 30),
  };
}

export function commitRows(
  repos: PartnerRepositories,
  rows: readonly AnalysedRow[],
  decisionOf: (line: number) => ImportDecision,
  now: string,
): ImportReport {
  const plans = rows.map((row) => ({ row, plan: plan(row, decisionOf(row.line)) }));

  // Positions for the new partners of each column: above what is there, in file order.
  const positions = new Map<number, number>();
  const newByPhase = new Map<Phase, number[]>();
  for (const { row, plan: p } of plans) {
    if (p.kind !== 'new') continue;
    const phase = p.record.phase ?? 'scouting';
    const lines = newByPhase.get(phase) ?? [];
    lines.push(row.line);
    newByPhase.set(phase, lines);
  }
  for (const [phase, lines] of newByPhase) {
    // Placing at the top looks at the top card only: each new one becomes the next top.
    let top = repos.board.around(phase, 0, null);
    for (const line of [...lines].reverse()) {
      const { position } = placeAfter(top, null);
      top = [{ id: -line, position }];
      positions.set(line, position);
    }
  }

  const skipped: SkippedRow[] = [];
  let imported = 0;
  let merged = 0;
  const partnerOfLine = new Map<number, number>();

  /** Adds the row's contact unless the partner has it already; primary as the row says. */
  const addContact = (partnerId: number, record: RowRecord, isNew: boolean) => {
    const contact: ContactFields | null = record.contact;
    if (!contact) return;
    const existing = isNew ? [] : repos.contacts.list(partnerId);
    const same = existing.find(
      (c) =>
        nameKey(c.name) === nameKey(contact.name) && emailKey(c.email) === emailKey(contact.email),
    );
    const id = same?.id ?? repos.contacts.insert(partnerId, contact, now);
    const hasPrimary = existing.some((c) => c.isPrimary);
    if (record.contactPrimary === true || (!hasPrimary && record.contactPrimary !== false)) {
      repos.contacts.setPrimary(partnerId, id);
    }
  };

  repos.batch(() => {
    for (const { row, plan: p } of plans) {
      if (p.kind === 'skip') {
        skipped.push({ line: row.line, name: row.record?.input.name ?? '', reason: p.reason });
        continue;
      }
      let into: number | undefined =
        p.kind === 'merge'
          ? typeof p.into === 'number'
            ? p.into
            : partnerOfLine.get(p.into.line)
          : undefined;
      if (p.kind === 'merge' && into !== undefined && repos.partners.state(into) !== null) {
        const current = repos.partners.get(into);
        if (current) repos.partners.update(into, mergedFields(current, p.record.partner), now);
        addContact(into, p.record, false);
        partnerOfLine.set(row.line, into);
        merged++;
        continue;
      }
      // A new partner (also a merge whose target row was skipped).
      const phase = p.record.phase ?? 'scouting';
      let position = positions.get(row.line);
      if (position === undefined) {
        position = placeAfter(repos.board.around(phase, 0, null), null).position;
      }
      into = repos.partners.insert({
        fields: p.record.partner,
        phase,
        position,
        phaseEnteredAt: now,
        createdAt: now,
      });
      repos.history.insert(into, null, phase, now);
      if (p.record.archivedAt) repos.partners.setArchivedAt(into, p.record.archivedAt, now);
      addContact(into, p.record, true);
      partnerOfLine.set(row.line, into);
      imported++;
    }
  });
  return { imported, merged, skipped, restored: null };
}
