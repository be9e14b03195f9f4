import path from 'node:path';
import fs from 'node:fs';
import { AppError } from '../errors';
import { openConnection, peekSchemaVersion, type Db } from './connection';
import { migrate, tooNewError } from './migrate';
import { latestSchemaVersion, migrations } from './migrations';

export const databaseFileName = 'partnerloom.sqlite';

/**
 * Opens the data folder's database, creating the folder and file on first use and migrating
 * older schemas. A database from a newer version is refused before anything is written to it.
 */
export function openStore(dataDir: string): Db {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.accessSync(dataDir, fs.constants.R_OK | fs.constants.W_OK);
  } catch (error) {
    throw new AppError(
      'unsupported_database',
      `The data folder ${dataDir} cannot be created or written to (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}). ` +
        'Check that it exists and that you may write to it.',
    );
  }
  const file = path.join(dataDir, databaseFileName);
  const found = peekSchemaVersion(file);
  if (found !== null && found > latestSchemaVersion) throw tooNewError(found, latestSchemaVersion);
  const db = openConnection(file);
  try {
    migrate(db, migrations);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
