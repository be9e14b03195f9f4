import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  interactionKinds,
  partnershipTypes,
  partnerSources,
  phases,
  stakeholderGroups,
} from '../../src/shared/domain';
import { openConnection, type Db } from '../../src/main/backend/db/connection';
import { migrate, schemaVersion } from '../../src/main/backend/db/migrate';
import type { Migration } from '../../src/main/backend/db/migration';
import { latestSchemaVersion, migrations } from '../../src/main/backend/db/migrations';
import { suggestionDismissals } from '../../src/main/backend/db/migrations/004_suggestion_dismissals';
import { databaseFileName, openStore } from '../../src/main/backend/db/store';
import { AppError } from '../../src/main/backend/errors';
import { tempDir } from './helpers/backend';

const sha = (file: string) =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function schemaSql(db: Db): string {
  const rows = db
    .prepare<[], { sql: string }>(
      "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type DESC, name",
    )
    .all();
  return `${rows.map((r) => `${r.sql.replace(/^\s+/gm, '  ').trim()};`).join('\n\n')}\n`;
}

/** The version a test's own extra migration gets: the one after the app's newest. */
const next = latestSchemaVersion + 1;

describe('migrations', () => {
  it('build the whole schema on a fresh database and record the version', () => {
    const db = openStore(tempDir());
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    // Virtual tables (full-text search) and their shadow tables are SQLite's, not STRICT.
    const tables = db
      .prepare<[], { name: string; strict: number }>(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'",
      )
      .all();
    expect(tables.map((t) => t.name).sort()).toEqual([
      'agreements',
      'checklist_state',
      'contacts',
      'documents',
      'institution',
      'interactions',
      'partner_tags',
      'partner_types',
      'partners',
      'phase_history',
      'settings',
      'suggestion_dismissals',
    ]);
    expect(tables.every((t) => t.strict === 1)).toBe(true);
    expect(
      db
        .prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'virtual'")
        .pluck()
        .all(),
    ).toEqual(['partner_search']);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    db.close();
  });

  it('match the committed schema snapshot', async () => {
    const db = openStore(tempDir());
    await expect(schemaSql(db)).toMatchFileSnapshot('./snapshots/schema.sql');
    db.close();
  });

  it('do nothing when the database is already current', () => {
    const dir = tempDir();
    openStore(dir).close();
    const db = openConnection(path.join(dir, databaseFileName));
    expect(migrate(db, migrations)).toEqual([]);
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    db.close();
  });

  it('refuse a database from a newer version and leave it untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, databaseFileName);
    const raw = new Database(file);
    // Like every real Partnerloom database: WAL mode.
    raw.pragma('journal_mode = WAL');
    raw.exec("CREATE TABLE future (x TEXT); INSERT INTO future VALUES ('keep me')");
    raw.pragma(`user_version = ${latestSchemaVersion + 5}`);
    raw.close();
    const before = sha(file);

    let thrown: unknown;
    try {
      openStore(dir);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe('unsupported_database');
    expect((thrown as AppError).message).toMatch(
      /newer version of Partnerloom.*Nothing has been changed/s,
    );
    expect(sha(file)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual([databaseFileName]);
  });

  it('see a newer version still held in the write-ahead log of a running app', () => {
    const dir = tempDir();
    const file = path.join(dir, databaseFileName);
    const running = new Database(file);
    running.pragma('journal_mode = WAL');
    running.pragma(`user_version = ${latestSchemaVersion + 1}`);
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    expect(() => openStore(dir)).toThrow(/newer version of Partnerloom/);
    expect(running.pragma('user_version', { simple: true })).toBe(latestSchemaVersion + 1);
    running.close();
  });

  it('refuse a file that is not a database, without changing it', () => {
    const dir = tempDir();
    const file = path.join(dir, databaseFileName);
    fs.writeFileSync(file, 'these are not the bytes of a database'.repeat(200));
    const before = sha(file);
    expect(() => openStore(dir)).toThrow(AppError);
    expect(sha(file)).toBe(before);
  });

  it('keep existing rows when a later migration runs (n−1 → insert → n)', () => {
    const addColumn: Migration = {
      version: next,
      name: 'test: partner motto',
      up: (db) => db.exec("ALTER TABLE partners ADD COLUMN motto TEXT NOT NULL DEFAULT 'together'"),
    };
    const db = openConnection(path.join(tempDir(), databaseFileName));
    expect(migrate(db, [...migrations, addColumn], latestSchemaVersion)).toEqual(
      migrations.map((m) => m.version),
    );
    db.prepare(
      "INSERT INTO partners (name, position, phase_entered_at, created_at, updated_at) VALUES ('Łódź Chamber', 1, 'x', 'x', 'x')",
    ).run();
    expect(migrate(db, [...migrations, addColumn])).toEqual([next]);
    expect(schemaVersion(db)).toBe(next);
    expect(db.prepare('SELECT name, motto FROM partners').all()).toEqual([
      { name: 'Łódź Chamber', motto: 'together' },
    ]);
    db.close();
  });

  it('index partners that existed before search was added (version 1 → 2)', () => {
    const db = openConnection(path.join(tempDir(), databaseFileName));
    migrate(db, migrations, 1);
    const id = db
      .prepare(
        "INSERT INTO partners (name, city, position, phase_entered_at, created_at, updated_at) VALUES ('Ærø Kommune', 'Ærøskøbing', 1, 'x', 'x', 'x')",
      )
      .run().lastInsertRowid;
    db.prepare(
      "INSERT INTO contacts (partner_id, name, email, is_primary, created_at, updated_at) VALUES (?, 'Łucja Straßer', 'l@x.eu', 1, 'x', 'x')",
    ).run(id);
    db.prepare(
      "INSERT INTO interactions (partner_id, occurred_on, kind, summary, next_step, created_at, updated_at) VALUES (?, '2026-01-05', 'call', 'Talked about welding', 'Send photos', 'x', 'x')",
    ).run(id);
    db.prepare("INSERT INTO partner_tags (partner_id, tag) VALUES (?, 'Erasmus+')").run(id);
    db.prepare("INSERT INTO partner_types (partner_id, type) VALUES (?, 'mobility')").run(id);
    db.prepare(
      "INSERT INTO interactions (partner_id, occurred_on, kind, summary, next_step, due_on, created_at, updated_at) VALUES (?, '2026-01-06', 'email', 'Sent the LoI', 'Chase', '2026-02-01', 'x', 'x')",
    ).run(id);
    db.prepare(
      "INSERT INTO checklist_state (partner_id, phase, action_key, done_at) VALUES (?, 'scouting', 'fit_goals', 'x')",
    ).run(id);
    expect(migrate(db, migrations, 2)).toEqual([2]);
    expect(
      db
        .prepare(
          'SELECT name_key, card_types, card_primary_contact, card_next_follow_up, card_checklist_done FROM partners',
        )
        .get(),
    ).toEqual({
      name_key: 'aero kommune',
      card_types: 'mobility',
      card_primary_contact: 'Łucja Straßer',
      card_next_follow_up: '2026-02-01',
      card_checklist_done: 1,
    });
    const match = db
      .prepare('SELECT rowid FROM partner_search WHERE partner_search MATCH ?')
      .pluck();
    for (const words of [
      'aero',
      'aeroskobing',
      'lucja',
      'strasser',
      'welding',
      'photos',
      'erasmus',
    ]) {
      expect(match.all(`"${words}"*`), words).toEqual([Number(id)]);
    }
    db.close();
  });

  it('add dismissed suggestions to the database before them, keeping its partners', () => {
    const version = migrations.indexOf(suggestionDismissals) + 1;
    const db = openConnection(path.join(tempDir(), databaseFileName));
    migrate(db, migrations, version - 1);
    const id = db
      .prepare(
        "INSERT INTO partners (name, position, phase_entered_at, created_at, updated_at) VALUES ('Kammer Graz', 1, 'x', 'x', 'x')",
      )
      .run().lastInsertRowid;
    expect(migrate(db, migrations, version)).toEqual([version]);
    expect(db.prepare('SELECT name FROM partners').pluck().all()).toEqual(['Kammer Graz']);
    const dismiss = db.prepare(
      "INSERT INTO suggestion_dismissals (partner_id, type, dismissed_at) VALUES (?, ?, 'x')",
    );
    dismiss.run(id, 'mobility');
    expect(() => dismiss.run(id, 'sales')).toThrow(/CHECK/);
    expect(() => dismiss.run(id, 'mobility')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => dismiss.run(999, 'funding')).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM partners WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) FROM suggestion_dismissals').pluck().get()).toBe(0);
    db.close();
  });

  it('keep child rows when a later migration rebuilds a parent table', () => {
    // Changing a CHECK list means rebuilding the table; with foreign keys on, DROP TABLE
    // would cascade-delete every contact, interaction and agreement of every partner.
    const rebuildPartners: Migration = {
      version: next,
      name: 'test: rebuild partners',
      up: (db) => {
        const createSql = db
          .prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE name = 'partners'")
          .get()!.sql;
        db.exec(createSql.replace('CREATE TABLE partners', 'CREATE TABLE partners_new'));
        db.exec('INSERT INTO partners_new SELECT * FROM partners');
        db.exec('DROP TABLE partners');
        db.exec('ALTER TABLE partners_new RENAME TO partners');
      },
    };
    const db = openConnection(path.join(tempDir(), databaseFileName));
    migrate(db, migrations);
    const id = db
      .prepare(
        "INSERT INTO partners (name, position, phase_entered_at, created_at, updated_at) VALUES ('Kammer Graz', 1, 'x', 'x', 'x')",
      )
      .run().lastInsertRowid;
    db.prepare(
      "INSERT INTO contacts (partner_id, name, is_primary, created_at, updated_at) VALUES (?, 'Jana', 1, 'x', 'x')",
    ).run(id);
    expect(migrate(db, [...migrations, rebuildPartners])).toEqual([next]);
    expect(db.prepare('SELECT name FROM contacts').all()).toEqual([{ name: 'Jana' }]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('refuse a migration that leaves broken references, and roll it back', () => {
    const dangling: Migration = {
      version: next,
      name: 'test: dangling contact',
      up: (db) =>
        db.exec(
          "INSERT INTO contacts (partner_id, name, created_at, updated_at) VALUES (999, 'Nobody', 'x', 'x')",
        ),
    };
    const db = openConnection(path.join(tempDir(), databaseFileName));
    migrate(db, migrations);
    expect(() => migrate(db, [...migrations, dangling])).toThrow(/broken reference/);
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    expect(db.prepare('SELECT count(*) AS n FROM contacts').get()).toEqual({ n: 0 });
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('roll back every pending migration when one fails', () => {
    const broken: Migration = {
      version: next,
      name: 'test: broken',
      up: (db) => db.exec('CREATE TABLE half_done (x); SELECT * FROM no_such_table'),
    };
    const db = openConnection(path.join(tempDir(), databaseFileName));
    expect(() => migrate(db, [...migrations, broken])).toThrow(/no_such_table/);
    expect(schemaVersion(db)).toBe(0);
    expect(
      db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get(),
    ).toEqual({ n: 0 });
    db.close();
  });
});

describe('the schema enforces the domain', () => {
  function freshDb(): Db {
    return openStore(tempDir());
  }
  const partner = (db: Db, name = 'P') =>
    Number(
      db
        .prepare(
          "INSERT INTO partners (name, position, phase_entered_at, created_at, updated_at) VALUES (?, 1, 'x', 'x', 'x')",
        )
        .run(name).lastInsertRowid,
    );

  it('accepts exactly the domain keys for phases, types, groups, sources and interaction kinds', () => {
    const db = freshDb();
    const id = partner(db);
    const setPhase = db.prepare('UPDATE partners SET phase = ? WHERE id = ?');
    const setGroup = db.prepare('UPDATE partners SET stakeholder_group = ? WHERE id = ?');
    const setSource = db.prepare('UPDATE partners SET source = ? WHERE id = ?');
    const addType = db.prepare('INSERT INTO partner_types (partner_id, type) VALUES (?, ?)');
    const addInteraction = db.prepare(
      "INSERT INTO interactions (partner_id, occurred_on, kind, summary, created_at, updated_at) VALUES (?, '2026-01-05', ?, 's', 'x', 'x')",
    );
    for (const p of phases) setPhase.run(p, id);
    for (const g of stakeholderGroups) setGroup.run(g, id);
    for (const s of partnerSources) setSource.run(s, id);
    for (const t of partnershipTypes) addType.run(id, t);
    for (const k of interactionKinds) addInteraction.run(id, k);
    expect(() => setPhase.run('won', id)).toThrow(/CHECK/);
    expect(() => setGroup.run('bank', id)).toThrow(/CHECK/);
    expect(() => setSource.run('newspaper', id)).toThrow(/CHECK/);
    expect(() => addType.run(id, 'sales')).toThrow(/CHECK/);
    expect(() => addInteraction.run(id, 'fax')).toThrow(/CHECK/);
    db.close();
  });

  it('allows one primary contact per partner and cascades deletes', () => {
    const db = freshDb();
    const id = partner(db);
    const addContact = db.prepare(
      "INSERT INTO contacts (partner_id, name, is_primary, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')",
    );
    addContact.run(id, 'Anna', 1);
    addContact.run(id, 'Ben', 0);
    expect(() => addContact.run(id, 'Chloé', 1)).toThrow(/UNIQUE/);
    db.prepare('DELETE FROM partners WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) AS n FROM contacts').get()).toEqual({ n: 0 });
    db.close();
  });

  it('rejects empty names, impossible dates and inverted validity periods', () => {
    const db = freshDb();
    expect(() => partner(db, '')).toThrow(/CHECK/);
    expect(() => partner(db, 'x'.repeat(501))).toThrow(/CHECK/);
    const id = partner(db);
    expect(() =>
      db
        .prepare(
          "INSERT INTO interactions (partner_id, occurred_on, kind, summary, created_at, updated_at) VALUES (?, '2026-02-31x', 'call', 's', 'x', 'x')",
        )
        .run(id),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO agreements (partner_id, kind, reference, valid_from, valid_until, created_at, updated_at) VALUES (?, 'mou', 'R-1', '2026-06-01', '2026-01-01', 'x', 'x')",
        )
        .run(id),
    ).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO partner_types (partner_id, type) VALUES (999, 'training')").run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});

describe('the data folder', () => {
  it('gives a clear message when it cannot be created', () => {
    const blocker = path.join(tempDir(), 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    expect(() => openStore(path.join(blocker, 'data'))).toThrow(
      /The data folder .*a-file\/data cannot be created or written to \(ENOTDIR\)/,
    );
  });
});
