import fs from 'node:fs';
import path from 'node:path';
import type { Backend } from '../src/main/backend';
import { databaseFileName } from '../src/main/backend/db/store';
import { quickCheckInWorker } from '../src/main/backend/db/quickCheckWorker';
import { type BoardWire, decodeBoard } from '../src/shared/boardWire';
import { type Phase, phases } from '../src/shared/domain';
import { decodeOverlapFacts, filterOverlapPartners } from '../src/shared/overlap/facts';
import { computeOverlap } from '../src/shared/overlap/compute';
import { emptyPartnerInput, type PartnerFilter } from '../src/shared/partner';
import { must } from '../tests/unit/helpers/partners';
import { openBackend, type Workspace } from './dataSets';
import type { Measurement } from './results';
import { sample, timed } from './stats';

const today = () => new Date().toISOString().slice(0, 10);
const noFilter = (): PartnerFilter => ({
  text: '',
  types: [],
  groups: [],
  countries: [],
  overdueOnly: false,
  today: today(),
});
/** Words a coordinator would type: a place with diacritics, a sector, a partial word. */
const searchTerms = ['lodz', 'welding', 'mobil', 'berlin', 'apprentice'];

function record(
  key: string,
  label: string,
  size: number,
  samples: number[],
  note?: string,
): Measurement {
  return { key, label, unit: 'ms', size, samples, ...(note ? { note } : {}) };
}

/**
 * The backend under Node, as the app runs it, on private copies of the data set: start-up,
 * the board, search, moves, new partners and the overlap view.
 */
export async function measureBackend(
  workspace: Workspace,
  dataDir: string,
  size: number,
  runs: number,
): Promise<Measurement[]> {
  const results: Measurement[] = [];

  // As the app starts: the integrity check in a worker thread, requests waiting for it.
  const startDir = workspace.copy(dataDir);
  const held: number[] = [];
  const starts = await sample(runs, 1, async () => {
    let backend: Backend | undefined;
    const ms = await timed(async () => {
      const started = performance.now();
      backend = openBackend(startDir, true);
      held.push(performance.now() - started);
      await must(backend, 'getStartupState', undefined);
      await must(backend, 'getAppInfo', undefined);
    });
    backend?.close();
    return ms;
  });
  // Of which the check itself: the worker thread's start and `quick_check` over the whole file.
  const file = path.join(startDir, databaseFileName);
  const checks = await sample(runs, 1, () =>
    timed(async () => {
      const answer = await quickCheckInWorker(file);
      if (!('lines' in answer) || answer.lines.join() !== 'ok') {
        throw new Error(`The data set did not pass its check: ${JSON.stringify(answer)}`);
      }
    }),
  );
  results.push(
    record('backendStart', 'backend start: open + migrate + integrity check + ready', size, starts),
    record(
      'backendStartHeld',
      'backend start: main thread held (check in a worker meanwhile)',
      size,
      held.slice(-runs),
    ),
    record(
      'backendStartCheck',
      'backend start: the integrity check alone (worker + quick_check)',
      size,
      checks,
      `${(fs.statSync(file).size / 1e6).toFixed(1)} MB file`,
    ),
  );

  const backend = openBackend(workspace.copy(dataDir));
  try {
    let json = '';
    const boardLoads = await sample(runs, 2, () =>
      timed(async () => {
        // What the backend does for the window: the query and the answer as JSON.
        json = JSON.stringify(await must(backend, 'getBoard', undefined));
      }),
    );
    const boardReads = await sample(runs, 2, () =>
      timed(() => decodeBoard(JSON.parse(json) as BoardWire)),
    );
    results.push(
      record(
        'boardLoad',
        'load the board data (all phases, card fields: query + JSON)',
        size,
        boardLoads,
        `${(json.length / 1e6).toFixed(2)} MB of JSON`,
      ),
      record('boardRead', 'the board data read into cards (JSON.parse + cards)', size, boardReads),
    );

    const searches = await sample(runs * 3, 3, (i) =>
      timed(() =>
        must(backend, 'findPartners', {
          ...noFilter(),
          text: searchTerms[(i + searchTerms.length * 10) % searchTerms.length]!,
        }),
      ),
    );
    results.push(record('search', 'full-text search', size, searches));

    const { cards } = decodeBoard(await must(backend, 'getBoard', undefined));
    const byPhase = (phase: Phase) => cards.filter((c) => c.phase === phase);
    // Each move takes another card of Scouting (or the busiest column) one phase on.
    const from = phases.reduce((a, b) => (byPhase(a).length >= byPhase(b).length ? a : b));
    const to = phases[(phases.indexOf(from) + 1) % phases.length]!;
    const movable = byPhase(from);
    let next = 0;
    const moveOne = () => {
      const card = movable[next++ % movable.length]!;
      return timed(() => must(backend, 'movePartner', { id: card.id, toPhase: to, afterId: null }));
    };
    const moves = await sample(runs * 5, 5, moveOne);
    // The same without waiting for the disk: what the move itself costs. The app keeps
    // synchronous=FULL, so that a move it has confirmed survives a power cut.
    backend.db.pragma('synchronous = NORMAL');
    const movesWithoutSync = await sample(runs * 5, 5, moveOne);
    backend.db.pragma('synchronous = FULL');
    results.push(
      record(
        'move',
        'move a card (transaction incl. history)',
        size,
        moves,
        `${movable.length} cards in ${from}`,
      ),
      record(
        'moveNoSync',
        'move a card, not waiting for the disk (synchronous=NORMAL)',
        size,
        movesWithoutSync,
      ),
    );

    const creates = await sample(runs * 3, 3, (i) =>
      timed(() =>
        must(backend, 'createPartner', {
          partner: {
            ...emptyPartnerInput,
            name: `Benchmark Organisation ${i + 10}`,
            stakeholderGroup: 'employer',
            types: ['training', 'mobility'],
            country: 'Poland',
            city: 'Łódź',
          },
          contact: null,
        }),
      ),
    );
    results.push(record('create', 'add a partner (to the top of Scouting)', size, creates));

    const overlaps = await sample(runs, 2, () =>
      timed(async () => {
        const wire = await must(backend, 'getOverlapData', undefined);
        const partners = decodeOverlapFacts(wire);
        computeOverlap(filterOverlapPartners(partners, { phases: [], groups: [], countries: [] }));
      }),
    );
    results.push(
      record('overlap', 'overlap view computation (data + computation)', size, overlaps),
    );
  } finally {
    backend.close();
  }
  return results;
}

