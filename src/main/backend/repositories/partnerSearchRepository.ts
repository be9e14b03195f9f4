import type { z } from 'zod';
import { fold, foldedWords } from '../../../shared/fold';
import type { partnerFilterSchema } from '../../../shared/partner';
import type { Db } from '../db/connection';
import { deferredPerPartner } from './deferredPerPartner';

export type PartnerFilterValues = z.output<typeof partnerFilterSchema>;

/**
 * The FTS5 expression for what the coordinator typed: every word must occur as the start of
 * a word of the partner's text. Each word is folded, reduced to letters and digits and
 * quoted, so no user text ever reaches FTS5's query syntax (`"`, `*`, `AND`, `NEAR(` are
 * plain text or separators here). Null when nothing searchable is left.
 */
export function toMatchExpression(text: string): string | null {
  const words = foldedWords(text);
  return words.length === 0 ? null : words.map((w) => `"${w}"*`).join(' AND ');
}

/**
 * The text a partner is found by: name, notes, sector, place, tags, contacts (name, email,
 * role) and the logbook (summaries and next steps). Kept in `partner_search` (migration 2).
 */
const documentSql = `
  SELECT p.name || ' ' || p.notes || ' ' || p.sector || ' ' || p.city || ' ' || p.region
    || ' ' || coalesce((SELECT group_concat(tag, ' ') FROM partner_tags
                        WHERE partner_id = p.id), '')
    || ' ' || coalesce((SELECT group_concat(name || ' ' || email || ' ' || role, ' ')
                        FROM contacts WHERE partner_id = p.id), '')
    || ' ' || coalesce((SELECT group_concat(summary || ' ' || next_step, ' ')
                        FROM interactions WHERE partner_id = p.id), '') AS body
  FROM partners p WHERE p.id = ?`;

type FilterKey = 'text' | 'types' | 'groups' | 'countries' | 'overdue';

/** One condition per active filter; array values arrive as one JSON parameter. */
const conditions: Record<FilterKey, string> = {
  text: 'p.id IN (SELECT rowid FROM partner_search WHERE partner_search MATCH @match)',
  types: `EXISTS (SELECT 1 FROM partner_types t WHERE t.partner_id = p.id
            AND t.type IN (SELECT value FROM json_each(@types)))`,
  groups: 'p.stakeholder_group IN (SELECT value FROM json_each(@groups))',
  countries: 'p.country IN (SELECT value FROM json_each(@countries))',
  // The earliest open next step is overdue exactly when any open next step is.
  overdue: 'p.card_next_follow_up < @today',
};

export function createPartnerSearchRepository(db: Db) {
  const selectDocument = db.prepare<[number], { body: string }>(documentSql);
  const deleteEntry = db.prepare<[number]>('DELETE FROM partner_search WHERE rowid = ?');
  const insertEntry = db.prepare<[number, string]>(
    'INSERT INTO partner_search (rowid, body) VALUES (?, ?)',
  );
  // At most 2^5 shapes of the filter query; each is prepared once, on first use.
  const findStatements = new Map<string, ReturnType<typeof prepareFind>>();

  function prepareFind(keys: FilterKey[]) {
    const where = ['p.archived_at IS NULL', ...keys.map((k) => conditions[k])].join(' AND ');
    return db
      .prepare<[Record<string, string>], number>(`SELECT p.id FROM partners p WHERE ${where}`)
      .pluck();
  }

  const entries = deferredPerPartner((partnerId) => {
    const row = selectDocument.get(partnerId);
    deleteEntry.run(partnerId);
    if (row) insertEntry.run(partnerId, fold(row.body));
  });

  return {
    /** Rewrites the partner's entry from its current rows; call inside the write's transaction. */
    reindex: entries.update,

    /** Runs `fn`, rewriting each touched partner's entry once at its end (bulk writes). */
    batch: entries.batch,

    remove(partnerId: number): void {
      deleteEntry.run(partnerId);
    },

    /** Ids of active partners matching every given filter, ascending. */
    find(filter: PartnerFilterValues): number[] {
      const keys: FilterKey[] = [];
      const params: Record<string, string> = {};
      const match = toMatchExpression(filter.text);
      if (match !== null) {
        keys.push('text');
        params.match = match;
      }
      if (filter.types.length > 0) {
        keys.push('types');
        params.types = JSON.stringify(filter.types);
      }
      if (filter.groups.length > 0) {
        keys.push('groups');
        params.groups = JSON.stringify(filter.groups);
      }
      if (filter.countries.length > 0) {
        keys.push('countries');
        params.countries = JSON.stringify(filter.countries);
      }
      if (filter.overdueOnly) {
        keys.push('overdue');
        params.today = filter.today;
      }
      const shape = keys.join(',');
      let statement = findStatements.get(shape);
      if (!statement) {
        statement = prepareFind(keys);
        findStatements.set(shape, statement);
      }
      return statement.all(params).sort((a, b) => a - b);
    },
  };
}

export type PartnerSearchRepository = ReturnType<typeof createPartnerSearchRepository>;
