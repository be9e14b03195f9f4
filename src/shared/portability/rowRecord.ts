import type { z } from 'zod';
import type { Phase } from '../domain';
import {
  type ContactInput,
  type PartnerInput,
  contactInputSchema,
  emptyPartnerInput,
  partnerInputSchema,
} from '../partner';
import { restoreCell, splitList } from './cells';
import { type ImportField, type ImportMapping, importFieldLabels } from './importFields';
import {
  matchGroup,
  matchPhase,
  matchSize,
  matchSource,
  matchType,
  matchYesNo,
} from './vocabulary';

/**
 * One spreadsheet row as the partner (and contact) it will become, checked with the same
 * schemas as the partner form. Values the app does not know ("Space travel" as a partnership
 * type) are not dropped: the row keeps them in its notes and says so.
 */

export interface RowRecord {
  /** What the row says, for the preview; `partner` is the checked version (null: problems). */
  input: PartnerInput;
  partner: z.output<typeof partnerInputSchema> | null;
  contact: z.output<typeof contactInputSchema> | null;
  /** Null: the file says nothing about it (a new partner starts in Scouting). */
  phase: Phase | null;
  /** ISO timestamp; null: not archived. */
  archivedAt: string | null;
  /** Null: the file says nothing about it. */
  contactPrimary: boolean | null;
  /** Why the row cannot be imported as it is. */
  problems: string[];
  /** What the import did with values it did not understand. */
  notices: string[];
}

const contactFields: readonly ImportField[] = [
  'contactName',
  'contactRole',
  'contactEmail',
  'contactPhone',
  'contactLinkedin',
];

/** Splits "Training, Mobility" as well as "Training; Mobility". */
const splitTypes = (cell: string) =>
  cell
    .split(/[;,|\n]/)
    .map((v) => v.trim())
    .filter((v) => v !== '');

function archivedTimestamp(value: string): string | null {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const d = new Date(`${v}T00:00:00.000Z`);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(v)) {
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  }
  return null;
}

/** Messages of a failed schema check, each naming the column's field. */
function schemaProblems(
  error: z.ZodError,
  fieldOf: (path: string) => ImportField | null,
): string[] {
  return error.issues.map((issue) => {
    const field = fieldOf(String(issue.path[0] ?? ''));
    return field ? `${importFieldLabels[field]}: ${issue.message}` : issue.message;
  });
}

const partnerPathField: Record<string, ImportField> = {
  name: 'name',
  stakeholderGroup: 'stakeholderGroup',
  types: 'types',
  source: 'source',
  sector: 'sector',
  country: 'country',
  region: 'region',
  city: 'city',
  address: 'address',
  website: 'website',
  linkedin: 'linkedin',
  size: 'size',
  notes: 'notes',
  tags: 'tags',
};
const contactPathField: Record<string, ImportField> = {
  name: 'contactName',
  role: 'contactRole',
  email: 'contactEmail',
  phone: 'contactPhone',
  linkedin: 'contactLinkedin',
};

export function rowRecord(cells: readonly string[], mapping: ImportMapping): RowRecord {
  const value = (field: ImportField): string => {
    const index = mapping.indexOf(field);
    return index === -1 ? '' : restoreCell(cells[index] ?? '').trim();
  };
  const problems: string[] = [];
  const unknown: string[] = [];

  const types: PartnerInput['types'] = [];
  for (const item of splitTypes(value('types'))) {
    const type = matchType(item);
    if (type) types.push(type);
    else unknown.push(`partnership type “${item}”`);
  }
  const enumValue = <K>(field: ImportField, match: (v: string) => K | null, what: string) => {
    const raw = value(field);
    if (raw === '') return null;
    const key = match(raw);
    if (key === null) unknown.push(`${what} “${raw}”`);
    return key;
  };
  const stakeholderGroup = enumValue('stakeholderGroup', matchGroup, 'stakeholder group');
  const source = enumValue('source', matchSource, 'where found');
  const size = enumValue('size', matchSize, 'size');
  const phase = enumValue('phase', matchPhase, 'phase');

  const notes = value('notes');
  const input: PartnerInput = {
    ...emptyPartnerInput,
    name: value('name'),
    stakeholderGroup,
    types,
    source,
    sector: value('sector'),
    country: value('country'),
    region: value('region'),
    city: value('city'),
    address: value('address'),
    website: value('website'),
    linkedin: value('linkedin'),
    size,
    notes:
      unknown.length === 0
        ? notes
        : `${notes}${notes === '' ? '' : '\n\n'}Not recognised on import: ${unknown.join(', ')}.`,
    tags: splitList(value('tags')),
  };
  const notices =
    unknown.length === 0 ? [] : [`Not recognised, kept in the notes: ${unknown.join(', ')}.`];

  const partner = partnerInputSchema.safeParse(input);
  if (!partner.success) {
    problems.push(...schemaProblems(partner.error, (p) => partnerPathField[p] ?? null));
  }

  let contact: RowRecord['contact'] = null;
  if (contactFields.some((f) => value(f) !== '')) {
    const contactInput: ContactInput = {
      name: value('contactName'),
      role: value('contactRole'),
      email: value('contactEmail'),
      phone: value('contactPhone'),
      linkedin: value('contactLinkedin'),
      isPrimary: false,
    };
    const parsed = contactInputSchema.safeParse(contactInput);
    if (parsed.success) contact = parsed.data;
    else problems.push(...schemaProblems(parsed.error, (p) => contactPathField[p] ?? null));
  }

  let archivedAt: string | null = null;
  const archived = value('archivedOn');
  if (archived !== '') {
    archivedAt = archivedTimestamp(archived);
    if (archivedAt === null) {
      problems.push(`${importFieldLabels.archivedOn}: enter a date such as 2026-03-01.`);
    }
  }

  let contactPrimary: boolean | null = null;
  const primary = value('contactPrimary');
  if (primary !== '') {
    contactPrimary = matchYesNo(primary);
    if (contactPrimary === null) {
      problems.push(`${importFieldLabels.contactPrimary}: write yes or no, not “${primary}”.`);
    }
  }

  return {
    input,
    partner: partner.success ? partner.data : null,
    contact,
    phase,
    archivedAt,
    contactPrimary,
    problems,
    notices,
  };
}
