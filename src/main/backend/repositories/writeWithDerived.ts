import { atomically } from '../db/atomically';
import type { Db } from '../db/connection';
import type { BoardRepository } from './boardRepository';
import type { PartnerSearchRepository } from './partnerSearchRepository';

/**
 * For writes to rows that both the board card summary and the search entry are derived from
 * (a partner's fields, contacts, logbook): runs the write and rewrites both for that partner,
 * in one transaction.
 */
export function writeWithDerived(db: Db, board: BoardRepository, search: PartnerSearchRepository) {
  return <T>(partnerId: number, write: () => T): T =>
    atomically(db, () => {
      const result = write();
      board.refresh(partnerId);
      search.reindex(partnerId);
      return result;
    });
}
