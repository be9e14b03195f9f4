import type { Institution } from '../../../shared/institution';
import type { ChannelParsedInput } from '../../../shared/api';
import type { InstitutionRepository } from '../repositories/institutionRepository';
import type { Clock } from '../clock';

export function createInstitutionService(repo: InstitutionRepository, clock: Clock) {
  return {
    get: (): Institution | null => repo.get(),
    save: (input: ChannelParsedInput<'saveInstitution'>): Institution =>
      repo.save({ ...input, updatedAt: clock.now().toISOString() }),
  };
}
