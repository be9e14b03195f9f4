import { foldedWords } from '../fold';

/**
 * The fields a column of an imported spreadsheet can fill, and the guess of which column is
 * which from its header. Headers are compared folded ("E-Mail", "e-mail" and "EMAIL" are the
 * same) against names people commonly give these columns.
 */

export const importFields = [
  'name',
  'stakeholderGroup',
  'types',
  'source',
  'sector',
  'country',
  'region',
  'city',
  'address',
  'website',
  'linkedin',
  'size',
  'notes',
  'tags',
  'phase',
  'archivedOn',
  'contactName',
  'contactRole',
  'contactEmail',
  'contactPhone',
  'contactLinkedin',
  'contactPrimary',
] as const;
export type ImportField = (typeof importFields)[number];

export const importFieldLabels: Record<ImportField, string> = {
  name: 'Name of the organisation',
  stakeholderGroup: 'Stakeholder group',
  types: 'Partnership types',
  source: 'Where you found it',
  sector: 'Sector',
  country: 'Country',
  region: 'Region',
  city: 'City',
  address: 'Street address',
  website: 'Website',
  linkedin: 'LinkedIn page of the organisation',
  size: 'Size',
  notes: 'Notes',
  tags: 'Tags',
  phase: 'Phase',
  archivedOn: 'Archived on',
  contactName: 'Contact person',
  contactRole: "Contact person's role",
  contactEmail: "Contact person's email",
  contactPhone: "Contact person's phone",
  contactLinkedin: "Contact person's LinkedIn",
  contactPrimary: 'Primary contact (yes/no)',
};

/** The header each field gets in exported CSV files; the guess below reads them back. */
export const exportHeaders: Record<ImportField, string> = {
  name: 'Name',
  stakeholderGroup: 'Stakeholder group',
  types: 'Partnership types',
  source: 'Where found',
  sector: 'Sector',
  country: 'Country',
  region: 'Region',
  city: 'City',
  address: 'Street address',
  website: 'Website',
  linkedin: 'LinkedIn',
  size: 'Size',
  notes: 'Notes',
  tags: 'Tags',
  phase: 'Phase',
  archivedOn: 'Archived on',
  contactName: 'Contact person',
  contactRole: 'Contact role',
  contactEmail: 'Contact email',
  contactPhone: 'Contact phone',
  contactLinkedin: 'Contact LinkedIn',
  contactPrimary: 'Primary contact',
};

/** Folded header words joined by one space: "E-Mail " → "e mail". */
export const headerKey = (header: string): string => foldedWords(header).join(' ');

const aliases: Record<ImportField, readonly string[]> = {
  name: [
    'name',
    'organisation',
    'organization',
    'organisation name',
    'organization name',
    'company',
    'company name',
    'partner',
    'partner name',
    'partner organisation',
    'partner organization',
    'institution',
    'institution name',
    'employer',
    'firm',
    'school',
    'legal name',
  ],
  stakeholderGroup: [
    'stakeholder group',
    'stakeholder',
    'group',
    'organisation type',
    'organization type',
    'type of organisation',
    'type of organization',
    'category',
  ],
  types: [
    'partnership types',
    'partnership type',
    'types',
    'type',
    'type s',
    'cooperation',
    'cooperation type',
    'areas of cooperation',
  ],
  source: ['where found', 'where you found it', 'source', 'found via', 'found through'],
  sector: ['sector', 'industry', 'branch', 'field'],
  country: ['country', 'land', 'pays', 'nation'],
  region: ['region', 'state', 'province', 'county', 'district'],
  city: ['city', 'town', 'place', 'municipality', 'location', 'ort', 'ville'],
  address: ['street address', 'address', 'street', 'postal address', 'adresse', 'anschrift'],
  website: ['website', 'web site', 'web', 'url', 'homepage', 'home page', 'site', 'web address'],
  linkedin: ['linkedin', 'linkedin page', 'company linkedin', 'organisation linkedin'],
  size: ['size', 'company size', 'organisation size', 'organization size', 'employees', 'staff'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks', 'description', 'memo'],
  tags: ['tags', 'tag', 'keywords', 'labels'],
  phase: ['phase', 'stage', 'status', 'pipeline stage'],
  archivedOn: ['archived on', 'archived'],
  contactName: [
    'contact person',
    'contact',
    'contact name',
    'person',
    'responsible',
    'representative',
  ],
  contactRole: ['contact role', 'role', 'position', 'job title', 'title', 'function'],
  contactEmail: [
    'contact email',
    'contact e mail',
    'email',
    'e mail',
    'mail',
    'email address',
    'e mail address',
  ],
  contactPhone: [
    'contact phone',
    'phone',
    'telephone',
    'tel',
    'phone number',
    'telephone number',
    'mobile',
  ],
  contactLinkedin: ['contact linkedin', 'personal linkedin'],
  contactPrimary: ['primary contact', 'primary', 'main contact'],
};

const fieldByAlias = new Map<string, ImportField>(
  importFields.flatMap((field) => aliases[field].map((alias) => [alias, field] as const)),
);

/** Column index → field, or null to leave the column out. */
export type ImportMapping = (ImportField | null)[];

/**
 * The field each header most likely means; a field goes to the first column that claims it,
 * so two "Email" columns never both fill the contact's email.
 */
export function guessMapping(headers: readonly string[]): ImportMapping {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const field = fieldByAlias.get(headerKey(header)) ?? null;
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** Fields that one column at most may fill; the mapping is refused otherwise. */
export function repeatedFields(mapping: ImportMapping): ImportField[] {
  const seen = new Set<ImportField>();
  const repeated = new Set<ImportField>();
  for (const field of mapping) {
    if (field === null) continue;
    if (seen.has(field)) repeated.add(field);
    seen.add(field);
  }
  return [...repeated];
}
