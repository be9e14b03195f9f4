import type { ChannelParsedInput } from '../../../shared/api';
import type { Phase } from '../../../shared/domain';
import { placeAfter } from '../../../shared/ordering';
import type { BoardWire } from '../../../shared/boardWire';
import type { MoveResult } from '../../../shared/partner';
import type { Clock } from '../clock';
import type { PartnerRepositories } from '../repositories/partnerRepositories';
import { movedSince, requireActivePartner, requireCard } from './partnerGuards';

/** The board: cards in order, search and filters, moves and their undo. */
export function createBoardService(repos: PartnerRepositories, clock: Clock) {
  /** Puts the card after `afterId` in `phase`; an `afterId` not in that column means the end. */
  function place(id: number, phase: Phase, afterId: number | null, at: string) {
    const { position, renumber } = placeAfter(repos.board.around(phase, id, afterId), afterId);
    repos.board.renumber(renumber);
    repos.partners.place(id, phase, position, at);
    return renumber;
  }

  return {
    board: (): BoardWire => repos.board.rows(),

    find: (filter: ChannelParsedInput<'findPartners'>): { ids: number[] } => ({
      ids: repos.search.find(filter),
    }),

    /** A change of phase is timestamped and written to the history; a reorder is not. */
    move({ id, toPhase, afterId }: ChannelParsedInput<'movePartner'>): MoveResult {
      return repos.transaction(() => {
        const state = requireActivePartner(repos, id, 'moved');
        const at = clock.now().toISOString();
        const renumbered = place(id, toPhase, afterId, at);
        let historyId: number | null = null;
        if (toPhase !== state.phase) {
          repos.partners.setPhaseEnteredAt(id, at);
          historyId = repos.history.insert(id, state.phase, toPhase, at);
        }
        return { card: requireCard(repos, id), renumbered, historyId };
      });
    },

    /**
     * Takes back the latest move: its history entry goes, the time the partner entered its
     * previous phase comes back, and the card returns to where it was. Refused when the
     * partner has moved to another phase since, because the history would no longer add up.
     */
    undo({ id, historyId, toPhase, afterId }: ChannelParsedInput<'undoMove'>): MoveResult {
      return repos.transaction(() => {
        const state = requireActivePartner(repos, id, 'moved back');
        if (historyId !== null) {
          const latest = repos.history.latest(id);
          if (
            latest?.id !== historyId ||
            latest.fromPhase !== toPhase ||
            latest.toPhase !== state.phase
          ) {
            throw movedSince(state.name);
          }
          repos.history.remove(historyId);
          const previous = repos.history.latest(id);
          repos.partners.setPhaseEnteredAt(id, previous?.movedAt ?? state.createdAt);
        } else if (toPhase !== state.phase) {
          throw movedSince(state.name);
        }
        const renumbered = place(id, toPhase, afterId, clock.now().toISOString());
        return { card: requireCard(repos, id), renumbered, historyId: null };
      });
    },
  };
}
