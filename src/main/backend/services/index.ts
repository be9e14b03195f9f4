import type { AppInfo } from '../../../shared/appInfo';
import type { Clock } from '../clock';
import type { Db } from '../db/connection';
import type { Platform } from '../platform';
import { createInstitutionRepository } from '../repositories/institutionRepository';
import { createOverlapRepository } from '../repositories/overlapRepository';
import { createPartnerRepositories } from '../repositories/partnerRepositories';
import { createBoardService } from './boardService';
import { createChecklistService } from './checklistService';
import { createContactService } from './contactService';
import { createInstitutionService } from './institutionService';
import { createInteractionService } from './interactionService';
import { createOverlapService } from './overlapService';
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
    overlap: createOverlapService(partnerRepos, createOverlapRepository(db), clock, platform),
  };
}

export type Services = ReturnType<typeof createServices>;
