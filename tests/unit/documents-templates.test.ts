import { describe, expect, it } from 'vitest';
import {
  agendaInputFrom,
  agendaModel,
  agendaSchedule,
  agreementInputFrom,
  agreementModel,
  emailInputFrom,
  firstContactEmail,
  missingFields,
  onePagerInputFrom,
  onePagerModel,
  partnerParty,
  templateInputSchemas,
  templateModel,
  type DocumentModel,
} from '../../src/shared/documents';
import { emptyInstitution } from '../../src/shared/institution';
import * as f from './documents-fixtures';

/** Every string the model would print, in order. */
function printed(model: DocumentModel): string[] {
  const out: string[] = [];
  const runs = (rs: (string | { text: string })[]) =>
    rs.map((r) => (typeof r === 'string' ? r : r.text)).join('');
  for (const b of model.blocks) {
    if (b.kind === 'title') out.push(b.text, b.subtitle ?? '');
    if (b.kind === 'heading') out.push(b.text);
    if (b.kind === 'paragraph') out.push(runs(b.runs));
    if (b.kind === 'list') out.push(...b.items.map(runs));
    if (b.kind === 'fields') out.push(...b.rows.flatMap((r) => [r.label, r.value]));
    if (b.kind === 'table') out.push(...[b.header, ...b.rows].flat().map((c) => runs(c.runs)));
    if (b.kind === 'signatures')
      out.push(...b.parties.flatMap((p) => [p.heading, p.name, p.position, p.organisation]));
  }
  return out;
}

describe('template models from fixed data', () => {
  it('MoU', () => expect(agreementModel(f.mou, f.en)).toMatchSnapshot());
  it('Letter of Intent, open-ended', () => expect(agreementModel(f.loi, f.en)).toMatchSnapshot());
  it('one-pager tailored to a partner', () =>
    expect(onePagerModel(f.onePager, f.en)).toMatchSnapshot());
  it('meeting agenda', () => expect(agendaModel(f.agenda, f.en)).toMatchSnapshot());
  it('first-contact email, formal and informal', () => {
    expect(firstContactEmail(f.email, f.en)).toMatchSnapshot();
    expect(firstContactEmail({ ...f.email, tone: 'informal' }, f.en)).toMatchSnapshot();
  });

  it('the fixtures are valid inputs', () => {
    expect(templateInputSchemas.mou.safeParse(f.mou).success).toBe(true);
    expect(templateInputSchemas.one_pager.safeParse(f.onePager).success).toBe(true);
    expect(templateInputSchemas.agenda.safeParse(f.agenda).success).toBe(true);
    expect(templateInputSchemas.email.safeParse(f.email).success).toBe(true);
  });
});

