import {
  catalogues,
  type AgendaInput,
  type AgreementInput,
  type EmailInput,
  type OnePagerInput,
} from '../../src/shared/documents';

/** Fixed template inputs with Latin Extended, Greek and Cyrillic text, shared by the document tests. */

export const en = catalogues.en;

export const mou: AgreementInput = {
  kind: 'mou',
  reference: 'MOU-2026-0042',
  issueDate: '2026-11-23',
  institution: {
    organisation: 'Centrum Kształcenia Zawodowego Łódź',
    address: 'ul. Żeromskiego 115, 90-542 Łódź, Poland',
    representativeName: 'Agnieszka Wójcik',
    representativePosition: 'Director',
    contactName: 'Paweł Śliwiński',
    contactEmail: 'p.sliwinski@ckz-lodz.example.pl',
    contactPhone: '+48 42 555 01 23',
  },
  partner: {
    organisation: 'Šiauliai Chamber of Commerce',
    address: 'Vilniaus g. 88, Šiauliai, Lithuania',
    representativeName: 'Jūratė Žemaitienė',
    representativePosition: 'Head of Training',
    contactName: 'Ελένη Παπαδοπούλου',
    contactEmail: 'eleni@chamber.example.lt',
    contactPhone: '+370 41 555 777',
  },
  purpose: 'dual training and learner mobility',
  scope: [
    'Joint design of work-based learning for mechatronics apprentices in Ærø and Київ',
    'Exchange of learners and staff, including Erasmus+ mobility periods',
    'Joint preparation of funding applications',
  ],
  startDate: '2027-01-01',
  endDate: '2029-12-31',
  place: 'Łódź',
};

export const loi: AgreementInput = { ...mou, kind: 'loi', endDate: null, place: '' };

export const onePager: OnePagerInput = {
  organisation: 'Centrum Kształcenia Zawodowego Łódź',
  address: 'ul. Żeromskiego 115, 90-542 Łódź, Poland',
  whoWeAre:
    'A public vocational school with 1,200 learners in mechatronics, logistics and hospitality.\nWe train apprentices with more than 140 employers in the region.',
  whatWeOffer: 'Certified programmes, modern workshops and staff with industry experience.',
  whatWeLookFor: 'Employers and chambers for dual training, and partners abroad for mobility.',
  whyPartner:
    '- Twenty years of Erasmus+ projects\n- Flexible training schedules\n- Graduates who stay in the region',
  contactName: 'Paweł Śliwiński',
  contactPosition: 'Partnership coordinator',
  email: 'p.sliwinski@ckz-lodz.example.pl',
  phone: '+48 42 555 01 23',
  website: 'https://ckz-lodz.example.pl',
  tailoredFor: 'Šiauliai Chamber of Commerce',
  typesSought: ['training', 'mobility'],
};

export const agenda: AgendaInput = {
  institutionName: 'Centrum Kształcenia Zawodowego Łódź',
  partnerName: 'Ελληνικά Τεχνικά Εργαστήρια',
  date: '2026-12-03',
  startTime: '09:30',
  mode: 'online',
  location: 'https://meet.example.eu/ckz-eller',
  sections: en.agenda.sections.map((s) => ({
    title: s.title
      .replace('{institution}', 'Centrum Kształcenia Zawodowego Łódź')
      .replace('{partner}', 'Ελληνικά Τεχνικά Εργαστήρια'),
    minutes: s.minutes,
    points: s.points,
  })),
  attendees: [
    { name: 'Paweł Śliwiński', role: 'Partnership coordinator', organisation: 'CKZ Łódź' },
    { name: 'Олена Коваленко', role: 'Мобільність, Київ', organisation: 'Ελληνικά Τεχνικά' },
  ],
  materials: ['Profiles of both organisations', 'Brochure of the Ærø project'],
  organiserEmail: 'p.sliwinski@ckz-lodz.example.pl',
};

export const email: EmailInput = {
  tone: 'formal',
  recipientName: 'Jūratė Žemaitienė',
  recipientEmail: 'jurate@chamber.example.lt',
  senderName: 'Paweł Śliwiński',
  senderPosition: 'Partnership coordinator',
  senderEmail: 'p.sliwinski@ckz-lodz.example.pl',
  senderPhone: '+48 42 555 01 23',
  institutionName: 'Centrum Kształcenia Zawodowego Łódź',
  region: 'Łódź, Poland',
  fieldSought: 'dual training and learner mobility',
  mentionAttachment: true,
};
