import { z } from 'zod';
import { partnershipTypes } from '../../../shared/domain';
import { nameKey } from '../../../shared/fold';
import type { Db } from '../db/connection';
import { schemaVersion } from '../db/migrate';
import { latestSchemaVersion } from '../db/migrations';
import { AppError } from '../errors';
import type { PartnerRepositories } from '../repositories/partnerRepositories';

/**
 * Everything the coordinator has entered, as one JSON document: the institution profile,
 * partners (with their partnership types and tags), contacts, logbook, phase history,
 * checklist ticks, agreements and the history of generated documents. Rows keep their ids, so
 * references between them survive; keys come in the database's column order and rows in id
 * order, so two exports of the same data are the same text.
 *
 * Left out, because they are rebuilt from the rest: the search index, the partner columns the
 * board card shows (`card_*`, `name_key`). Left out because they describe this computer rather
 * than the person's work: `settings`.
 */

const snapshotFormat = 'partnerloom-export';
const snapshotFormatVersion = 1;

/** Tables in an order that inserts referenced rows first, each with its row order. */
export const snapshotTables = [
  { name: 'institution', orderBy: 'id' },
  { name: 'partners', orderBy: 'id' },
  { name: 'contacts', orderBy: 'id' },
  { name: 'interactions', orderBy: 'id' },
  { name: 'phase_history', orderBy: 'id' },
  { name: 'checklist_state', orderBy: 'partner_id, phase, action_key' },
  { name: 'agreements', orderBy: 'id' },
  { name: 'documents', orderBy: 'id' },
  { name: 'suggestion_dismissals', orderBy: 'partner_id, type' },
] as const;
type SnapshotTable = (typeof snapshotTables)[number]['name'];

/** Tables of the schema that are deliberately not in the export, and why. */
export const tablesNotExported: Record<string, string> = {
  partner_types: 'nested in each partner as `types`',
  partner_tags: 'nested in each partner as `tags`',
  partner_search: 'search index, rebuilt on restore',
  settings: 'settings of this computer',
};

const derivedPartnerColumns = new Set([
  'name_key',
  'card_types',
  'card_primary_contact',
  'card_next_follow_up',
  'card_checklist_done',
  'card_agreement',
]);

type Scalar = string | number | null;
type Row = Record<string, Scalar | string[]>;
type PartnerRow = Record<string, Scalar> & { types: string[]; tags: string[] };

export interface Snapshot {
  format: typeof snapshotFormat;
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  exportedAt: string;
  data: Record<SnapshotTable, Row[]>;
}

function columnsOf(db: Db, table: SnapshotTable): string[] {
  const columns = (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
  return table === 'partners' ? columns.filter((c) => !derivedPartnerColumns.has(c)) : columns;
}

export function createSnapshot(db: Db, appVersion: string, exportedAt: string): Snapshot {
  // One read transaction: every table from the same moment.
  return db.transaction(() => {
    const listsByPartner = (sql: string) => {
      const lists = new Map<number, string[]>();
      for (const r of db.prepare<[], { id: number; value: string }>(sql).all()) {
        const list = lists.get(r.id) ?? [];
        list.push(r.value);
        lists.set(r.id, list);
      }
      return lists;
    };
    const typesOf = listsByPartner('SELECT partner_id AS id, type AS value FROM partner_types');
    const tagsOf = listsByPartner(
      'SELECT partner_id AS id, tag AS value FROM partner_tags ORDER BY partner_id, tag',
    );
    const data = {} as Record<SnapshotTable, Row[]>;
    for (const { name, orderBy } of snapshotTables) {
      const columns = columnsOf(db, name);
      const rows = db
        .prepare<[], Record<string, Scalar>>(
          `SELECT ${columns.join(', ')} FROM ${name} ORDER BY ${orderBy}`,
        )
        .all();
      data[name] =
        name === 'partners'
          ? rows.map((row) => {
              const id = row.id as number;
              const types = new Set(typesOf.get(id));
              return {
                ...row,
                types: partnershipTypes.filter((t) => types.has(t)),
                tags: tagsOf.get(id) ?? [],
              };
            })
          : rows;
    }
    const snapshot: Snapshot = {
      format: snapshotFormat,
      formatVersion: snapshotFormatVersion,
      appVersion,
      schemaVersion: schemaVersion(db),
      exportedAt,
      data,
    };
    return snapshot;
  })();
}

const scalar = z.union([z.string(), z.number(), z.null()]);
const row = z.record(z.string().regex(/^[a-z_]+$/), scalar);
const partnerRow = z
  .object({
    types: z.array(z.enum(partnershipTypes)).max(partnershipTypes.length),
    tags: z.array(z.string().min(1).max(50)).max(30),
  })
  .catchall(scalar);

const snapshotSchema = z.strictObject({
  format: z.literal(snapshotFormat),
  formatVersion: z.literal(snapshotFormatVersion),
  appVersion: z.string().max(50),
  schemaVersion: z.number().int().positive(),
  exportedAt: z.string().max(50),
  data: z.strictObject({
    institution: z.array(row).max(1),
    partners: z.array(partnerRow),
    contacts: z.array(row),
    interactions: z.array(row),
    phase_history: z.array(row),
    checklist_state: z.array(row),
    agreements: z.array(row),
    documents: z.array(row),
    suggestion_dismissals: z.array(row).default([]),
  }),
});

/** Reads and checks a JSON export; a sentence saying what is wrong otherwise. */
export function parseSnapshot(text: string): Snapshot {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('invalid_input', 'This file is not valid JSON, so it cannot be restored.');
  }
  const looksLikeOurs =
    typeof json === 'object' && json !== null && 'format' in json && json.format === snapshotFormat;
  if (!looksLikeOurs) {
    throw new AppError(
      'invalid_input',
      'This JSON file is not a Partnerloom export. Only files made with "Export everything" can be restored.',
    );
  }
  const parsed = snapshotSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'invalid_input',
      `This export is damaged or incomplete (${issue?.path.join('.') ?? 'file'}: ${issue?.message ?? 'unreadable'}). Nothing was changed.`,
    );
  }
  const snapshot = parsed.data as Snapshot;
  if (snapshot.schemaVersion > latestSchemaVersion) {
    throw new AppError(
      'unsupported_database',
      `This export was made by a newer version of Partnerloom (${snapshot.appVersion}). Install that version to restore it. Nothing was changed.`,
    );
  }
  return snapshot;
}

