import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agendaModel,
  agreementModel,
  documentFileName,
  firstContactEmail,
  onePagerModel,
  type AgendaInput,
  type AgreementInput,
  type DocumentModel,
  type EmailInput,
  type OnePagerInput,
} from '../../src/shared/documents';
import {
  buildEml,
  buildIcs,
  defaultFontsDir,
  renderDocx,
  renderPdf,
} from '../../src/main/backend/documents';
import { partnershipTypes } from '../../src/shared/domain';
import * as f from './documents-fixtures';
import { malformedParts, pdfText } from './documents-helpers';

/** Any text: every code point, lone surrogates, control characters, emoji, right-to-left. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000\u0001\u000b\u001f',
    '\ufffe\uffff',
    '😀👩🏽‍🔧',
    'مرحبا بالعالم',
    'שלום',
    '<w:t>&amp;</w:t>]]>',
  ),
);

const party = fc.record({
  organisation: anyText,
  address: anyText,
  representativeName: anyText,
  representativePosition: anyText,
  contactName: anyText,
  contactEmail: anyText,
  contactPhone: anyText,
});

const agreement: fc.Arbitrary<AgreementInput> = fc.record({
  kind: fc.constantFrom('mou' as const, 'loi' as const),
  reference: anyText,
  issueDate: fc.constant('2026-11-23'),
  institution: party,
  partner: party,
  purpose: anyText,
  scope: fc.array(anyText, { maxLength: 4 }),
  startDate: fc.constant('2027-01-01'),
  endDate: fc.constantFrom(null, '2028-12-31'),
  place: anyText,
});

const onePager: fc.Arbitrary<OnePagerInput> = fc.record({
  organisation: anyText,
  address: anyText,
  whoWeAre: anyText,
  whatWeOffer: anyText,
  whatWeLookFor: anyText,
  whyPartner: anyText,
  contactName: anyText,
  contactPosition: anyText,
  email: anyText,
  phone: anyText,
  website: anyText,
  tailoredFor: anyText,
  typesSought: fc.subarray([...partnershipTypes]),
});

const agenda: fc.Arbitrary<AgendaInput> = fc.record({
  institutionName: anyText,
  partnerName: anyText,
  date: fc.constant('2026-12-03'),
  startTime: fc.constantFrom('00:00', '09:30', '23:45'),
  mode: fc.constantFrom('online' as const, 'in_person' as const),
  location: anyText,
  sections: fc.array(
    fc.record({
      title: anyText,
      minutes: fc.integer({ min: 1, max: 480 }),
      points: fc.array(anyText, { maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  attendees: fc.array(fc.record({ name: anyText, role: anyText, organisation: anyText }), {
    maxLength: 3,
  }),
  materials: fc.array(anyText, { maxLength: 3 }),
  organiserEmail: anyText,
});

const email: fc.Arbitrary<EmailInput> = fc.record({
  tone: fc.constantFrom('formal' as const, 'informal' as const),
  recipientName: anyText,
  recipientEmail: fc.oneof(anyText, fc.emailAddress()),
  senderName: anyText,
  senderPosition: anyText,
  senderEmail: fc.oneof(anyText, fc.emailAddress()),
  senderPhone: anyText,
  institutionName: anyText,
  region: anyText,
  fieldSought: anyText,
  mentionAttachment: fc.boolean(),
});

const fontsDir = defaultFontsDir();
const runs = { numRuns: 15 };

async function bothFormatsOpen(model: DocumentModel): Promise<void> {
  expect(await malformedParts(await renderDocx(model))).toEqual([]);
  // pdftotext exits non-zero (and pdfText throws) when the PDF does not parse.
  expect(typeof pdfText(await renderPdf(model, { fontsDir }))).toBe('string');
}

describe('any text in every field gives a well-formed .docx and a PDF that parses', () => {
  it('MoU and Letter of Intent', async () => {
    await fc.assert(
      fc.asyncProperty(agreement, (input) => bothFormatsOpen(agreementModel(input, f.en))),
      runs,
    );
  }, 120_000);

  it('one-pager', async () => {
    await fc.assert(
      fc.asyncProperty(onePager, (input) => bothFormatsOpen(onePagerModel(input, f.en))),
      runs,
    );
  }, 120_000);

  it('agenda', async () => {
    await fc.assert(
      fc.asyncProperty(agenda, (input) => bothFormatsOpen(agendaModel(input, f.en))),
      runs,
    );
  }, 120_000);
});

describe('any text keeps the calendar event, the email draft and the file name valid', () => {
  it('.ics: CRLF lines of at most 75 octets, no stray line breaks', () => {
    fc.assert(
      fc.property(agenda, (input) => {
        const ics = buildIcs(input, { catalogue: f.en, now: new Date(0) });
        const lines = ics.slice(0, -2).split('\r\n');
        for (const line of lines) {
          expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
          expect(line).not.toMatch(/[\r\n]/);
        }
        expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
        expect(lines.every((l) => /^([A-Z-]+[;:]| )/.test(l))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('.eml: the headers are the ones we write, each on its own line', () => {
    fc.assert(
      fc.property(email, (input) => {
        const eml = buildEml(firstContactEmail(input, f.en), { now: new Date(0) });
        const head = eml.split('\r\n\r\n')[0]!;
        const names = head
          .split('\r\n')
          .filter((l) => !l.startsWith(' '))
          .map((l) => l.split(':')[0]);
        for (const name of names) {
          expect([
            'From',
            'To',
            'Subject',
            'Date',
            'MIME-Version',
            'Content-Type',
            'Content-Transfer-Encoding',
            'X-Unsent',
          ]).toContain(name);
        }
        expect(head).not.toMatch(/[^\r]\n|\r[^\n]/);
      }),
      { numRuns: 100 },
    );
  });

  it('file names: valid on Windows, macOS and Linux, never a path', () => {
    fc.assert(
      fc.property(anyText, anyText, (kind, partner) => {
        const name = documentFileName(kind, partner, '2026-11-23', 'docx');
        expect(name).not.toMatch(/[/\\:*?"<>|\p{Cc}]/u);
        expect(name).toMatch(/\.docx$/);
        expect(name).not.toMatch(/^\.+$|^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i);
        expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
        expect(name).not.toMatch(
          /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/,
        );
      }),
      { numRuns: 300 },
    );
  });
});
