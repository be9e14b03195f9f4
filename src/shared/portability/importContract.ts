import { z } from 'zod';
import type { PartnershipType, Phase, StakeholderGroup } from '../domain';
import type { DuplicateReason } from './duplicateKeys';
import { type ImportMapping, importFields } from './importFields';

/**
 * What the import wizard and the backend say to each other. The file travels once, base64
 * encoded, to `previewImport`; the backend keeps what it parsed under a token, and later
 * previews (a changed mapping) and the commit refer to the token.
 */

/** Files up to 20 MB; base64 makes four characters of every three bytes. */
export const maxImportBytes = 20 * 1024 * 1024;

export const importMappingSchema = z
  .array(z.enum(importFields, { error: 'Choose a field from the list.' }).nullable())
  .max(500, 'A file can have at most 500 columns.');

const token = z.string().regex(/^[0-9a-f-]{36}$/, 'This import is no longer open.');

/** The file itself, or the token of the one read before. */
const importSource = z.union([
  z.strictObject({
    fileName: z.string().trim().min(1).max(255),
    base64: z
      .string()
      .max(Math.ceil(maxImportBytes / 3) * 4, 'The file is larger than 20 MB.')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file could not be read.'),
  }),
  z.strictObject({ token }),
]);

export const previewImportSchema = z.strictObject({
  source: importSource,
  /** Null: guess from the headers. */
  mapping: importMappingSchema.nullable(),
});

export const importDecisions = ['skip', 'merge', 'import'] as const;
export type ImportDecision = (typeof importDecisions)[number];

export const commitImportSchema = z.strictObject({
  source: importSource,
  mapping: importMappingSchema,
  /** Per line of a likely duplicate. */
  decisions: z.record(z.string().regex(/^\d+$/), z.enum(importDecisions)),
  /** For likely duplicates whose line is not in `decisions` (e.g. too many to list). */
  otherDuplicates: z.enum(importDecisions),
  /** Rows with problems block the import unless they are skipped. */
  skipProblemRows: z.boolean(),
});

/** A partner already in the database, or an earlier row of the same file. */
export type DuplicateTarget =
  { kind: 'partner'; id: number; name: string } | { kind: 'row'; line: number; name: string };

export interface DuplicateMatch {
  target: DuplicateTarget;
  reasons: DuplicateReason[];
}

export interface ImportColumn {
  header: string;
  /** The first few non-empty values. */
  samples: string[];
}

/** A row as it will be imported. */
export interface PreviewRow {
  line: number;
  name: string;
  stakeholderGroup: StakeholderGroup | null;
  types: PartnershipType[];
  country: string;
  city: string;
  phase: Phase;
  contactName: string;
  contactEmail: string;
  problems: string[];
  notices: string[];
  duplicate: DuplicateMatch | null;
}

export interface TablePreview {
  kind: 'table';
  token: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  /** How the text was read (CSV only), e.g. "UTF-8". */
  encoding: string | null;
  delimiter: string | null;
  sheet: string | null;
  columns: ImportColumn[];
  mapping: ImportMapping;
  /** Why this mapping cannot be imported (no name column, a field twice); null when it can. */
  mappingProblem: string | null;
  totalRows: number;
  counts: { ready: number; duplicates: number; problems: number };
  /**
   * The first rows, then every row with a problem, a likely duplicate or values kept in the
   * notes (up to a limit).
   */
  rows: PreviewRow[];
  /** Flagged rows left out of `rows` because there were too many to list. */
  unlisted: number;
}

/** A Partnerloom JSON export, restored as a whole into an empty database. */
export interface BackupPreview {
  kind: 'json';
  token: string;
  fileName: string;
  exportedAt: string;
  appVersion: string;
  /** Rows per table, e.g. { partners: 120, contacts: 210 }. */
  counts: Record<string, number>;
  /** Why it cannot be restored here; null when it can. */
  blocked: string | null;
}

export type ImportPreview = TablePreview | BackupPreview;

export interface SkippedRow {
  line: number;
  name: string;
  reason: string;
}

export interface ImportReport {
  imported: number;
  merged: number;
  skipped: SkippedRow[];
  /** A JSON restore: rows per table. */
  restored: Record<string, number> | null;
}

export const exportKinds = ['json', 'partnersCsv', 'contactsCsv'] as const;
export type ExportKind = (typeof exportKinds)[number];

export const exportDataSchema = z.strictObject({ kind: z.enum(exportKinds) });

export interface ExportResult {
  fileName: string;
  /** Where it was written; null when the coordinator cancelled the save dialog. */
  savedPath: string | null;
  /** Rows written: partners (CSV), contacts (CSV) or partners in the export (JSON). */
  count: number;
}
