import type { Migration } from '../migration';
import { initialSchema } from './001_initial_schema';

/** In order; a migration's version is its place in this list. */
export const migrations: readonly Migration[] = [initialSchema];

export const latestSchemaVersion = migrations.length;
