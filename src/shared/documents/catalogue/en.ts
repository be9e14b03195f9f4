import type { Catalogue } from './catalogue';

/** English wording of every template. */
export const en: Catalogue = {
  language: 'en-GB',
  kindLabels: {
    mou: 'MoU',
    loi: 'Letter of Intent',
    one_pager: 'One-pager',
    agenda: 'Meeting agenda',
    email: 'First-contact email',
  },
  pageNumbers: 'Page {page} of {pages}',
  types: {
    training: {
      field: 'training delivery',
      scope: 'Joint design and delivery of training programmes and work-based learning',
    },
    mobility: {
      field: 'learner and staff mobility',
      scope: 'Exchange of learners and staff, including Erasmus+ mobility periods',
    },
    innovation: {
      field: 'innovation projects',
      scope: 'Applied projects that bring new methods and technologies into training',
    },
    funding: {
      field: 'joint funding applications',
      scope: 'Joint preparation of funding applications to Erasmus+ and national programmes',
    },
    infrastructure: {
      field: 'shared facilities',
      scope: 'Shared use of workshops, equipment and training facilities',
    },
    hr_talent: {
      field: 'talent and recruitment',
      scope: 'Internships, apprenticeships and recruitment of graduates',
    },
    quality_certification: {
      field: 'quality and certification',
      scope: 'Cooperation on quality assurance and the certification of skills',
    },
    entrepreneurship: {
      field: 'entrepreneurship',
      scope: 'Mentoring and support for learner start-ups and entrepreneurial projects',
    },
    community_inclusion: {
      field: 'community and inclusion',
      scope: 'Activities that open training to disadvantaged learners and the local community',
    },
    international_alliances: {
      field: 'international alliances',
      scope: 'Joint participation in European and international networks and alliances',
    },
    data_intelligence: {
      field: 'skills data',
      scope: 'Exchange of labour-market information and data on skills needs',
    },
  },
  defaultField: 'vocational education and training',
  agreement: {
    titles: { mou: 'Memorandum of Understanding', loi: 'Letter of Intent' },
    subtitle: 'on cooperation in vocational education and training',
    selfNames: { mou: 'this memorandum', loi: 'this letter' },
    referenceLabel: 'Reference',
    issuedLabel: 'Issued',
    header: '{title} · {reference}',
    between: {
      mou: 'This memorandum is made between',
      loi: 'This letter of intent is issued jointly by',
    },
    and: 'and',
    partyLine: '{organisation}',
    representedBy: 'represented by {name}',
    representedByWithPosition: 'represented by {name}, {position}',
    institutionAlias: '(“the Institution”)',
    partnerAlias: '(“the Partner”)',
    purposeHeading: '1. Purpose',
    purposeText: {
      mou: 'The parties sign this memorandum to record their shared intention to cooperate in {purpose}, and to set out how they plan to work together.',
      loi: 'With this letter the parties state their intention to cooperate in {purpose} and to prepare the steps that will make this cooperation possible.',
    },
    scopeHeading: '2. Scope of cooperation',
    scopeIntro: 'The parties intend to work together on the following:',
    scopeEmpty: 'The parties will agree the areas of cooperation in writing.',
    durationHeading: '3. Duration',
    durationUntil: '{Document} takes effect on {start} and remains in force until {end}.',
    durationOpen:
      '{Document} takes effect on {start} and remains in force until either party ends it by written notice to the other.',
    natureHeadings: { mou: '4. Non-binding nature', loi: '4. Statement of intent' },
    natureText: {
      mou: 'This memorandum does not create legally binding obligations. It expresses a genuine intention of both parties to cooperate in good faith. Any financial or legal commitment will be set out in a separate written agreement signed by both parties.',
      loi: 'The parties declare their intention to develop the cooperation described above in good faith. This letter creates no legal or financial obligations; specific commitments will be agreed in writing when the cooperation takes shape.',
    },
    contactsHeading: '5. Contact persons',
    contactsIntro: 'The parties name the following people to coordinate the cooperation:',
    contactName: 'Name',
    contactEmail: 'Email',
    contactPhone: 'Phone',
    signaturesHeading: '6. Signatures',
    signaturesIntro: 'Signed in two originals, one for each party.',
    institutionSigns: 'For the Institution',
    partnerSigns: 'For the Partner',
    place: 'Place',
    date: 'Date',
    signature: 'Signature',
  },
  onePager: {
    title: '{organisation}',
    subtitleGeneral: 'An introduction for prospective partners',
    subtitleTailored: 'An introduction prepared for {partner}',
    whoWeAre: 'Who we are',
    whatWeOffer: 'What we offer',
    whatWeLookFor: 'What we are looking for',
    typesSoughtGeneral: 'Partnerships we seek:',
    typesSoughtTailored: 'What we would like to build with {partner}:',
    whyPartner: 'Why partner with us',
    contact: 'Contact',
    contactPerson: 'Contact person',
    email: 'Email',
    phone: 'Phone',
    website: 'Website',
    address: 'Address',
  },
  agenda: {
    title: 'First exploration meeting',
    subtitle: '{institution} and {partner}',
    detailsCaption: 'Meeting details',
    date: 'Date',
    time: 'Time',
    link: 'Online link',
    place: 'Place',
    online: 'Online meeting',
    inPerson: 'Meeting in person',
    scheduleHeading: 'Agenda',
    scheduleCaption: 'Timed schedule of the meeting',
    scheduleTime: 'Time',
    scheduleItem: 'Item',
    scheduleMinutes: 'Minutes',
    sectionTitle: '{number}. {title} ({start}–{end})',
    totalLabel: 'Total',
    minutes: '{minutes} min',
    attendeesHeading: 'Attendees',
    attendeesCaption: 'People attending the meeting',
    attendeeName: 'Name',
    attendeeRole: 'Role',
    attendeeOrganisation: 'Organisation',
    materialsHeading: 'To share before the meeting',
    sections: [
      {
        title: 'Welcome and introductions',
        minutes: 10,
        points: [
          'Welcome from the host',
          'Everyone introduces themselves: name, role and background',
          'What the meeting is for and what we hope to take away',
        ],
      },
      {
        title: 'About {institution}',
        minutes: 7,
        points: [
          'Mission and strategic priorities',
          'Main programmes and fields of expertise',
          'International work and current partnerships',
          'Why we are looking for new partners',
        ],
      },
      {
        title: 'About {partner}',
        minutes: 7,
        points: [
          'Mission and main activities',
          'Core fields of work and where the organisation is active',
          'Experience with cooperation, at home or abroad',
          'Current projects linked to training or skills',
        ],
      },
      {
        title: 'Possible areas of cooperation',
        minutes: 18,
        points: [
          'Common themes, such as training, mobility, curriculum design or applied projects',
          'Who would benefit, and how each side gains',
          'Funding programmes worth considering, such as Erasmus+ or national schemes',
          'Whether the timing works for both sides',
        ],
      },
      {
        title: 'Next steps',
        minutes: 8,
        points: [
          'The main points we agree on',
          'Concrete follow-up, such as sharing material, a second meeting or a concept note',
          'A contact person on each side',
          'A rough timeline for the follow-up',
        ],
      },
    ],
    materials: [
      'Profiles of both organisations',
      'Brochures or concept notes of relevant projects',
      'Links to websites or portfolios',
    ],
    eventSummary: 'First exploration meeting: {institution} and {partner}',
  },
  email: {
    formal: {
      subject: 'Proposal to explore a cooperation with {institution}',
      greeting: 'Dear {name},',
      greetingNoName: 'Dear Sir or Madam,',
      intro:
        'I am writing to you on behalf of {institution}, a provider of vocational education and training in {region}.',
      introNoRegion:
        'I am writing to you on behalf of {institution}, a provider of vocational education and training.',
      paragraphs: [
        'We are looking for partners in {field}, and the profile of your organisation matches what we have in mind.',
        'Would you have time for a short introductory call in the coming weeks, so that we can explore where our organisations might work together?',
      ],
      attachment:
        'Please find attached a one-page introduction to our institution for your reference.',
      closing: 'I look forward to hearing from you.\n\nKind regards,',
    },
    informal: {
      subject: 'Could we work together?',
      greeting: 'Hi {name},',
      greetingNoName: 'Hello,',
      intro:
        'I am getting in touch from {institution} because I think our organisations could do good things together, for example in {field}.',
      introNoRegion:
        'I am getting in touch from {institution} because I think our organisations could do good things together, for example in {field}.',
      paragraphs: [
        'Would you be up for a short chat to explore the idea? Just let me know what time suits you.',
      ],
      closing: 'Best wishes,',
    },
  },
  missing: {
    institutionName:
      'The institution has no legal name yet. Add it in the institution profile or type it here.',
    institutionAddress:
      'The institution has no address yet. Add it in the institution profile or type it here.',
    institutionRepresentative:
      'The institution has no representative yet. Add one in the institution profile or type the name here.',
    institutionPosition:
      "The representative's position is missing. Add it in the institution profile or type it here.",
    partnerName: "Enter the partner organisation's name.",
    partnerRepresentative:
      'Choose who signs for the partner: pick a contact or type the name here.',
    partnerPosition: 'Enter the position of the person who signs for the partner.',
    scope: 'Add at least one area of cooperation.',
    scopeItemEmpty: 'Write this area of cooperation or remove it.',
    purpose: 'Say what the parties intend to cooperate in.',
    endBeforeStart: 'The end date must be on or after the start date.',
    reference: 'Enter a reference number for the agreement.',
    whoWeAre:
      'Describe your institution under "Who we are" in the institution profile or type it here.',
    contactDetails: 'Give at least one way to reach you: an email address or a phone number.',
    agendaPartner: "Enter the partner organisation's name.",
    agendaLocationOnline: 'Paste the link of the online meeting.',
    agendaLocationInPerson: 'Enter where the meeting takes place.',
    sectionTitle: 'Give this agenda section a title.',
    recipientName: 'Enter the name of the person you are writing to.',
    recipientEmail: "Enter the recipient's email address to open or save the draft.",
    senderName: 'Enter your name so the email can be signed.',
  },
};
