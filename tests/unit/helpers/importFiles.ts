import fs from 'node:fs';
import path from 'node:path';
import type { Backend } from '../../../src/main/backend';
import type {
  ImportDecision,
  ImportReport,
  TablePreview,
} from '../../../src/shared/portability/importContract';
import type { ImportMapping } from '../../../src/shared/portability/importFields';
import { must, refused } from './partners';

export const fixture = (name: string): Buffer =>
  fs.readFileSync(path.join(__dirname, '../../fixtures/import', name));

export const fileSource = (fileName: string, bytes: Uint8Array | string) => ({
  fileName,
  base64: Buffer.from(bytes).toString('base64'),
});

/** Previews a spreadsheet (not a JSON export) through the real channel. */
export async function previewTable(
  backend: Backend,
  fileName: string,
  bytes: Uint8Array | string,
  mapping: ImportMapping | null = null,
): Promise<TablePreview> {
  const preview = await must(backend, 'previewImport', {
    source: fileSource(fileName, bytes),
    mapping,
  });
  if (preview.kind !== 'table') throw new Error(`${fileName} was read as ${preview.kind}`);
  return preview;
}

/** Imports a previewed file with its mapping; likely duplicates not in `decisions` get `all`. */
export async function commitTable(
  backend: Backend,
  preview: TablePreview,
  options: {
    decisions?: Record<number, ImportDecision>;
    all?: ImportDecision;
    skipProblemRows?: boolean;
  } = {},
): Promise<ImportReport> {
  return must(backend, 'commitImport', {
    source: { token: preview.token },
    mapping: preview.mapping,
    decisions: Object.fromEntries(
      Object.entries(options.decisions ?? {}).map(([line, d]) => [line, d]),
    ),
    otherDuplicates: options.all ?? 'skip',
    skipProblemRows: options.skipProblemRows ?? false,
  });
}

/** Every partner with its types, tags and contacts, for field-by-field comparisons. */
export function partnerRows(backend: Backend) {
  const db = backend.db;
  return db
    .prepare<[], { id: number; name: string }>('SELECT id, name FROM partners ORDER BY name, id')
    .all()
    .map(({ id }) => {
      const p = db
        .prepare<[number], { name: string } & Record<string, unknown>>(
          `SELECT name, stakeholder_group, source, sector, country, region, city, website,
             linkedin, size, notes, phase, archived_at IS NOT NULL AS archived
           FROM partners WHERE id = ?`,
        )
        .get(id)!;
      return {
        ...p,
        types: db
          .prepare<[number], string>(
            'SELECT type FROM partner_types WHERE partner_id = ? ORDER BY type',
          )
          .pluck()
          .all(id),
        tags: db
          .prepare<[number], string>(
            'SELECT tag FROM partner_tags WHERE partner_id = ? ORDER BY tag',
          )
          .pluck()
          .all(id),
        contacts: db
          .prepare<[number], Record<string, unknown>>(
            `SELECT name, role, email, phone, linkedin, is_primary FROM contacts
             WHERE partner_id = ? ORDER BY name, email`,
          )
          .all(id),
      };
    });
}

/** Imports a previewed file as it is, which must be refused; answers the error. */
export const refusedCommit = (backend: Backend, preview: TablePreview) =>
  refused(backend, 'commitImport', {
    source: { token: preview.token },
    mapping: preview.mapping,
    decisions: {},
    otherDuplicates: 'skip',
    skipProblemRows: false,
  });
