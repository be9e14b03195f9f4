import type { PartnerSource, PartnershipType, StakeholderGroup } from '../../../shared/domain';

/** How generated partners are spread over groups and types, and the words of their logbooks. */

export const groupWeights: Record<StakeholderGroup, number> = {
  employer: 45,
  social_partner: 10,
  employment_service: 5,
  education_provider: 12,
  alumni_network: 3,
  public_civil_society: 10,
  quality_body: 3,
  international_network: 6,
  other: 6,
};

/** How common each partnership type is; employers lean to training and HR, networks to mobility. */
export const typeWeights: Record<PartnershipType, number> = {
  training: 30,
  mobility: 16,
  hr_talent: 14,
  innovation: 8,
  funding: 6,
  quality_certification: 4,
  infrastructure: 5,
  community_inclusion: 6,
  international_alliances: 5,
  entrepreneurship: 4,
  data_intelligence: 2,
};

export const typeBoosts: Partial<Record<StakeholderGroup, readonly PartnershipType[]>> = {
  employer: ['training', 'hr_talent', 'infrastructure'],
  social_partner: ['training', 'quality_certification'],
  employment_service: ['hr_talent', 'community_inclusion', 'data_intelligence'],
  education_provider: ['mobility', 'innovation', 'international_alliances'],
  public_civil_society: ['community_inclusion', 'funding'],
  quality_body: ['quality_certification'],
  international_network: ['mobility', 'international_alliances', 'funding'],
};

export const sourcesByGroup: Partial<Record<StakeholderGroup, readonly PartnerSource[]>> = {
  employer: [
    'local_employer',
    'digital_linkedin',
    'digital_job_board',
    'referral',
    'eu_fair_competition',
  ],
  social_partner: ['local_chamber', 'eu_sector_alliance'],
  international_network: ['eu_national_agency', 'eu_epale', 'eu_vet_network', 'eu_etwinning'],
};
export const anySource: readonly PartnerSource[] = [
  'referral',
  'digital_website',
  'digital_online_event',
  'local_municipality',
  'local_ngo',
  'local_alumni',
  'other',
];

export const sectors = [
  'Manufacturing',
  'Automotive',
  'Construction',
  'Hospitality and tourism',
  'Health and social care',
  'ICT',
  'Logistics',
  'Energy',
  'Agriculture and food',
  'Retail',
  'Maritime',
  'Creative industries',
  'Public administration',
  'Education',
];

export const tags = [
  'apprenticeships',
  'Erasmus+',
  'work-based learning',
  'green skills',
  'digital skills',
  'dual VET',
  'job shadowing',
  'guest lecturers',
  'equipment donation',
  'summer internships',
  'EuroSkills',
  'CoVE',
  'mentoring',
  'inclusion',
];

export const roles = [
  'HR manager',
  'Managing director',
  'Training coordinator',
  'Head of international relations',
  'Project officer',
  'Workshop manager',
  'Deputy head teacher',
];

export const summaries = [
  'Introductory call with {contact} about apprenticeship places.',
  'Met {contact} at the regional skills fair; they want to host learners in {trade}.',
  'Sent our one-page introduction and the Erasmus+ mobility plan.',
  'Workshop visit on {street}: about 12 training places possible.',
  'Discussed a joint KA2 application; they could co-fund equipment.',
  'Quarterly check-in: 8 learners placed this term, good feedback from mentors.',
  'Comments on the MoU draft arrived; their legal team is reviewing it.',
  'Their HR manager changes in spring; keep the relationship warm.',
  'Online meeting about job shadowing for teachers.',
  'Guest lecture on {trade} for second-year learners went well.',
];

export const nextSteps = [
  'Send the draft Letter of Intent',
  'Propose dates for a school visit',
  'Share the learner profiles',
  'Follow up on the funding call',
  'Invite them to the skills fair',
  'Ask for the signed agreement',
  'Book the quarterly review',
  'Send photos for the joint success story',
];

export const notes = [
  '',
  '',
  'Found through {source}. Interested in {tag}.',
  'Training workshop at {street}, close to the tram stop.',
  'Prefers phone calls to email. Busy season: September to November.',
  'Large site; ask for the safety briefing before any visit.',
];
