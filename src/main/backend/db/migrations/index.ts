import type { Migration } from '../migration';
import { initialSchema } from './001_initial_schema';
import { boardAndSearch } from './002_board_and_search';
import { documentsAndAgreements } from './003_documents';
import { suggestionDismissals } from './004_suggestion_dismissals';
import { recycleBin } from './005_recycle_bin';

/** In order; a migration's version is its place in this list. */
export const migrations: readonly Migration[] = [
  initialSchema,
  boardAndSearch,
  documentsAndAgreements,
  suggestionDismissals,
  recycleBin,
];

export const latestSchemaVersion = migrations.length;
