import type { AppInfo } from '../../../shared/appInfo';
import type { Clock } from '../clock';
import type { Db } from '../db/connection';
import type { Platform } from '../platform';
import { createPortabilityService } from '../portability/portabilityService';
import { createInstitutionRepository } from '../repositories/institutionRepository';
import { createPartnerRepositories } from '../repositories/partnerRepositories';
import { createBoardService } from './boardService';
import { createChecklistService } from './checklistService';
import { createContactService } from './contactService';
import { createInstitutionService } from './institutionService';
import { createInteractionService } from './interactionService';
import { createPartnerService } from './partnerService';

export function createServices(db: Db, clock: Clock, appInfo: AppInfo, platform: Platform) {
  const partnerRepos = createPartnerRepositories(db);
  return {
    appInfo,
    institution: createInstitutionService(createInstitutionRepository(db), clock),
    partners: createPartnerService(partnerRepos, clock),
    board: createBoardService(partnerRepos, clock),
    contacts: createContactService(partnerRepos, clock),
    interactions: createInteractionService(partnerRepos, clock),
    checklist: createChecklistService(partnerRepos, clock),
    portability: createPortabilityService(db, partnerRepos, clock, platform, appInfo.version),
  };
}

export type Services = ReturnType<typeof createServices>;
