import type { ChannelParsedInput } from '../../../shared/api';
import { isChecklistKey } from '../../../shared/checklists';
import { phaseLabels } from '../../../shared/domain';
import type { Clock } from '../clock';
import { AppError } from '../errors';
import type { PartnerRepositories } from '../repositories/partnerRepositories';
import { requirePartner } from './partnerGuards';

/** The key actions of each phase, ticked per partner. */
export function createChecklistService(repos: PartnerRepositories, clock: Clock) {
  return {
    /** Ticks or unticks one action; answers the ticked keys of that phase in checklist order. */
    set({ partnerId, phase, actionKey, done }: ChannelParsedInput<'setChecklistItem'>): string[] {
      return repos.transaction(() => {
        requirePartner(repos, partnerId);
        if (!isChecklistKey(phase, actionKey)) {
          throw new AppError(
            'not_found',
            `This action is not on the checklist of the ${phaseLabels[phase]} phase. Reload the partner to see the current checklist.`,
          );
        }
        const at = clock.now().toISOString();
        repos.checklist.set(partnerId, phase, actionKey, done, at);
        repos.partners.touch(partnerId, at);
        return repos.checklist.ticked(partnerId, phase);
      });
    },
  };
}
