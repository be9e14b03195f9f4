import crypto from 'node:crypto';
import type { ChannelParsedInput } from '../../../shared/api';
import { guessMapping, type ImportMapping } from '../../../shared/portability/importFields';
import type {
  ExportResult,
  ImportPreview,
  ImportReport,
  TablePreview,
} from '../../../shared/portability/importContract';
import type { RowRecord } from '../../../shared/portability/rowRecord';
import type { Clock } from '../clock';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import type { Platform } from '../platform';
import type { PartnerRepositories } from '../repositories/partnerRepositories';
import { contactsCsv, partnersCsv } from './csvExport';
import {
  type Snapshot,
  createSnapshot,
  notEmptyReason,
  parseSnapshot,
  restoreSnapshot,
  snapshotCounts,
} from './dataSnapshot';
import { encodingLabels, decodeText } from './decodeText';
import { analyseRows, mappingProblem, previewRow, rowRecords } from './importAnalysis';
import { commitRows } from './importCommit';
import { type Table, detectFormat, readTable } from './readTable';

/**
 * Rows the preview lists: the first few, then flagged ones (problems, likely duplicates, values
 * kept in the notes) up to the limit.
 */
const firstRows = 20;
const listLimit = 500;
/** Files read but not yet imported that are kept; older ones are forgotten. */
const keptFiles = 4;

type ImportSource = ChannelParsedInput<'previewImport'>['source'];

type Loaded =
  | {
      kind: 'table';
      fileName: string;
      table: Table;
      /** The rows as records for the last mapping used, so that the commit need not redo them. */
      records: { mapping: string; list: (RowRecord | null)[] } | null;
    }
  | { kind: 'json'; fileName: string; snapshot: Snapshot };

const day = (iso: string) => iso.slice(0, 10);

