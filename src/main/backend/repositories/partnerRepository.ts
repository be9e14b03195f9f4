import type { z } from 'zod';
import { type PartnershipType, type Phase, partnershipTypes } from '../../../shared/domain';
import { nameKey } from '../../../shared/fold';
import type {
  ArchivedPartner,
  DeletedPartner,
  Partner,
  partnerInputSchema,
} from '../../../shared/partner';
import { atomically } from '../db/atomically';
import type { Db } from '../db/connection';
import type { BoardRepository } from './boardRepository';
import type { PartnerSearchRepository } from './partnerSearchRepository';
import { writeWithDerived } from './writeWithDerived';

/** The editable fields, as the schema hands them over (trimmed, types in catalogue order). */
export type PartnerFields = z.output<typeof partnerInputSchema>;

export interface NewPartner {
  fields: PartnerFields;
  phase: Phase;
  position: number;
  phaseEnteredAt: string;
  createdAt: string;
}

/** What a move or an archive decision needs to know, without loading everything. */
export type PartnerState = Pick<
  Partner,
  'id' | 'name' | 'phase' | 'position' | 'archivedAt' | 'createdAt'
>;

/** What the `partners` row holds of a partner; types and tags live in their own tables. */
type PartnerRow = Omit<Partner, 'types' | 'tags'>;

const rowColumns = `id, name, stakeholder_group AS stakeholderGroup, source, sector, country,
  region, city, address, website, linkedin, size, notes, phase, position,
  phase_entered_at AS phaseEnteredAt, archived_at AS archivedAt, created_at AS createdAt,
  updated_at AS updatedAt`;

const fieldParams = (f: PartnerFields) => ({
  name: f.name,
  nameKey: nameKey(f.name),
  stakeholderGroup: f.stakeholderGroup,
  source: f.source,
  sector: f.sector,
  country: f.country,
  region: f.region,
  city: f.city,
  address: f.address,
  website: f.website,
  linkedin: f.linkedin,
  size: f.size,
  notes: f.notes,
});

