import type { DocumentRecord } from '../../../shared/documentHistory';
import type { Db } from '../db/connection';

export type NewDocumentRecord = Omit<DocumentRecord, 'id'>;

const columns = `id, partner_id AS partnerId, agreement_id AS agreementId, kind, format,
  file_name AS fileName, saved_path AS savedPath, checksum, created_at AS createdAt`;

/** The history of generated documents: one row per file written. */
export function createDocumentRepository(db: Db) {
  const insertRow = db.prepare<[NewDocumentRecord]>(`
    INSERT INTO documents (partner_id, agreement_id, kind, format, file_name, saved_path,
      checksum, created_at)
    VALUES (@partnerId, @agreementId, @kind, @format, @fileName, @savedPath, @checksum,
      @createdAt)`);
  const selectForPartner = db.prepare<[number], DocumentRecord>(
    `SELECT ${columns} FROM documents WHERE partner_id = ? ORDER BY created_at DESC, id DESC`,
  );
  const selectOne = db.prepare<[number], DocumentRecord>(
    `SELECT ${columns} FROM documents WHERE id = ?`,
  );

  return {
    insert: (record: NewDocumentRecord): DocumentRecord => {
      const id = Number(insertRow.run(record).lastInsertRowid);
      return { ...record, id };
    },
    /** Newest first. */
    list: (partnerId: number): DocumentRecord[] => selectForPartner.all(partnerId),
    get: (id: number): DocumentRecord | null => selectOne.get(id) ?? null,
  };
}

export type DocumentRepository = ReturnType<typeof createDocumentRepository>;
