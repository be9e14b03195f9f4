/**
 * The vocabulary of partnership work at a VET provider. Stored values are the stable keys;
 * labels are what the coordinator reads. The database schema checks the same keys
 * (see the schema snapshot test), so a key is never renamed, only added.
 */

export const phases = [
  'scouting',
  'first_contact',
  'proposal',
  'collaboration_setup',
  'maintenance_growth',
] as const;
export type Phase = (typeof phases)[number];

export const phaseLabels: Record<Phase, string> = {
  scouting: 'Scouting',
  first_contact: 'First contact',
  proposal: 'Proposal',
  collaboration_setup: 'Collaboration setup',
  maintenance_growth: 'Maintenance & growth',
};

export const partnershipTypes = [
  'training',
  'mobility',
  'innovation',
  'funding',
  'infrastructure',
  'hr_talent',
  'quality_certification',
  'entrepreneurship',
  'community_inclusion',
  'international_alliances',
  'data_intelligence',
] as const;
export type PartnershipType = (typeof partnershipTypes)[number];

export const partnershipTypeLabels: Record<PartnershipType, string> = {
  training: 'Training',
  mobility: 'Mobility',
  innovation: 'Innovation',
  funding: 'Funding',
  infrastructure: 'Infrastructure',
  hr_talent: 'HR & talent',
  quality_certification: 'Quality & certification',
  entrepreneurship: 'Entrepreneurship',
  community_inclusion: 'Community & inclusion',
  international_alliances: 'International alliances',
  data_intelligence: 'Data & intelligence',
};

export const stakeholderGroups = [
  'employer',
  'social_partner',
  'employment_service',
  'education_provider',
  'alumni_network',
  'public_civil_society',
  'quality_body',
  'international_network',
  'other',
] as const;
export type StakeholderGroup = (typeof stakeholderGroups)[number];

export const stakeholderGroupLabels: Record<StakeholderGroup, string> = {
  employer: 'Employer or SME',
  social_partner: 'Social partner, chamber or sector association',
  employment_service: 'Employment service',
  education_provider: 'Education or training provider',
  alumni_network: 'Graduate or alumni network',
  public_civil_society: 'Public authority or civil-society body',
  quality_body: 'Accreditation or quality body',
  international_network: 'EU or international network',
  other: 'Other',
};

export const partnerSources = [
  'local_chamber',
  'local_municipality',
  'local_employer',
  'local_ngo',
  'local_alumni',
  'eu_national_agency',
  'eu_epale',
  'eu_etwinning',
  'eu_vet_network',
  'eu_sector_alliance',
  'eu_fair_competition',
  'digital_linkedin',
  'digital_website',
  'digital_job_board',
  'digital_online_event',
  'referral',
  'other',
] as const;
export type PartnerSource = (typeof partnerSources)[number];

export const interactionKinds = ['email', 'call', 'meeting', 'event', 'note'] as const;
export type InteractionKind = (typeof interactionKinds)[number];

export const organisationSizes = ['micro', 'small', 'medium', 'large'] as const;
export type OrganisationSize = (typeof organisationSizes)[number];

export const agreementKinds = ['mou', 'loi'] as const;
export type AgreementKind = (typeof agreementKinds)[number];

export const agreementStatuses = ['draft', 'sent', 'signed', 'expired'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

export const documentKinds = ['mou', 'loi', 'one_pager', 'agenda', 'email', 'report'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const documentFormats = ['docx', 'pdf', 'ics', 'txt', 'csv', 'json'] as const;
export type DocumentFormat = (typeof documentFormats)[number];
