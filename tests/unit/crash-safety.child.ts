/**
 * The process the crash-safety test kills: `node crash-child.cjs <database file>`. It opens
 * the database through the app's own connection code (same pragmas), then writes batches
 * through the app's services, each batch one transaction: three new partners with a contact,
 * two card moves and a logbook entry. After each commit it prints the batch id. Every row a
 * batch writes carries the batch's own timestamp, and `crash_batches` records what it wrote,
 * so the parent can check that each batch is there whole or not at all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contract } from '../../src/shared/api';
import { phases } from '../../src/shared/domain';
import { emptyContactInput, emptyPartnerInput } from '../../src/shared/partner';
import { openConnection } from '../../src/main/backend/db/connection';
import { migrate } from '../../src/main/backend/db/migrate';
import { migrations } from '../../src/main/backend/db/migrations';
import { createExportFolderPlatform } from '../../src/main/backend/exportFolder';
import { createServices } from '../../src/main/backend/services';
import { batchTime, createdPerBatch, movedPerBatch } from './helpers/crashBatchShape';

const file = process.argv[2];
if (!file) throw new Error('Usage: crash-child <database file>');

const db = openConnection(file);
migrate(db, migrations);
db.exec(`CREATE TABLE IF NOT EXISTS crash_batches (
  id INTEGER PRIMARY KEY, at TEXT NOT NULL, created INTEGER NOT NULL, moved INTEGER NOT NULL
) STRICT`);

let batch = (db.prepare<[], number>('SELECT max(id) FROM crash_batches').pluck().get() ?? 0) + 1;
const clock = { now: () => new Date(batchTime(batch)) };
const services = createServices(
  db,
  clock,
  { version: 'crash-test', mode: 'browser', dataDir: file, exportsDir: null },
  {
    platform: createExportFolderPlatform('browser', path.join(path.dirname(file), 'exports')),
    fontsDir: path.join(path.dirname(file), 'fonts'),
  },
);
const pickActive = db.prepare<[number], { id: number; phase: (typeof phases)[number] }>(
  'SELECT id, phase FROM partners WHERE archived_at IS NULL ORDER BY random() LIMIT ?',
);
const record = db.prepare<[number, string, number, number]>(
  'INSERT INTO crash_batches (id, at, created, moved) VALUES (?, ?, ?, ?)',
);

const writeBatch = db.transaction((id: number) => {
  const at = clock.now().toISOString();
  for (let i = 0; i < createdPerBatch; i += 1) {
    services.partners.create(
      contract.createPartner.input.parse({
        partner: {
          ...emptyPartnerInput,
          name: `Batch ${id} #${i} Łódź`,
          notes: 'n'.repeat(Math.floor(Math.random() * 2000)),
          types: ['training', 'mobility'],
        },
        contact: { ...emptyContactInput, name: `Contact ${id}.${i}` },
      }),
    );
  }
  const toMove = pickActive.all(movedPerBatch);
  for (const card of toMove) {
    const next = phases[(phases.indexOf(card.phase) + 1) % phases.length] ?? 'scouting';
    services.board.move({ id: card.id, toPhase: next, afterId: null });
  }
  const logged = toMove[0]?.id;
  if (logged !== undefined) {
    services.interactions.save(
      contract.saveInteraction.input.parse({
        partnerId: logged,
        id: null,
        interaction: {
          occurredOn: '2026-01-01',
          kind: 'note',
          summary: `Batch ${id}`,
          nextStep: '',
          dueOn: null,
          contactId: null,
        },
      }),
    );
  }
  record.run(id, at, createdPerBatch, toMove.length);
});

fs.writeSync(1, 'ready\n');
for (;;) {
  writeBatch(batch);
  // Synchronous, so that a printed id was committed before the line left.
  fs.writeSync(1, `${batch}\n`);
  batch += 1;
}
