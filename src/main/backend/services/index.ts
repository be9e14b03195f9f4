import type { AppInfo } from '../../../shared/appInfo';
import type { Clock } from '../clock';
import type { Db } from '../db/connection';
import { createInstitutionRepository } from '../repositories/institutionRepository';
import { createInstitutionService } from './institutionService';

export function createServices(db: Db, clock: Clock, appInfo: AppInfo) {
  return {
    appInfo,
    institution: createInstitutionService(createInstitutionRepository(db), clock),
  };
}

export type Services = ReturnType<typeof createServices>;
