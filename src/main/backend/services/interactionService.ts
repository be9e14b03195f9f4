import type { ChannelParsedInput } from '../../../shared/api';
import type { Interaction } from '../../../shared/partner';
import type { Clock } from '../clock';
import { AppError } from '../errors';
import type { PartnerRepositories } from '../repositories/partnerRepositories';
import { requirePartner } from './partnerGuards';

const interactionGone = () =>
  new AppError(
    'not_found',
    'This logbook entry no longer exists. It may have been deleted in another window.',
  );

/** The logbook: interactions with a partner and the next steps they lead to. */
export function createInteractionService(repos: PartnerRepositories, clock: Clock) {
  function existing(partnerId: number, id: number): Interaction {
    const found = repos.interactions.get(partnerId, id);
    if (!found) throw interactionGone();
    return found;
  }

  return {
    /** Creates (no id) or updates an entry. Editing keeps whether its next step was done. */
    save({ partnerId, id, interaction }: ChannelParsedInput<'saveInteraction'>): Interaction {
      return repos.transaction(() => {
        requirePartner(repos, partnerId);
        if (
          interaction.contactId !== null &&
          !repos.contacts.get(partnerId, interaction.contactId)
        ) {
          throw new AppError(
            'not_found',
            'The chosen contact is no longer one of this partner’s contacts. Choose another contact, or none.',
          );
        }
        const at = clock.now().toISOString();
        let interactionId: number;
        if (id === null) {
          interactionId = repos.interactions.insert(partnerId, interaction, at);
        } else {
          existing(partnerId, id);
          interactionId = id;
          repos.interactions.update(partnerId, id, interaction, at);
        }
        repos.partners.touch(partnerId, at);
        return existing(partnerId, interactionId);
      });
    },

    remove({ partnerId, id }: ChannelParsedInput<'deleteInteraction'>): { id: number } {
      return repos.transaction(() => {
        requirePartner(repos, partnerId);
        existing(partnerId, id);
        repos.interactions.remove(partnerId, id);
        repos.partners.touch(partnerId, clock.now().toISOString());
        return { id };
      });
    },

    /** Marking a done step done again keeps the time it was first marked. */
    setFollowUpDone({ partnerId, id, done }: ChannelParsedInput<'setFollowUpDone'>): Interaction {
      return repos.transaction(() => {
        requirePartner(repos, partnerId);
        const before = existing(partnerId, id);
        const at = clock.now().toISOString();
        repos.interactions.setDoneAt(partnerId, id, done ? (before.doneAt ?? at) : null, at);
        repos.partners.touch(partnerId, at);
        return existing(partnerId, id);
      });
    },

    /** Moves an open next step to another day ("remind me in 3 days"). */
    snooze({ partnerId, id, dueOn }: ChannelParsedInput<'snoozeFollowUp'>): Interaction {
      return repos.transaction(() => {
        requirePartner(repos, partnerId);
        const before = existing(partnerId, id);
        if (before.nextStep === '' || before.doneAt !== null) {
          throw new AppError(
            'conflict',
            'This next step is already done or was removed, so there is nothing to postpone.',
          );
        }
        const at = clock.now().toISOString();
        repos.interactions.setDueOn(partnerId, id, dueOn, at);
        repos.partners.touch(partnerId, at);
        return existing(partnerId, id);
      });
    },
  };
}