export function snapshotCounts(snapshot: Snapshot): Record<string, number> {
  return Object.fromEntries(snapshotTables.map(({ name }) => [name, snapshot.data[name].length]));
}

/** Null when the database holds none of the coordinator's data; otherwise a sentence. */
export function notEmptyReason(db: Db): string | null {
  const count = (table: string) =>
    db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get() ?? 0;
  const partners = count('partners');
  const other = snapshotTables
    .filter(({ name }) => name !== 'partners')
    .some(({ name }) => count(name) > 0);
  if (partners === 0 && !other) return null;
  const what =
    partners > 0
      ? `${partners} ${partners === 1 ? 'partner' : 'partners'}`
      : 'an institution profile';
  return (
    `This database already holds ${what}. A full export can only be restored into an empty ` +
    'database, so that nothing you have is mixed up or overwritten. Import partners from a ' +
    'CSV file instead, or restore into a new, empty data folder.'
  );
}

/**
 * Writes every row of the export, then rebuilds what is derived from them (name keys, card
 * summaries, the search index). The caller runs it in one transaction with the emptiness
 * check: a row the database refuses rolls everything back.
 */
export function restoreSnapshot(
  db: Db,
  repos: PartnerRepositories,
  snapshot: Snapshot,
): Record<string, number> {
  const reason = notEmptyReason(db);
  if (reason) throw new AppError('conflict', reason);
  const insertType = db.prepare<[number, string]>(
    'INSERT INTO partner_types (partner_id, type) VALUES (?, ?)',
  );
  const insertTag = db.prepare<[number, string]>(
    'INSERT INTO partner_tags (partner_id, tag) VALUES (?, ?)',
  );
  const setNameKey = db.prepare<[string, number]>('UPDATE partners SET name_key = ? WHERE id = ?');
  const partnerIds: number[] = [];
  repos.batch(() => {
    for (const { name } of snapshotTables) {
      const known = new Set(columnsOf(db, name));
      const statements = new Map<string, ReturnType<Db['prepare']>>();
      snapshot.data[name].forEach((raw, index) => {
        const { types, tags, ...values } = raw as PartnerRow;
        const columns = Object.keys(values);
        const unknown = columns.find((c) => !known.has(c));
        if (unknown) {
          throw new AppError(
            'invalid_input',
            `This export has a field this version does not know (${name}.${unknown}). Nothing was changed.`,
          );
        }
        const shape = columns.join(',');
        let insert = statements.get(shape);
        if (!insert) {
          insert = db.prepare(
            `INSERT INTO ${name} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
          );
          statements.set(shape, insert);
        }
        try {
          insert.run(values);
        } catch (error) {
          throw new AppError(
            'invalid_input',
            `Entry ${index + 1} of “${name}” in this export cannot be restored (${(error as Error).message}). Nothing was changed.`,
          );
        }
        if (name === 'partners') {
          const id = Number(values.id);
          setNameKey.run(nameKey(String(values.name ?? '')), id);
          for (const type of types) insertType.run(id, type);
          for (const tag of new Set(tags)) insertTag.run(id, tag);
          partnerIds.push(id);
        }
      });
    }
    // The card summary and the search text draw on contacts, logbook and agreements, so they
    // are rebuilt once every table is in.
    for (const id of partnerIds) {
      repos.board.refresh(id);
      repos.search.reindex(id);
    }
  });
  const dangling = db.pragma('foreign_key_check') as unknown[];
  if (dangling.length > 0) {
    throw new AppError(
      'invalid_input',
      'This export refers to rows it does not contain, so it cannot be restored. Nothing was changed.',
    );
  }
  return snapshotCounts(snapshot);
}
