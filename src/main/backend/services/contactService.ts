import type { ChannelParsedInput } from '../../../shared/api';
import type { Contact } from '../../../shared/partner';
import type { Clock } from '../clock';
import { AppError } from '../errors';
import type { PartnerRepositories } from '../repositories/partnerRepositories';
import { requirePartner } from './partnerGuards';

const contactGone = () =>
  new AppError(
    'not_found',
    'This contact no longer exists. It may have been deleted in another window.',
  );

/**
 * Contacts, with one rule for the primary flag: a partner with contacts always has exactly
 * one primary contact. The first contact becomes primary; making another primary clears the
 * previous one; when the primary is deleted or unmarked, the longest-known other contact
 * takes over (a sole contact stays primary).
 */
export function createContactService(repos: PartnerRepositories, clock: Clock) {
  return {
    /** Creates (no id) or updates a contact; answers all contacts of the partner. */
    save({ partnerId, id, contact }: ChannelParsedInput<'saveContact'>): Contact[] {
      return repos.transaction(() => {
        requirePartner(repos, partnerId);
        const at = clock.now().toISOString();
        let contactId: number;
        let wasPrimary = false;
        if (id === null) {
          contactId = repos.contacts.insert(partnerId, contact, at);
        } else {
          const existing = repos.contacts.get(partnerId, id);
          if (!existing) throw contactGone();
          wasPrimary = existing.isPrimary;
          contactId = id;
          repos.contacts.update(partnerId, id, contact, at);
        }
        if (contact.isPrimary) {
          repos.contacts.setPrimary(partnerId, contactId);
        } else if (wasPrimary) {
          const heir = repos.contacts.oldestId(partnerId, contactId);
          if (heir !== null) repos.contacts.setPrimary(partnerId, heir);
        } else if (!repos.contacts.list(partnerId).some((c) => c.isPrimary)) {
          repos.contacts.setPrimary(partnerId, repos.contacts.oldestId(partnerId));
        }
        repos.partners.touch(partnerId, at);
        return repos.contacts.list(partnerId);
      });
    },

    /** Interactions with this contact stay in the logbook, without a contact. */
    remove({ partnerId, id }: ChannelParsedInput<'deleteContact'>): Contact[] {
      return repos.transaction(() => {
        requirePartner(repos, partnerId);
        const existing = repos.contacts.get(partnerId, id);
        if (!existing) throw contactGone();
        repos.contacts.remove(partnerId, id);
        if (existing.isPrimary) {
          const heir = repos.contacts.oldestId(partnerId);
          if (heir !== null) repos.contacts.setPrimary(partnerId, heir);
        }
        repos.partners.touch(partnerId, clock.now().toISOString());
        return repos.contacts.list(partnerId);
      });
    },
  };
}
