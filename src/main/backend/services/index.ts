import type { StaticAppInfo } from '../../../shared/appInfo';
import type { Clock } from '../clock';
import type { Db } from '../db/connection';
import type { Platform } from '../platform';
import { createPortabilityService } from '../portability/portabilityService';
import { createActivityRepository } from '../repositories/activityRepository';
import { createInstitutionRepository } from '../repositories/institutionRepository';
import { createOverlapRepository } from '../repositories/overlapRepository';
import { createPartnerRepositories } from '../repositories/partnerRepositories';
import { createSettingsRepository } from '../repositories/settingsRepository';
import { createTodayRepository } from '../repositories/todayRepository';
import { createActivityService } from './activityService';
import { createAgreementService } from './agreementService';
import { createBoardService } from './boardService';
import { createChecklistService } from './checklistService';
import { createContactService } from './contactService';
import { createDocumentService } from './documentService';
import { createInstitutionService } from './institutionService';
import { createInteractionService } from './interactionService';
import { createOverlapService } from './overlapService';
import { createPartnerService } from './partnerService';
import { createTodayService } from './todayService';

/** What the services need from the machine: saving and opening files, the PDF fonts. */
export interface ServiceEnvironment {
  platform: Platform;
  fontsDir: string;
}

export function createServices(
  db: Db,
  clock: Clock,
  appInfo: StaticAppInfo,
  env: ServiceEnvironment,
) {
  const partnerRepos = createPartnerRepositories(db);
  const institutionRepo = createInstitutionRepository(db);
  const settingsRepo = createSettingsRepository(db);
  return {
    appInfo,
    institution: createInstitutionService(institutionRepo, clock),
    partners: createPartnerService(partnerRepos, clock),
    board: createBoardService(partnerRepos, clock),
    contacts: createContactService(partnerRepos, clock),
    interactions: createInteractionService(partnerRepos, clock),
    checklist: createChecklistService(partnerRepos, clock),
    overlap: createOverlapService(
      partnerRepos,
      createOverlapRepository(db),
      institutionRepo,
      clock,
      env,
    ),
    documents: createDocumentService(partnerRepos, institutionRepo, settingsRepo, env, clock),
    agreements: createAgreementService(partnerRepos, clock, appInfo.dataDir),
    activity: createActivityService(
      createActivityRepository(db),
      partnerRepos.documents,
      institutionRepo,
      clock,
      env,
    ),
    portability: createPortabilityService(db, partnerRepos, clock, env.platform, appInfo.version),
    today: createTodayService(createTodayRepository(db), settingsRepo, clock, env.platform),
  };
}

export type Services = ReturnType<typeof createServices>;
