import type { ChannelParsedInput } from '../../../shared/api';
import { placeAfter } from '../../../shared/ordering';
import {
  type ArchivedPartner,
  type BoardCard,
  type DeletedPartner,
  type Partner,
  type PartnerDetail,
  recycleBinDays,
} from '../../../shared/partner';
import type { Clock } from '../clock';
import { AppError } from '../errors';
import type { PartnerRepositories } from '../repositories/partnerRepositories';
import { partnerGone, requireCard, requirePartner } from './partnerGuards';

/** Partners as a whole: the detail view, create and edit, and the archive. */
export function createPartnerService(repos: PartnerRepositories, clock: Clock) {
  const now = () => clock.now().toISOString();

  // In a transaction, so that the parts come from one snapshot of the data.
  const detail = (id: number): PartnerDetail =>
    repos.transaction(() => {
      const partner = repos.partners.get(id);
      if (!partner) throw partnerGone();
      return {
        partner,
        contacts: repos.contacts.list(id),
        interactions: repos.interactions.list(id),
        history: repos.history.list(id),
        checklist: repos.checklist.all(id),
        agreements: repos.agreements.list(id),
      };
    });

  return {
    get: ({ id }: ChannelParsedInput<'getPartner'>): PartnerDetail => detail(id),

    /** Scouting, at the top of the column; the contact, if any, becomes the primary one. */
    create({ partner, contact }: ChannelParsedInput<'createPartner'>): PartnerDetail {
      // A batch: the partner, its contact and the primary flag each change the card summary
      // and search entry, which are then rewritten once instead of after each write.
      return repos.batch(() => {
        const at = now();
        const { position } = placeAfter(repos.board.around('scouting', 0, null), null);
        const id = repos.partners.insert({
          fields: partner,
          phase: 'scouting',
          position,
          phaseEnteredAt: at,
          createdAt: at,
        });
        repos.history.insert(id, null, 'scouting', at);
        if (contact) {
          const contactId = repos.contacts.insert(id, contact, at);
          repos.contacts.setPrimary(id, contactId);
        }
        return detail(id);
      });
    },

    /** Replaces every field, the types and the tags; archived partners can be edited too. */
    update({ id, partner }: ChannelParsedInput<'updatePartner'>): Partner {
      return repos.transaction(() => {
        requirePartner(repos, id);
        repos.partners.update(id, partner, now());
        const updated = repos.partners.get(id);
        if (!updated) throw partnerGone();
        return updated;
      });
    },

    /** Active and archived partners whose name differs only in case, accents or spacing. */
    findSameName({ name, excludeId }: ChannelParsedInput<'findSameName'>) {
      return name.trim() === '' ? [] : repos.partners.findSameName(name, excludeId);
    },

    /** Archiving an archived partner answers the original time: a double click is harmless. */
    archive({ id }: ChannelParsedInput<'archivePartner'>): { id: number; archivedAt: string } {
      return repos.transaction(() => {
        const state = requirePartner(repos, id, 'archived');
        if (state.archivedAt !== null) return { id, archivedAt: state.archivedAt };
        const at = now();
        repos.partners.setArchivedAt(id, at, at);
        return { id, archivedAt: at };
      });
    },

    /**
     * Back in its phase at its old position. Another card may hold that position by now;
     * display order (position, then id) still places both, and the next move there respreads.
     */
    restore({ id }: ChannelParsedInput<'restorePartner'>): BoardCard {
      return repos.transaction(() => {
        const state = requirePartner(repos, id, 'restored');
        if (state.archivedAt !== null) repos.partners.setArchivedAt(id, null, now());
        return requireCard(repos, id);
      });
    },

    /**
     * Only from the archive, so that deleting is always a second, deliberate step. The partner
     * moves to "Recently deleted" with everything logged about it, for `recycleBinDays`.
     */
    remove({ id }: ChannelParsedInput<'deletePartner'>): { id: number; deletedAt: string } {
      return repos.transaction(() => {
        const state = requirePartner(repos, id, 'deleted');
        if (state.archivedAt === null) {
          throw new AppError(
            'conflict',
            `“${state.name}” is still on the board. Archive it first; only archived partners can be deleted.`,
          );
        }
        const at = now();
        repos.partners.setDeletedAt(id, at, at);
        return { id, deletedAt: at };
      });
    },

    listArchived: (): ArchivedPartner[] => repos.partners.listArchived(),

    listDeleted: (): DeletedPartner[] => repos.partners.listDeleted(),

    /** From "Recently deleted" back to the archive, as it was when it was deleted. */
    undelete({ id }: ChannelParsedInput<'undeletePartner'>): ArchivedPartner {
      return repos.transaction(() => {
        const state = repos.partners.deletedState(id);
        if (!state) throw partnerGone('restored');
        repos.partners.setDeletedAt(id, null, now());
        const back = repos.partners.listArchived().find((a) => a.id === id);
        if (!back) throw partnerGone();
        return back;
      });
    },

    /** "Delete now": removes a partner in "Recently deleted" for good, with everything logged. */
    purge({ id }: ChannelParsedInput<'purgePartner'>): { id: number } {
      return repos.transaction(() => {
        if (!repos.partners.deletedState(id)) {
          throw new AppError(
            'conflict',
            'Only partners in “Recently deleted” can be deleted for good. Delete it from the archive first.',
          );
        }
        repos.partners.remove(id);
        return { id };
      });
    },

    /** Removes for good what was deleted more than `recycleBinDays` ago; answers how many. */
    purgeExpired(): number {
      const cutoff = new Date(clock.now().getTime() - recycleBinDays * 24 * 60 * 60 * 1000);
      return repos.partners.purgeDeletedBefore(cutoff.toISOString());
    },
  };
}