/** Export to files and import from spreadsheets and JSON exports. */
export function createPortabilityService(
  db: Db,
  repos: PartnerRepositories,
  clock: Clock,
  platform: Platform,
  appVersion: string,
) {
  const loaded = new Map<string, Loaded>();

  function keep(file: Loaded): string {
    const token = crypto.randomUUID();
    loaded.set(token, file);
    while (loaded.size > keptFiles) loaded.delete(loaded.keys().next().value as string);
    return token;
  }

  function take(token: string): Loaded {
    const file = loaded.get(token);
    if (!file) {
      throw new AppError(
        'not_found',
        'This file is no longer open for import (the app may have restarted). Choose it again.',
      );
    }
    return file;
  }

  /** The file sent, kept under a new token, or the one kept under the token given. */
  async function open(source: ImportSource): Promise<{ token: string; file: Loaded }> {
    if ('token' in source) return { token: source.token, file: take(source.token) };
    const file = await load(source.fileName, source.base64);
    return { token: keep(file), file };
  }

  async function load(fileName: string, base64: string): Promise<Loaded> {
    const bytes = Buffer.from(base64, 'base64');
    if (bytes.length === 0) throw new AppError('invalid_input', 'This file is empty.');
    const format = detectFormat(bytes, fileName);
    if (format === 'json')
      return { kind: 'json', fileName, snapshot: parseSnapshot(decodeText(bytes).text) };
    return { kind: 'table', fileName, table: await readTable(bytes, format), records: null };
  }

  function recordsFor(file: Loaded & { kind: 'table' }, mapping: ImportMapping) {
    const key = JSON.stringify(mapping);
    if (file.records?.mapping !== key) {
      file.records = { mapping: key, list: rowRecords(file.table.rows, mapping) };
    }
    return file.records.list;
  }

  function tablePreview(
    token: string,
    file: Loaded & { kind: 'table' },
    mapping: ImportMapping,
  ): TablePreview {
    const { table } = file;
    const problem = mappingProblem(mapping);
    const analysed = problem ? [] : analyseRows(db, table.rows, mapping, recordsFor(file, mapping));
    const flagged = analysed.filter(
      (r) => r.problems.length > 0 || r.duplicate !== null || (r.record?.notices.length ?? 0) > 0,
    );
    const listed = new Set(analysed.slice(0, firstRows));
    for (const row of flagged) {
      if (listed.size >= listLimit) break;
      listed.add(row);
    }
    const rows = analysed.filter((r) => listed.has(r));
    return {
      kind: 'table',
      token,
      fileName: file.fileName,
      format: table.format,
      encoding: table.encoding ? encodingLabels[table.encoding] : null,
      delimiter: table.delimiter,
      sheet: table.sheet,
      columns: table.headers.map((header, i) => ({
        header,
        samples: table.rows
          .map((r) => (r.problem ? '' : (r.cells[i] ?? '').trim()))
          .filter((v) => v !== '')
          .slice(0, 3),
      })),
      mapping,
      mappingProblem: problem,
      totalRows: table.rows.length,
      counts: {
        ready: analysed.filter((r) => r.problems.length === 0 && r.duplicate === null).length,
        duplicates: analysed.filter((r) => r.problems.length === 0 && r.duplicate !== null).length,
        problems: analysed.filter((r) => r.problems.length > 0).length,
      },
      rows: rows.map(previewRow),
      unlisted: flagged.filter((r) => !listed.has(r)).length,
    };
  }

  /** The mapping as given, fitted to the file's columns. */
  const fitted = (mapping: ImportMapping, columns: number): ImportMapping =>
    Array.from({ length: columns }, (_, i) => mapping[i] ?? null);

  return {
    async exportData({ kind }: ChannelParsedInput<'exportData'>): Promise<ExportResult> {
      const at = clock.now().toISOString();
      let fileName: string;
      let bytes: Uint8Array;
      let count: number;
      if (kind === 'json') {
        const snapshot = createSnapshot(db, appVersion, at);
        fileName = `Partnerloom export ${day(at)}.json`;
        bytes = Buffer.from(`${JSON.stringify(snapshot, null, 2)}\n`, 'utf8');
        count = snapshot.data.partners.length;
      } else {
        ({ bytes, count } = kind === 'partnersCsv' ? partnersCsv(db) : contactsCsv(db));
        fileName = `Partnerloom ${kind === 'partnersCsv' ? 'partners' : 'contacts'} ${day(at)}.csv`;
      }
      const savedPath = await platform.saveFile(fileName, bytes);
      return { fileName, savedPath, count };
    },

    async previewImport({
      source,
      mapping,
    }: ChannelParsedInput<'previewImport'>): Promise<ImportPreview> {
      const { token, file } = await open(source);
      if (file.kind === 'json') {
        return {
          kind: 'json',
          token,
          fileName: file.fileName,
          exportedAt: file.snapshot.exportedAt,
          appVersion: file.snapshot.appVersion,
          counts: snapshotCounts(file.snapshot),
          blocked: notEmptyReason(db),
        };
      }
      const columns = file.table.headers.length;
      return tablePreview(
        token,
        file,
        mapping ? fitted(mapping, columns) : guessMapping(file.table.headers),
      );
    },

    async commitImport(input: ChannelParsedInput<'commitImport'>): Promise<ImportReport> {
      const { token, file } = await open(input.source);
      if (file.kind === 'json') {
        const restored = db.transaction(() => restoreSnapshot(db, repos, file.snapshot))();
        loaded.delete(token);
        return {
          imported: restored.partners ?? 0,
          merged: 0,
          skipped: [],
          restored,
        };
      }
      const mapping = fitted(input.mapping, file.table.headers.length);
      const problem = mappingProblem(mapping);
      if (problem) throw new AppError('invalid_input', problem);
      const report = db.transaction(() => {
        const rows = analyseRows(db, file.table.rows, mapping, recordsFor(file, mapping));
        const withProblems = rows.filter((r) => r.problems.length > 0);
        if (withProblems.length > 0 && !input.skipProblemRows) {
          throw new AppError(
            'conflict',
            `${withProblems.length === 1 ? '1 row has a problem' : `${withProblems.length} rows have problems`}, so nothing was imported. ` +
              `${withProblems[0]?.problems[0] ?? ''} Correct the file, or choose to skip these rows.`,
          );
        }
        return commitRows(
          repos,
          rows,
          (line) => input.decisions[String(line)] ?? input.otherDuplicates,
          clock.now().toISOString(),
        );
      })();
      loaded.delete(token);
      return report;
    },
  };
}

export type PortabilityService = ReturnType<typeof createPortabilityService>;
