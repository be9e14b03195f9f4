import type { Migration } from '../migration';
import { initialSchema } from './001_initial_schema';
import { boardAndSearch } from './002_board_and_search';
import { recycleBin } from './003_recycle_bin';

/** In order; a migration's version is its place in this list. */
export const migrations: readonly Migration[] = [initialSchema, boardAndSearch, recycleBin];

export const latestSchemaVersion = migrations.length;
