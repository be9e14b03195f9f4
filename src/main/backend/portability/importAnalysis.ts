import {
  type DuplicateReason,
  emailKey,
  nameKey,
  websiteDomain,
} from '../../../shared/portability/duplicateKeys';
import type { DuplicateMatch, PreviewRow } from '../../../shared/portability/importContract';
import {
  type ImportMapping,
  importFieldLabels,
  repeatedFields,
} from '../../../shared/portability/importFields';
import { type RowRecord, rowRecord } from '../../../shared/portability/rowRecord';
import type { Db } from '../db/connection';
import type { TableRow } from './readTable';

/**
 * Every row of an imported table checked and compared: what it will become, its problems, and
 * whether it is likely a partner already in the database (same folded name, website domain or
 * contact email) or an earlier row of the same file. Preview and commit run the same analysis,
 * the commit on the database as it is at that moment.
 */

export interface AnalysedRow {
  line: number;
  record: RowRecord | null;
  problems: string[];
  duplicate: DuplicateMatch | null;
}

interface Known {
  id: number;
  name: string;
}

/** Keys of the partners in the database (archived included, "Recently deleted" not). */
function existingKeys(db: Db) {
  const byName = new Map<string, Known>();
  const byDomain = new Map<string, Known>();
  const byEmail = new Map<string, Known>();
  const partners = db
    .prepare<[], Known & { nameKey: string; website: string }>(
      `SELECT id, name, name_key AS nameKey, website FROM partners
       WHERE deleted_at IS NULL ORDER BY id`,
    )
    .all();
  const byId = new Map<number, Known>();
  for (const p of partners) {
    const known = { id: p.id, name: p.name };
    byId.set(p.id, known);
    if (!byName.has(p.nameKey)) byName.set(p.nameKey, known);
    const domain = websiteDomain(p.website);
    if (domain && !byDomain.has(domain)) byDomain.set(domain, known);
  }
  const emails = db
    .prepare<[], { partnerId: number; email: string }>(
      `SELECT partner_id AS partnerId, email FROM contacts WHERE email <> '' ORDER BY id`,
    )
    .all();
  for (const c of emails) {
    const known = byId.get(c.partnerId);
    const key = emailKey(c.email);
    if (known && key && !byEmail.has(key)) byEmail.set(key, known);
  }
  return { byName, byDomain, byEmail };
}

function keysOf(record: RowRecord) {
  return {
    name: record.input.name.trim() === '' ? null : nameKey(record.input.name),
    website: websiteDomain(record.input.website),
    email: record.contact ? emailKey(record.contact.email) : null,
  };
}

/** Why the mapping cannot be imported; null when it can. */
export function mappingProblem(mapping: ImportMapping): string | null {
  if (!mapping.includes('name')) {
    return `Choose the column that holds “${importFieldLabels.name}”.`;
  }
  const repeated = repeatedFields(mapping);
  if (repeated.length > 0) {
    return `“${importFieldLabels[repeated[0]!]}” is chosen for more than one column. Choose it for one only.`;
  }
  return null;
}

/** Each row as a record (null for rows the parser could not read); the costly, pure part. */
export const rowRecords = (rows: readonly TableRow[], mapping: ImportMapping) =>
  rows.map((row) => (row.problem ? null : rowRecord(row.cells, mapping)));

export function analyseRows(
  db: Db,
  rows: readonly TableRow[],
  mapping: ImportMapping,
  records = rowRecords(rows, mapping),
): AnalysedRow[] {
  const existing = existingKeys(db);
  const inFile: Record<DuplicateReason, Map<string, { line: number; name: string }>> = {
    name: new Map(),
    website: new Map(),
    email: new Map(),
  };
  const lookups: Record<DuplicateReason, Map<string, Known>> = {
    name: existing.byName,
    website: existing.byDomain,
    email: existing.byEmail,
  };
  const reasons: DuplicateReason[] = ['name', 'website', 'email'];

  return rows.map((row, index): AnalysedRow => {
    const record = records[index];
    if (row.problem || !record) {
      return { line: row.line, record: null, problems: [row.problem ?? ''], duplicate: null };
    }
    const problems = record.problems.map((p) => `Line ${row.line}: ${p}`);
    const keys = keysOf(record);

    let duplicate: DuplicateMatch | null = null;
    const hits = new Map<number, { known: Known; reasons: DuplicateReason[] }>();
    for (const reason of reasons) {
      const key = keys[reason];
      const known = key ? lookups[reason].get(key) : undefined;
      if (!known) continue;
      const hit = hits.get(known.id) ?? { known, reasons: [] };
      hit.reasons.push(reason);
      hits.set(known.id, hit);
    }
    const best = [...hits.values()].sort((a, b) => b.reasons.length - a.reasons.length)[0];
    if (best) {
      duplicate = {
        target: { kind: 'partner', id: best.known.id, name: best.known.name },
        reasons: best.reasons,
      };
    } else if (problems.length === 0) {
      const earlier = new Map<number, { line: number; name: string; reasons: DuplicateReason[] }>();
      for (const reason of reasons) {
        const key = keys[reason];
        const first = key ? inFile[reason].get(key) : undefined;
        if (!first) continue;
        const hit = earlier.get(first.line) ?? { ...first, reasons: [] };
        hit.reasons.push(reason);
        earlier.set(first.line, hit);
      }
      const first = [...earlier.values()].sort(
        (a, b) => b.reasons.length - a.reasons.length || a.line - b.line,
      )[0];
      if (first) {
        duplicate = {
          target: { kind: 'row', line: first.line, name: first.name },
          reasons: first.reasons,
        };
      }
    }
    if (problems.length === 0) {
      for (const reason of reasons) {
        const key = keys[reason];
        if (key && !inFile[reason].has(key)) {
          inFile[reason].set(key, { line: row.line, name: record.input.name });
        }
      }
    }
    return { line: row.line, record, problems, duplicate };
  });
}

/** What the preview shows of an analysed row. */
export function previewRow(row: AnalysedRow): PreviewRow {
  const r = row.record;
  return {
    line: row.line,
    name: r?.input.name ?? '',
    stakeholderGroup: r?.partner?.stakeholderGroup ?? null,
    types: r?.partner?.types ?? [],
    country: r?.input.country ?? '',
    city: r?.input.city ?? '',
    phase: r?.phase ?? 'scouting',
    contactName: r?.contact?.name ?? '',
    contactEmail: r?.contact?.email ?? '',
    problems: row.problems,
    notices: r?.notices ?? [],
    duplicate: row.duplicate,
  };
}
