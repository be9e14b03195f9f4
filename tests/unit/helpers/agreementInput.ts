import type { AgreementInput } from '../../../src/shared/documents';

/** A complete MoU input: nothing missing, diacritics on both sides. */
export const agreementInput = (overrides: Partial<AgreementInput> = {}): AgreementInput => ({
  kind: 'mou',
  reference: 'MOU-2026-0001',
  issueDate: '2026-03-01',
  institution: {
    organisation: 'Zespół Szkół Technicznych Łódź',
    address: 'ul. Wólczańska 12, Łódź, Poland',
    representativeName: 'Ewa Nowak',
    representativePosition: 'Director',
    contactName: 'Ewa Nowak',
    contactEmail: 'office@zst.example.pl',
    contactPhone: '+48 42 555 12 34',
  },
  partner: {
    organisation: 'Izba Rzemieślnicza Łódź',
    address: 'ul. Piotrkowska 3, Łódź',
    representativeName: 'Agnieszka Wiśniewska',
    representativePosition: 'Training coordinator',
    contactName: 'Agnieszka Wiśniewska',
    contactEmail: 'a.wisniewska@izba.example.pl',
    contactPhone: '',
  },
  purpose: 'apprenticeship training',
  scope: ['Work placements for welding apprentices.', 'Joint assessment of final projects.'],
  startDate: '2026-03-01',
  endDate: '2028-02-29',
  place: 'Łódź',
  ...overrides,
});
