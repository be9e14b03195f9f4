import type { Db } from './connection';

/**
 * Runs `fn` in a transaction, or inside the one already open. Repositories wrap their
 * multi-row writes in this so that each write is whole on its own, while a service that
 * combines several writes still commits them together. Joining instead of nesting a
 * savepoint: nothing catches an error half-way, so the outer transaction rolls back as a
 * whole anyway, and bulk writes (the data generator) skip thousands of savepoints.
 */
export function atomically<T>(db: Db, fn: () => T): T {
  return db.inTransaction ? fn() : db.transaction(fn)();
}