describe('agreements', () => {
  it('says "open-ended" in words when there is no end date', () => {
    const text = printed(agreementModel(f.loi, f.en)).join('\n');
    expect(text).toContain('until either party ends it by written notice');
    expect(text).not.toContain('until 31 December');
  });

  it('an MoU has the non-binding clause, a Letter of Intent the statement of intent', () => {
    expect(printed(agreementModel(f.mou, f.en))).toContain('4. Non-binding nature');
    expect(printed(agreementModel(f.loi, f.en))).toContain('4. Statement of intent');
  });

  it('numbers the scope items in the order given and drops empty ones', () => {
    const model = agreementModel({ ...f.mou, scope: ['Second', '  ', 'First'] }, f.en);
    const list = model.blocks.find((b) => b.kind === 'list');
    expect(list).toEqual({ kind: 'list', ordered: true, items: [['Second'], ['First']] });
  });

  it('leaves no dangling label when optional values are empty', () => {
    const bare = {
      ...f.mou,
      reference: '',
      place: '',
      institution: { ...f.mou.institution, address: '', contactPhone: '', contactEmail: '' },
      partner: {
        ...f.mou.partner,
        address: '',
        representativePosition: '',
        contactPhone: '',
        contactEmail: '',
      },
    };
    const model = agreementModel(bare, f.en);
    const text = printed(model).join('\n');
    expect(text).not.toMatch(/Reference|Phone|Email/);
    expect(text).not.toMatch(/, ,|, \(|,\s*$/m);
    expect(text).toContain('represented by Jūratė Žemaitienė (“the Partner”)');
    expect(model.header).toBeUndefined();
    const signatures = model.blocks.find((b) => b.kind === 'signatures');
    expect(signatures?.kind === 'signatures' && signatures.parties[0]?.place).toBeUndefined();
  });

  it('pre-fills parties, purpose and scope from the board', () => {
    const input = agreementInputFrom(
      {
        kind: 'mou',
        institution: {
          ...emptyInstitution,
          legalName: 'VET Centre Graz',
          address: 'Hauptplatz 1',
          city: 'Graz',
          country: 'Austria',
          representativeName: 'Maria Huber',
          representativePosition: 'Director',
          email: 'office@vet-graz.example.at',
        },
        partner: {
          id: 42,
          name: 'Ærø Maritime',
          types: ['training', 'mobility'],
          city: 'Ærøskøbing',
          region: '',
          country: 'Denmark',
        },
        contact: { name: 'Søren Holm', role: 'CEO', email: 's@aero.example.dk', phone: '' },
        today: '2026-11-23',
      },
      f.en,
    );
    expect(input.reference).toBe('MOU-2026-0042');
    expect(
      partnerParty(
        {
          id: 1,
          name: 'Chamber',
          types: [],
          address: 'Vilniaus g. 88, Šiauliai',
          city: 'Šiauliai',
          region: '',
          country: 'Lithuania',
        },
        null,
      ).address,
    ).toBe('Vilniaus g. 88, Šiauliai, Lithuania');
    expect(input.institution.address).toBe('Hauptplatz 1, Graz, Austria');
    expect(input.partner).toMatchObject({
      organisation: 'Ærø Maritime',
      address: 'Ærøskøbing, Denmark',
      representativeName: 'Søren Holm',
      representativePosition: 'CEO',
    });
    expect(input.purpose).toBe('training delivery and learner and staff mobility');
    expect(input.scope).toEqual([f.en.types.training.scope, f.en.types.mobility.scope]);
    expect(input.endDate).toBeNull();
    expect(input.place).toBe('Graz');
    expect(missingFields('mou', input, f.en)).toEqual([]);
  });
});

describe('missing fields', () => {
  it('names what an agreement still needs and where to add it', () => {
    const input = {
      ...f.mou,
      institution: { ...f.mou.institution, representativeName: ' ' },
      partner: { ...f.mou.partner, organisation: '' },
      scope: ['Mobility', ''],
      endDate: '2026-12-31',
    };
    expect(missingFields('mou', input, f.en)).toEqual([
      { field: 'institution.representativeName', message: f.en.missing.institutionRepresentative },
      { field: 'partner.organisation', message: f.en.missing.partnerName },
      { field: 'scope.1', message: f.en.missing.scopeItemEmpty },
      { field: 'endDate', message: f.en.missing.endBeforeStart },
    ]);
    expect(f.en.missing.institutionRepresentative).toMatch(/institution profile/);
  });

  it('a complete input of every template has nothing missing', () => {
    expect(missingFields('mou', f.mou, f.en)).toEqual([]);
    expect(missingFields('one_pager', f.onePager, f.en)).toEqual([]);
    expect(missingFields('agenda', f.agenda, f.en)).toEqual([]);
    expect(missingFields('email', f.email, f.en)).toEqual([]);
  });

  it('asks for the link of an online meeting and the place of one in person', () => {
    const online = missingFields('agenda', { ...f.agenda, location: '' }, f.en);
    const inPerson = missingFields(
      'agenda',
      { ...f.agenda, location: '', mode: 'in_person' },
      f.en,
    );
    expect(online).toEqual([{ field: 'location', message: f.en.missing.agendaLocationOnline }]);
    expect(inPerson).toEqual([{ field: 'location', message: f.en.missing.agendaLocationInPerson }]);
  });
});

describe('one-pager', () => {
  it('without a partner it is the general introduction, and empty sections are left out', () => {
    const model = onePagerModel(
      { ...f.onePager, tailoredFor: '', typesSought: [], whatWeOffer: '', phone: '' },
      f.en,
    );
    const text = printed(model);
    expect(text).toContain(f.en.onePager.subtitleGeneral);
    expect(text).not.toContain(f.en.onePager.whatWeOffer);
    expect(text).not.toContain(f.en.onePager.phone);
    expect(text.join('\n')).not.toContain('Šiauliai');
  });

  it('prints "why partner with us" as one bullet per line', () => {
    const model = onePagerModel(f.onePager, f.en);
    const lists = model.blocks.filter((b) => b.kind === 'list');
    expect(lists.at(-1)).toEqual({
      kind: 'list',
      ordered: false,
      items: [
        ['Twenty years of Erasmus+ projects'],
        ['Flexible training schedules'],
        ['Graduates who stay in the region'],
      ],
    });
  });

  it('is pre-filled from the institution profile and the partner', () => {
    const input = onePagerInputFrom(
      {
        institution: { ...emptyInstitution, legalName: 'VET Centre', whoWeAre: 'We train.' },
        partner: {
          id: 1,
          name: 'Київ Tech',
          types: ['innovation'],
          city: '',
          region: '',
          country: '',
        },
      },
      f.en,
    );
    expect(input).toMatchObject({
      organisation: 'VET Centre',
      tailoredFor: 'Київ Tech',
      typesSought: ['innovation'],
    });
  });
});

describe('agenda', () => {
  it('times every section from the start time', () => {
    const schedule = agendaSchedule({
      startTime: '09:30',
      sections: [
        { title: 'A', minutes: 10, points: [] },
        { title: 'B', minutes: 45, points: [] },
        { title: 'C', minutes: 5, points: [] },
      ],
    });
    expect(schedule.sections.map((s) => [s.start, s.end])).toEqual([
      ['09:30', '09:40'],
      ['09:40', '10:25'],
      ['10:25', '10:30'],
    ]);
    expect(schedule.end).toBe('10:30');
    expect(schedule.totalMinutes).toBe(60);
  });

  it('wraps past midnight', () => {
    expect(
      agendaSchedule({ startTime: '23:50', sections: [{ title: 'A', minutes: 20, points: [] }] })
        .end,
    ).toBe('00:10');
  });

  it('pre-fills the five sections with both organisations named', () => {
    const input = agendaInputFrom(
      {
        institution: { ...emptyInstitution, legalName: 'VET Centre', email: 'a@b.example' },
        partner: { id: 1, name: 'Łódź Works', types: [], city: '', region: '', country: '' },
        contact: { name: 'Ola', role: 'HR', email: '', phone: '' },
        sender: { name: 'Sam', position: 'Coordinator' },
        date: '2026-12-01',
      },
      f.en,
    );
    expect(input.sections.map((s) => s.title)).toEqual([
      'Welcome and introductions',
      'About VET Centre',
      'About Łódź Works',
      'Possible areas of cooperation',
      'Next steps',
    ]);
    expect(input.attendees).toEqual([
      { name: 'Sam', role: 'Coordinator', organisation: 'VET Centre' },
      { name: 'Ola', role: 'HR', organisation: 'Łódź Works' },
    ]);
  });

  it('leaves out attendees and materials when there are none', () => {
    const text = printed(agendaModel({ ...f.agenda, attendees: [], materials: [] }, f.en));
    expect(text).not.toContain(f.en.agenda.attendeesHeading);
    expect(text).not.toContain(f.en.agenda.materialsHeading);
  });
});

describe('first-contact email', () => {
  it('is signed with position and contact details when formal, with the name only when informal', () => {
    const formal = firstContactEmail(f.email, f.en).body;
    const informal = firstContactEmail({ ...f.email, tone: 'informal' }, f.en).body;
    expect(formal).toContain('Dear Jūratė Žemaitienė,');
    expect(formal).toContain('in Łódź, Poland.');
    expect(formal).toContain('Partnership coordinator\nCentrum Kształcenia Zawodowego Łódź');
    expect(formal).toContain('attached');
    expect(informal).toContain('Hi Jūratė Žemaitienė,');
    expect(informal.trimEnd().endsWith('Best wishes,\n\nPaweł Śliwiński')).toBe(true);
  });

  it('leaves no dangling words when the region and names are empty', () => {
    const email = firstContactEmail(
      { ...f.email, region: '', recipientName: '', senderPosition: '', mentionAttachment: false },
      f.en,
    );
    expect(email.body).toContain('vocational education and training.');
    expect(email.body).not.toMatch(/ in \.| in$|Dear ,/m);
    expect(email.body.startsWith('Dear Sir or Madam,')).toBe(true);
    expect(email.body).not.toContain('attached');
  });

  it('is pre-filled with the field sought from the partner types', () => {
    const input = emailInputFrom(
      {
        tone: 'informal',
        institution: { ...emptyInstitution, legalName: 'VET Centre', city: 'Graz' },
        partner: { id: 1, name: 'P', types: ['funding'], city: '', region: '', country: '' },
        contact: null,
        sender: null,
      },
      f.en,
    );
    expect(input.fieldSought).toBe('joint funding applications');
    expect(input.region).toBe('Graz');
  });

  it('draws as a page for the preview', () => {
    const model = templateModel('email', f.email, f.en);
    expect(model.blocks[0]).toEqual({
      kind: 'heading',
      level: 1,
      text: firstContactEmail(f.email, f.en).subject,
    });
  });
});
