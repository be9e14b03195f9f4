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

/** Where partners are found, grouped as in the guide's "Where to find partners". */
export const partnerSourceGroups: readonly { label: string; sources: readonly PartnerSource[] }[] =
  [
    {
      label: 'Local',
      sources: [
        'local_chamber',
        'local_municipality',
        'local_employer',
        'local_ngo',
        'local_alumni',
      ],
    },
    {
      label: 'National & EU',
      sources: [
        'eu_national_agency',
        'eu_epale',
        'eu_etwinning',
        'eu_vet_network',
        'eu_sector_alliance',
        'eu_fair_competition',
      ],
    },
    {
      label: 'Digital',
      sources: ['digital_linkedin', 'digital_website', 'digital_job_board', 'digital_online_event'],
    },
    { label: 'Other', sources: ['referral', 'other'] },
  ];

export const partnerSourceLabels: Record<PartnerSource, string> = {
  local_chamber: 'Chamber or business association',
  local_municipality: 'Municipality or regional development agency',
  local_employer: 'Local employer or SME',
  local_ngo: 'NGO or social enterprise',
  local_alumni: 'Alumni network',
  eu_national_agency: 'Erasmus+ National Agency',
  eu_epale: 'EPALE',
  eu_etwinning: 'eTwinning',
  eu_vet_network: 'EU VET network (EfVET, EARLALL…)',
  eu_sector_alliance: 'Sector skills alliance',
  eu_fair_competition: 'Trade fair or skills competition',
  digital_linkedin: 'LinkedIn',
  digital_website: 'Company website',
  digital_job_board: 'Job board',
  digital_online_event: 'Online forum, webinar or event',
  referral: 'Referral (a mutual contact)',
  other: 'Other',
};

export const interactionKindLabels: Record<InteractionKind, string> = {
  email: 'Email',
  call: 'Call',
  meeting: 'Meeting',
  event: 'Event',
  note: 'Note',
};

/** The EU's size classes by head count. */
export const organisationSizeLabels: Record<OrganisationSize, string> = {
  micro: 'Micro (fewer than 10 people)',
  small: 'Small (10–49 people)',
  medium: 'Medium (50–249 people)',
  large: 'Large (250 people or more)',
};
