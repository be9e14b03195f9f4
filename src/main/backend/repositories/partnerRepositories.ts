import { atomically } from '../db/atomically';
import type { Db } from '../db/connection';
import { createAgreementRepository } from './agreementRepository';
import { createBoardRepository } from './boardRepository';
import { createChecklistRepository } from './checklistRepository';
import { createContactRepository } from './contactRepository';
import { createDocumentRepository } from './documentRepository';
import { createInteractionRepository } from './interactionRepository';
import { createPartnerRepository } from './partnerRepository';
import { createPartnerSearchRepository } from './partnerSearchRepository';
import { createPhaseHistoryRepository } from './phaseHistoryRepository';

/**
 * Everything stored about partners. The repositories that write a source of derived data
 * (the board card summary, the search entry) rewrite it in the same transaction.
 */
export function createPartnerRepositories(db: Db) {
  const search = createPartnerSearchRepository(db);
  const board = createBoardRepository(db);
  return {
    search,
    board,
    partners: createPartnerRepository(db, search, board),
    contacts: createContactRepository(db, search, board),
    interactions: createInteractionRepository(db, search, board),
    history: createPhaseHistoryRepository(db),
    checklist: createChecklistRepository(db, board),
    agreements: createAgreementRepository(db, board),
    documents: createDocumentRepository(db),
    /** Runs `fn` in one transaction, joining one that is already open. */
    transaction: <T>(fn: () => T): T => atomically(db, fn),
    /**
     * Runs `fn` in one transaction and rewrites the derived data (card summary, search entry)
     * of each partner it touched once, at the end: for bulk writes.
     */
    batch: <T>(fn: () => T): T => atomically(db, () => search.batch(() => board.batch(fn))),
  };
}

export type PartnerRepositories = ReturnType<typeof createPartnerRepositories>;