export function createPartnerRepository(
  db: Db,
  search: PartnerSearchRepository,
  board: BoardRepository,
) {
  const selectRow = db.prepare<[number], PartnerRow>(
    `SELECT ${rowColumns} FROM partners WHERE id = ? AND deleted_at IS NULL`,
  );
  const selectState = db.prepare<[number], PartnerState>(
    `SELECT id, name, phase, position, archived_at AS archivedAt, created_at AS createdAt
     FROM partners WHERE id = ? AND deleted_at IS NULL`,
  );
  const selectDeletedState = db.prepare<[number], PartnerState>(
    `SELECT id, name, phase, position, archived_at AS archivedAt, created_at AS createdAt
     FROM partners WHERE id = ? AND deleted_at IS NOT NULL`,
  );
  const selectTypes = db
    .prepare<[number], PartnershipType>('SELECT type FROM partner_types WHERE partner_id = ?')
    .pluck();
  const selectTags = db
    .prepare<[number], string>('SELECT tag FROM partner_tags WHERE partner_id = ?')
    .pluck();
  const insertRow = db.prepare<[ReturnType<typeof fieldParams> & Omit<NewPartner, 'fields'>]>(`
    INSERT INTO partners (name, name_key, stakeholder_group, source, sector, country, region,
      city, address, website, linkedin, size, notes, phase, position, phase_entered_at,
      created_at, updated_at)
    VALUES (@name, @nameKey, @stakeholderGroup, @source, @sector, @country, @region,
      @city, @address, @website, @linkedin, @size, @notes, @phase, @position, @phaseEnteredAt,
      @createdAt, @createdAt)`);
  const updateRow = db.prepare<[ReturnType<typeof fieldParams> & { id: number; now: string }]>(`
    UPDATE partners SET name = @name, name_key = @nameKey, stakeholder_group = @stakeholderGroup,
      source = @source, sector = @sector, country = @country, region = @region, city = @city,
      address = @address,
      website = @website, linkedin = @linkedin, size = @size, notes = @notes, updated_at = @now
    WHERE id = @id`);
  const deleteTypes = db.prepare<[number]>('DELETE FROM partner_types WHERE partner_id = ?');
  const insertType = db.prepare<[number, PartnershipType]>(
    'INSERT INTO partner_types (partner_id, type) VALUES (?, ?)',
  );
  const deleteTags = db.prepare<[number]>('DELETE FROM partner_tags WHERE partner_id = ?');
  const insertTag = db.prepare<[number, string]>(
    'INSERT INTO partner_tags (partner_id, tag) VALUES (?, ?)',
  );
  const touchRow = db.prepare<[string, number]>('UPDATE partners SET updated_at = ? WHERE id = ?');
  const placeRow = db.prepare<[Phase, number, string, number]>(
    'UPDATE partners SET phase = ?, position = ?, updated_at = ? WHERE id = ?',
  );
  const enterPhaseRow = db.prepare<[string, number]>(
    'UPDATE partners SET phase_entered_at = ? WHERE id = ?',
  );
  const archiveRow = db.prepare<[string | null, string, number]>(
    'UPDATE partners SET archived_at = ?, updated_at = ? WHERE id = ?',
  );
  const deleteRow = db.prepare<[number]>('DELETE FROM partners WHERE id = ?');
  const deletedAtRow = db.prepare<[string | null, string, number]>(
    'UPDATE partners SET deleted_at = ?, updated_at = ? WHERE id = ?',
  );
  const selectDeleted = db.prepare<[], DeletedPartner>(
    `SELECT id, name, stakeholder_group AS stakeholderGroup, phase, archived_at AS archivedAt,
       deleted_at AS deletedAt
     FROM partners WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC`,
  );
  const selectDeletedBefore = db
    .prepare<[string], number>('SELECT id FROM partners WHERE deleted_at < ?')
    .pluck();
  const selectArchived = db.prepare<[], ArchivedPartner>(
    `SELECT id, name, stakeholder_group AS stakeholderGroup, phase, archived_at AS archivedAt
     FROM partners WHERE archived_at IS NOT NULL AND deleted_at IS NULL
     ORDER BY archived_at DESC, id DESC`,
  );
  const selectSameName = db.prepare<
    [{ key: string; excludeId: number | null }],
    { id: number; name: string; archived: number }
  >(
    `SELECT id, name, archived_at IS NOT NULL AS archived FROM partners
     WHERE name_key = @key AND deleted_at IS NULL AND (@excludeId IS NULL OR id <> @excludeId)
     ORDER BY id`,
  );

  const written = writeWithDerived(db, board, search);

  function writeTypesAndTags(id: number, fields: PartnerFields): void {
    deleteTypes.run(id);
    for (const type of new Set(fields.types)) insertType.run(id, type);
    deleteTags.run(id);
    for (const tag of new Set(fields.tags)) insertTag.run(id, tag);
  }

  return {
    get(id: number): Partner | null {
      const row = selectRow.get(id);
      if (!row) return null;
      const types = new Set(selectTypes.all(id));
      return {
        ...row,
        types: partnershipTypes.filter((t) => types.has(t)),
        tags: selectTags.all(id).sort((a, b) => a.localeCompare(b)),
      };
    },

    state(id: number): PartnerState | null {
      return selectState.get(id) ?? null;
    },

    insert(partner: NewPartner): number {
      return atomically(db, () => {
        const { fields, ...place } = partner;
        const id = Number(insertRow.run({ ...fieldParams(fields), ...place }).lastInsertRowid);
        writeTypesAndTags(id, fields);
        board.refresh(id);
        search.reindex(id);
        return id;
      });
    },

    /** Replaces every editable field, the types and the tags. */
    update(id: number, fields: PartnerFields, now: string): void {
      written(id, () => {
        updateRow.run({ ...fieldParams(fields), id, now });
        writeTypesAndTags(id, fields);
      });
    },

    /** Records that something logged about the partner changed. */
    touch(id: number, now: string): void {
      touchRow.run(now, id);
    },

    /** Moves the card; its checklist count follows the phase. */
    place(id: number, phase: Phase, position: number, now: string): void {
      atomically(db, () => {
        placeRow.run(phase, position, now, id);
        board.refresh(id);
      });
    },

    setPhaseEnteredAt(id: number, at: string): void {
      enterPhaseRow.run(at, id);
    },

    /** Archives (a timestamp) or restores (null); phase and position stay as they were. */
    setArchivedAt(id: number, archivedAt: string | null, now: string): void {
      archiveRow.run(archivedAt, now, id);
    },

    /** Deletes the partner and, by cascade, everything logged about it. */
    remove(id: number): void {
      atomically(db, () => {
        deleteRow.run(id);
        search.remove(id);
      });
    },

    /** A partner in "Recently deleted", or null (not there, or not deleted). */
    deletedState(id: number): PartnerState | null {
      return selectDeletedState.get(id) ?? null;
    },

    /** Moves the partner to "Recently deleted" (a timestamp) or back to the archive (null). */
    setDeletedAt(id: number, deletedAt: string | null, now: string): void {
      deletedAtRow.run(deletedAt, now, id);
    },

    listDeleted(): DeletedPartner[] {
      return selectDeleted.all();
    },

    /** Removes for good every partner deleted before `cutoff`; answers how many. */
    purgeDeletedBefore(cutoff: string): number {
      return atomically(db, () => {
        const ids = selectDeletedBefore.all(cutoff);
        for (const id of ids) {
          deleteRow.run(id);
          search.remove(id);
        }
        return ids.length;
      });
    },

    listArchived(): ArchivedPartner[] {
      return selectArchived.all();
    },

    findSameName(name: string, excludeId: number | null) {
      return selectSameName
        .all({ key: nameKey(name), excludeId })
        .map((r) => ({ id: r.id, name: r.name, archived: r.archived === 1 }));
    },
  };
}

export type PartnerRepository = ReturnType<typeof createPartnerRepository>;
