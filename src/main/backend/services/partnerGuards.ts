import type { BoardCard } from '../../../shared/partner';
import { AppError } from '../errors';
import type { PartnerRepositories } from '../repositories/partnerRepositories';
import type { PartnerState } from '../repositories/partnerRepository';

/**
 * Checks that a partner is (still) there and in the right state, with the sentences a
 * coordinator reads when it changed elsewhere (another window, another browser tab) or was
 * deleted. Board actions say that the board was refreshed, because the renderer reloads the
 * board whenever a move fails.
 */

const boardRefreshed = ' The board has been refreshed.';

export function partnerGone(doing?: string, onBoard = false): AppError {
  return new AppError(
    'not_found',
    (doing
      ? `This partner no longer exists, so it cannot be ${doing}.`
      : 'This partner no longer exists. It may have been deleted in another window.') +
      (onBoard ? boardRefreshed : ''),
  );
}

/** The partner's state, or not_found. */
export function requirePartner(
  repos: PartnerRepositories,
  id: number,
  doing?: string,
  onBoard = false,
): PartnerState {
  const state = repos.partners.state(id);
  if (!state) throw partnerGone(doing, onBoard);
  return state;
}

/** The partner's board card (archived or not), or not_found. */
export function requireCard(repos: PartnerRepositories, id: number): BoardCard {
  const card = repos.board.card(id);
  if (!card) throw partnerGone();
  return card;
}

/** The state of a partner that is on the board; not_found or conflict otherwise. */
export function requireActivePartner(
  repos: PartnerRepositories,
  id: number,
  doing: string,
): PartnerState {
  const state = requirePartner(repos, id, doing, true);
  if (state.archivedAt !== null) {
    throw new AppError(
      'conflict',
      `“${state.name}” was archived in the meantime, so it cannot be ${doing}.${boardRefreshed}`,
    );
  }
  return state;
}

/** The move to undo is no longer the partner's latest: undoing it would rewrite history. */
export function movedSince(name: string): AppError {
  return new AppError(
    'conflict',
    `“${name}” has been moved again since, so that move cannot be undone.${boardRefreshed}`,
  );
}
