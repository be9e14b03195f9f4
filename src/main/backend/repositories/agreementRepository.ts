import type { Agreement, AgreementStatus } from '../../../shared/agreement';
import type { AgreementKind } from '../../../shared/domain';
import { atomically } from '../db/atomically';
import type { Db } from '../db/connection';
import type { BoardRepository } from './boardRepository';

export interface NewAgreement {
  partnerId: number;
  kind: AgreementKind;
  reference: string;
  validFrom: string | null;
  validUntil: string | null;
  draftInput: string;
  now: string;
}

export interface AgreementStatusChange {
  status: AgreementStatus;
  sentAt: string | null;
  signedOn: string | null;
  validFrom: string | null;
  validUntil: string | null;
  now: string;
}

const columns = `id, partner_id AS partnerId, kind, status, reference, valid_from AS validFrom,
  valid_until AS validUntil, sent_at AS sentAt, signed_at AS signedOn,
  signed_scan_path AS signedScanPath, created_at AS createdAt, updated_at AS updatedAt`;

/**
 * Agreements of a partner. Every write also rewrites the partner's card summary (the newest
 * agreement is the card's badge), in the same transaction.
 */
export function createAgreementRepository(db: Db, board: BoardRepository) {
  const selectAll = db.prepare<[number], Agreement>(
    `SELECT ${columns} FROM agreements WHERE partner_id = ? ORDER BY id DESC`,
  );
  const selectOne = db.prepare<[number, number], Agreement>(
    `SELECT ${columns} FROM agreements WHERE partner_id = ? AND id = ?`,
  );
  const selectOpen = db.prepare<[number, AgreementKind], Agreement>(
    `SELECT ${columns} FROM agreements
     WHERE partner_id = ? AND kind = ? AND status IN ('draft', 'sent') ORDER BY id DESC LIMIT 1`,
  );
  const selectDraftInput = db
    .prepare<[number], string | null>('SELECT draft_input FROM agreements WHERE id = ?')
    .pluck();
  const selectScanPath = db
    .prepare<[number], string | null>('SELECT signed_scan_path FROM agreements WHERE id = ?')
    .pluck();
  const selectByReference = db.prepare<
    [string],
    { id: number; partnerId: number; partnerName: string }
  >(
    `SELECT a.id, a.partner_id AS partnerId, p.name AS partnerName
     FROM agreements a JOIN partners p ON p.id = a.partner_id WHERE a.reference = ?`,
  );
  const selectReferences = db
    .prepare<[string], string>('SELECT reference FROM agreements WHERE reference LIKE ?')
    .pluck();
  const insertRow = db.prepare<[NewAgreement]>(`
    INSERT INTO agreements (partner_id, kind, status, reference, valid_from, valid_until,
      draft_input, created_at, updated_at)
    VALUES (@partnerId, @kind, 'draft', @reference, @validFrom, @validUntil, @draftInput, @now,
      @now)`);
  const updateDraftRow = db.prepare<[Omit<NewAgreement, 'partnerId' | 'kind'> & { id: number }]>(`
    UPDATE agreements SET reference = @reference, valid_from = @validFrom,
      valid_until = @validUntil, draft_input = @draftInput, updated_at = @now
    WHERE id = @id`);
  const updateStatusRow = db.prepare<[AgreementStatusChange & { id: number }]>(`
    UPDATE agreements SET status = @status, sent_at = @sentAt, signed_at = @signedOn,
      valid_from = @validFrom, valid_until = @validUntil, updated_at = @now
    WHERE id = @id`);
  const updateScanRow = db.prepare<[string | null, string, number]>(
    'UPDATE agreements SET signed_scan_path = ?, updated_at = ? WHERE id = ?',
  );

  const withCard = <T>(partnerId: number, write: () => T): T =>
    atomically(db, () => {
      const result = write();
      board.refresh(partnerId);
      return result;
    });

  return {
    /** Newest first. */
    list: (partnerId: number): Agreement[] => selectAll.all(partnerId),

    get: (partnerId: number, id: number): Agreement | null => selectOne.get(partnerId, id) ?? null,

    /** The newest agreement of this kind still being prepared (draft or sent), if any. */
    open: (partnerId: number, kind: AgreementKind): Agreement | null =>
      selectOpen.get(partnerId, kind) ?? null,

    /** The template input of its last export, as stored (JSON), if any. */
    draftInput: (id: number): string | null => selectDraftInput.get(id) ?? null,

    /** Where the signed copy of agreement `id` is kept, if attached. */
    scanPath: (id: number): string | null => selectScanPath.get(id) ?? null,

    byReference: (reference: string) => selectByReference.get(reference) ?? null,

    /** References starting with `prefix` (e.g. "MOU-2026-"), for numbering the next one. */
    referencesStartingWith: (prefix: string): string[] =>
      selectReferences.all(`${prefix.replace(/[%_]/g, '')}%`),

    insert: (agreement: NewAgreement): number =>
      withCard(agreement.partnerId, () => Number(insertRow.run(agreement).lastInsertRowid)),

    /** After a new export of a draft or sent agreement: its reference, dates and input. */
    updateDraft(
      partnerId: number,
      id: number,
      fields: Omit<NewAgreement, 'partnerId' | 'kind'>,
    ): void {
      withCard(partnerId, () => updateDraftRow.run({ ...fields, id }));
    },

    setStatus(partnerId: number, id: number, change: AgreementStatusChange): void {
      withCard(partnerId, () => updateStatusRow.run({ ...change, id }));
    },

    setSignedScan(id: number, scanPath: string | null, now: string): void {
      updateScanRow.run(scanPath, now, id);
    },
  };
}

export type AgreementRepository = ReturnType<typeof createAgreementRepository>;
