import {
  type PartnershipType,
  type StakeholderGroup,
  partnershipTypeLabels,
  stakeholderGroupLabels,
} from '../domain';

/** Types as they read inside a sentence ("partner with you on HR & talent"). */
export const typeInSentence: Record<PartnershipType, string> = {
  training: 'training',
  mobility: 'mobility',
  innovation: 'innovation',
  funding: 'funding',
  infrastructure: 'infrastructure',
  hr_talent: 'HR & talent',
  quality_certification: 'quality & certification',
  entrepreneurship: 'entrepreneurship',
  community_inclusion: 'community & inclusion',
  international_alliances: 'international alliances',
  data_intelligence: 'data & intelligence',
};

/** Short column headings for the matrices; the full name goes with them for screen readers. */
export const typeShortLabels: Record<PartnershipType, string> = {
  training: 'Train.',
  mobility: 'Mobil.',
  innovation: 'Innov.',
  funding: 'Fund.',
  infrastructure: 'Infra.',
  hr_talent: 'HR',
  quality_certification: 'Quality',
  entrepreneurship: 'Entre.',
  community_inclusion: 'Comm.',
  international_alliances: 'Intl.',
  data_intelligence: 'Data',
};

/** One organisation of the group, inside a sentence ("No employment service in …"). */
export const groupSingular: Record<StakeholderGroup, string> = {
  employer: 'employer or SME',
  social_partner: 'social partner, chamber or sector association',
  employment_service: 'employment service',
  education_provider: 'education or training provider',
  alumni_network: 'graduate or alumni network',
  public_civil_society: 'public authority or civil-society body',
  quality_body: 'accreditation or quality body',
  international_network: 'EU or international network',
  other: 'other organisation',
};

/** Several organisations of the group ("3 of 4 other employers or SMEs …"). */
export const groupPlural: Record<StakeholderGroup, string> = {
  employer: 'employers or SMEs',
  social_partner: 'social partners, chambers or sector associations',
  employment_service: 'employment services',
  education_provider: 'education or training providers',
  alumni_network: 'graduate or alumni networks',
  public_civil_society: 'public authorities or civil-society bodies',
  quality_body: 'accreditation or quality bodies',
  international_network: 'EU or international networks',
  other: 'organisations of other kinds',
};

export const noGroupLabel = 'No group recorded';

export const groupLabel = (group: StakeholderGroup | null): string =>
  group === null ? noGroupLabel : stakeholderGroupLabels[group];

/** "Training + HR & talent + Funding". */
export const combinationLabel = (types: readonly PartnershipType[]): string =>
  types.length === 0 ? 'No type yet' : types.map((t) => partnershipTypeLabels[t]).join(' + ');

export const partnersCount = (n: number): string => `${n} ${n === 1 ? 'partner' : 'partners'}`;