/** A CSV of `rows` partners as the app exports it, from a data set of its own. */
export async function csvOfPartners(sourceDir: string): Promise<Buffer> {
  const backend = openBackend(sourceDir);
  try {
    const exported = await must(backend, 'exportData', { kind: 'partnersCsv' });
    if (!exported.savedPath) throw new Error('The CSV export was not written.');
    return fs.readFileSync(exported.savedPath);
  } finally {
    backend.close();
  }
}

/** Import of the CSV into a copy of the data set: reading, review, then the one transaction. */
export async function measureCsvImport(
  workspace: Workspace,
  dataDir: string,
  size: number,
  runs: number,
  csv: Buffer,
  rows: number,
): Promise<Measurement> {
  const source = { fileName: 'partners.csv', base64: csv.toString('base64') };
  let imported = 0;
  const samples = await sample(runs, 1, async () => {
    const backend = openBackend(workspace.copy(dataDir));
    try {
      return await timed(async () => {
        const preview = await must(backend, 'previewImport', { source, mapping: null });
        if (preview.kind !== 'table') throw new Error('The CSV was not read as a table.');
        const report = await must(backend, 'commitImport', {
          source: { token: preview.token },
          mapping: preview.mapping,
          decisions: {},
          otherDuplicates: 'import',
          skipProblemRows: true,
        });
        imported = report.imported + report.merged;
      });
    } finally {
      backend.close();
    }
  });
  return record(
    'csvImport',
    `CSV import of ${rows.toLocaleString('en')} rows (review + commit)`,
    size,
    samples,
    `${imported} rows imported into ${size} partners`,
  );
}

export const exportsOf = (dataDir: string) => path.join(dataDir, 'exports');
