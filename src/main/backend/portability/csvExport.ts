import {
  type PartnershipType,
  organisationSizeLabels,
  partnerSourceLabels,
  partnershipTypeLabels,
  partnershipTypes,
  phaseLabels,
  phases,
  stakeholderGroupLabels,
} from '../../../shared/domain';
import { joinList } from '../../../shared/portability/cells';
import { csvBytes } from '../csv';
import type { Partner } from '../../../shared/partner';
import {
  type ImportField,
  exportHeaders,
  importFields,
} from '../../../shared/portability/importFields';
import type { Db } from '../db/connection';

/**
 * Partners and contacts as CSV for a spreadsheet: UTF-8 with a byte order mark (so that Excel
 * reads the accents right), CRLF line ends, every cell that a spreadsheet would run as a
 * formula neutralised. Choices and partnership types are written with the labels the app
 * shows; the importer reads the same files back unchanged.
 */

function toCsv(
  fields: readonly ImportField[],
  rows: readonly Record<string, string>[],
): Uint8Array {
  const header = fields.map((f) => exportHeaders[f]);
  return csvBytes([header, ...rows.map((row) => fields.map((f) => row[f] ?? ''))]);
}

const phaseOrder = `CASE p.phase ${phases.map((p, i) => `WHEN '${p}' THEN ${i}`).join(' ')} END`;

/** The partner's own columns, with types, tags and the primary contact read alongside. */
type PartnerExportRow = Omit<
  Partner,
  'types' | 'tags' | 'position' | 'phaseEnteredAt' | 'createdAt' | 'updatedAt'
> & {
  /** Joined with the unit separator, which no text of the app contains. */
  types: string | null;
  tags: string | null;
} & Record<
    'contactName' | 'contactRole' | 'contactEmail' | 'contactPhone' | 'contactLinkedin',
    string | null
  >;

/** Every field but the primary flag: this file holds the primary contact only. */
const partnerFields = importFields.filter((f) => f !== 'contactPrimary');

const typeList = (stored: string | null): string => {
  const keys = new Set((stored ?? '').split('\u001f'));
  return joinList(
    partnershipTypes
      .filter((t) => keys.has(t))
      .map((t: PartnershipType) => partnershipTypeLabels[t]),
  );
};

/** Board partners column by column in board order, then archived ones; not deleted ones. */
export function partnersCsv(db: Db): { bytes: Uint8Array; count: number } {
  const rows = db
    .prepare<[], PartnerExportRow>(
      `SELECT p.id, p.name, p.stakeholder_group AS stakeholderGroup, p.source, p.sector,
         p.country, p.region, p.city, p.address, p.website, p.linkedin, p.size, p.notes, p.phase,
         p.archived_at AS archivedAt,
         (SELECT group_concat(type, char(31)) FROM partner_types WHERE partner_id = p.id) AS types,
         (SELECT group_concat(tag, char(31)) FROM
            (SELECT tag FROM partner_tags WHERE partner_id = p.id ORDER BY tag)) AS tags,
         c.name AS contactName, c.role AS contactRole, c.email AS contactEmail,
         c.phone AS contactPhone, c.linkedin AS contactLinkedin
       FROM partners p
       LEFT JOIN contacts c ON c.partner_id = p.id AND c.is_primary = 1
       WHERE p.deleted_at IS NULL
       ORDER BY p.archived_at IS NOT NULL, ${phaseOrder}, p.position, p.id`,
    )
    .all();
  const records = rows.map((r) => ({
    name: r.name,
    stakeholderGroup: r.stakeholderGroup ? stakeholderGroupLabels[r.stakeholderGroup] : '',
    types: typeList(r.types),
    source: r.source ? partnerSourceLabels[r.source] : '',
    sector: r.sector,
    country: r.country,
    region: r.region,
    city: r.city,
    address: r.address,
    website: r.website,
    linkedin: r.linkedin,
    size: r.size ? organisationSizeLabels[r.size] : '',
    notes: r.notes,
    tags: joinList(r.tags ? r.tags.split('\u001f') : []),
    phase: phaseLabels[r.phase],
    archivedOn: r.archivedAt ?? '',
    contactName: r.contactName ?? '',
    contactRole: r.contactRole ?? '',
    contactEmail: r.contactEmail ?? '',
    contactPhone: r.contactPhone ?? '',
    contactLinkedin: r.contactLinkedin ?? '',
  }));
  return { bytes: toCsv(partnerFields, records), count: records.length };
}

const contactFields: readonly ImportField[] = [
  'name',
  'website',
  'contactName',
  'contactRole',
  'contactEmail',
  'contactPhone',
  'contactLinkedin',
  'contactPrimary',
];

/**
 * One row per contact with its partner's name and website, so that importing the file after
 * the partners file adds each contact to its partner (a likely duplicate, merged).
 */
export function contactsCsv(db: Db): { bytes: Uint8Array; count: number } {
  const rows = db
    .prepare<
      [],
      Record<'partner' | 'website' | 'name' | 'role' | 'email' | 'phone' | 'linkedin', string> & {
        isPrimary: number;
      }
    >(
      `SELECT p.name AS partner, p.website, c.name, c.role, c.email, c.phone, c.linkedin,
         c.is_primary AS isPrimary
       FROM contacts c JOIN partners p ON p.id = c.partner_id
       WHERE p.deleted_at IS NULL
       ORDER BY p.archived_at IS NOT NULL, ${phaseOrder}, p.position, p.id, c.is_primary DESC, c.id`,
    )
    .all();
  const records = rows.map((r) => ({
    name: r.partner,
    website: r.website,
    contactName: r.name,
    contactRole: r.role,
    contactEmail: r.email,
    contactPhone: r.phone,
    contactLinkedin: r.linkedin,
    contactPrimary: r.isPrimary === 1 ? 'yes' : 'no',
  }));
  return { bytes: toCsv(contactFields, records), count: records.length };
}
