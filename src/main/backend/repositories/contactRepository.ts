import type { z } from 'zod';
import type { Contact, contactInputSchema } from '../../../shared/partner';
import { atomically } from '../db/atomically';
import type { Db } from '../db/connection';
import type { BoardRepository } from './boardRepository';
import type { PartnerSearchRepository } from './partnerSearchRepository';
import { writeWithDerived } from './writeWithDerived';

export type ContactFields = z.output<typeof contactInputSchema>;
type StoredFields = Omit<ContactFields, 'isPrimary'>;

/** SQLite has no booleans: the primary flag is read as 0 or 1. */
type ContactRow = Omit<Contact, 'isPrimary'> & { isPrimary: number };

const toContact = (r: ContactRow): Contact => ({ ...r, isPrimary: r.isPrimary === 1 });

/**
 * Contacts of a partner. The primary flag is not written here with the other fields:
 * `setPrimary` moves it in two steps (clear, then set) because the partial unique index
 * `contacts_one_primary` would refuse a second primary for even a moment.
 */
export function createContactRepository(
  db: Db,
  search: PartnerSearchRepository,
  board: BoardRepository,
) {
  const columns =
    'id, partner_id AS partnerId, name, role, email, phone, linkedin, is_primary AS isPrimary';
  const selectAll = db.prepare<[number], ContactRow>(
    `SELECT ${columns} FROM contacts WHERE partner_id = ? ORDER BY id`,
  );
  const selectOne = db.prepare<[number, number], ContactRow>(
    `SELECT ${columns} FROM contacts WHERE partner_id = ? AND id = ?`,
  );
  const selectOldest = db
    .prepare<[number, number], number>(
      'SELECT id FROM contacts WHERE partner_id = ? AND id <> ? ORDER BY created_at, id LIMIT 1',
    )
    .pluck();
  const insertRow = db.prepare<[StoredFields & { partnerId: number; now: string }]>(`
    INSERT INTO contacts (partner_id, name, role, email, phone, linkedin, is_primary,
      created_at, updated_at)
    VALUES (@partnerId, @name, @role, @email, @phone, @linkedin, 0, @now, @now)`);
  const updateRow = db.prepare<[StoredFields & { id: number; now: string }]>(`
    UPDATE contacts SET name = @name, role = @role, email = @email, phone = @phone,
      linkedin = @linkedin, updated_at = @now
    WHERE id = @id`);
  const deleteRow = db.prepare<[number]>('DELETE FROM contacts WHERE id = ?');
  const clearPrimary = db.prepare<[number]>(
    'UPDATE contacts SET is_primary = 0 WHERE partner_id = ? AND is_primary = 1',
  );
  const markPrimary = db.prepare<[number]>('UPDATE contacts SET is_primary = 1 WHERE id = ?');
  const written = writeWithDerived(db, board, search);

  const fieldsOf = ({ name, role, email, phone, linkedin }: ContactFields): StoredFields => ({
    name,
    role,
    email,
    phone,
    linkedin,
  });

  return {
    list(partnerId: number): Contact[] {
      return selectAll.all(partnerId).map(toContact);
    },

    /** The contact, if it belongs to this partner. */
    get(partnerId: number, id: number): Contact | null {
      const row = selectOne.get(partnerId, id);
      return row ? toContact(row) : null;
    },

    /** The longest-known contact (other than `exceptId`): the one that inherits the primary flag. */
    oldestId(partnerId: number, exceptId = 0): number | null {
      return selectOldest.get(partnerId, exceptId) ?? null;
    },

    insert(partnerId: number, fields: ContactFields, now: string): number {
      return written(partnerId, () =>
        Number(insertRow.run({ ...fieldsOf(fields), partnerId, now }).lastInsertRowid),
      );
    },

    update(partnerId: number, id: number, fields: ContactFields, now: string): void {
      written(partnerId, () => updateRow.run({ ...fieldsOf(fields), id, now }));
    },

    remove(partnerId: number, id: number): void {
      written(partnerId, () => deleteRow.run(id));
    },

    /** Makes `id` the only primary contact of the partner (null: none). */
    setPrimary(partnerId: number, id: number | null): void {
      atomically(db, () => {
        clearPrimary.run(partnerId);
        if (id !== null) markPrimary.run(id);
        board.refresh(partnerId);
      });
    },
  };
}

export type ContactRepository = ReturnType<typeof createContactRepository>;
