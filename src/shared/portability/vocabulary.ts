import {
  type OrganisationSize,
  type PartnerSource,
  type PartnershipType,
  type Phase,
  type StakeholderGroup,
  organisationSizeLabels,
  organisationSizes,
  partnerSourceLabels,
  partnerSources,
  partnershipTypeLabels,
  partnershipTypes,
  phaseLabels,
  phases,
  stakeholderGroupLabels,
  stakeholderGroups,
} from '../domain';
import { foldedWords } from '../fold';

/**
 * Turns what a spreadsheet says ("HR & Talent", "hr_talent", "Employer or SME", "SME") into
 * the stored keys. Case, accents, punctuation and "&" versus "and" do not matter; labels, keys
 * and a few common short names are understood. Anything else is reported, never guessed.
 */

const words = (text: string): string =>
  foldedWords(text.replaceAll('&', ' and '))
    .filter((w) => w !== 'and')
    .join(' ');

function matcher<K extends string>(
  keys: readonly K[],
  labels: Record<K, string>,
  extra: Record<string, K> = {},
): (value: string) => K | null {
  const table = new Map<string, K>();
  for (const key of keys) {
    table.set(words(key.replaceAll('_', ' ')), key);
    table.set(words(labels[key]), key);
  }
  for (const [alias, key] of Object.entries(extra)) table.set(words(alias), key);
  return (value) => table.get(words(value)) ?? null;
}

export const matchType = matcher<PartnershipType>(partnershipTypes, partnershipTypeLabels, {
  hr: 'hr_talent',
  talent: 'hr_talent',
  quality: 'quality_certification',
  certification: 'quality_certification',
  inclusion: 'community_inclusion',
  community: 'community_inclusion',
  international: 'international_alliances',
  data: 'data_intelligence',
  apprenticeships: 'training',
  'work based learning': 'training',
});

export const matchGroup = matcher<StakeholderGroup>(stakeholderGroups, stakeholderGroupLabels, {
  sme: 'employer',
  company: 'employer',
  business: 'employer',
  chamber: 'social_partner',
  'sector association': 'social_partner',
  'trade union': 'social_partner',
  'public employment service': 'employment_service',
  school: 'education_provider',
  university: 'education_provider',
  'vet provider': 'education_provider',
  'higher education': 'education_provider',
  alumni: 'alumni_network',
  municipality: 'public_civil_society',
  ngo: 'public_civil_society',
  'public authority': 'public_civil_society',
  'quality body': 'quality_body',
  'accreditation body': 'quality_body',
  'eu network': 'international_network',
  'international network': 'international_network',
});

export const matchSource = matcher<PartnerSource>(partnerSources, partnerSourceLabels);

export const matchPhase = matcher<Phase>(phases, phaseLabels, {
  prospect: 'scouting',
  contacted: 'first_contact',
  setup: 'collaboration_setup',
  maintenance: 'maintenance_growth',
  growth: 'maintenance_growth',
  active: 'maintenance_growth',
});

const matchSizeWord = matcher<OrganisationSize>(organisationSizes, organisationSizeLabels);

/** A size class, or a head count turned into one (EU thresholds). */
export function matchSize(value: string): OrganisationSize | null {
  const count = /^\d+$/.test(value.trim()) ? Number(value.trim()) : null;
  if (count !== null)
    return count < 10 ? 'micro' : count < 50 ? 'small' : count < 250 ? 'medium' : 'large';
  return matchSizeWord(value);
}

const yes = new Set(['yes', 'y', 'true', '1', 'x', 'ja', 'oui', 'si', 'tak', 'primary']);
const no = new Set(['no', 'n', 'false', '0', 'nein', 'non', 'nie', '']);

/** true / false, or null when the cell says neither. */
export function matchYesNo(value: string): boolean | null {
  const w = words(value);
  return yes.has(w) ? true : no.has(w) ? false : null;
}
