import type { ChannelParsedInput } from '../../../shared/api';
import { placeAfter } from '../../../shared/ordering';
import type { ArchivedPartner, BoardCard, Partner, PartnerDetail } from '../../../shared/partner';
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
        const { position } = placeAfter(repos.board.column('scouting', 0), null);
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

    /** Only from the archive, so that deleting is always a second, deliberate step. */
    remove({ id }: ChannelParsedInput<'deletePartner'>): { id: number } {
      return repos.transaction(() => {
        const state = requirePartner(repos, id, 'deleted');
        if (state.archivedAt === null) {
          throw new AppError(
            'conflict',
            `“${state.name}” is still on the board. Archive it first; only archived partners can be deleted.`,
          );
        }
        repos.partners.remove(id);
        return { id };
      });
    },

    listArchived: (): ArchivedPartner[] => repos.partners.listArchived(),
  };
}
