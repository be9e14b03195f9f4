import path from 'node:path';
import pdfmake from 'pdfmake';
import { describe, expect, it } from 'vitest';
import {
  agendaModel,
  agreementModel,
  firstContactEmail,
  formatDate,
  onePagerModel,
  type DocumentModel,
} from '../../src/shared/documents';
import {
  buildEml,
  buildIcs,
  cleanText,
  defaultFontsDir,
  renderDocx,
  renderPdf,
} from '../../src/main/backend/documents';
import * as f from './documents-fixtures';
import { docxParts, docxText, flat, pdfInfo, pdfText } from './documents-helpers';

const fontsDir = defaultFontsDir();

/** Every text value of an input, dates as the document prints them. */
function values(input: object): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key: string) => {
    if (typeof v === 'string') {
      if (/^\d{4}-\d{2}-\d{2}$/.test(v)) out.push(formatDate(v, f.en.language));
      else if (v !== '' && !['kind', 'mode', 'tone', 'startTime'].includes(key)) out.push(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) walk(x, k);
  };
  walk(input, '');
  return out.flatMap((v) => v.split('\n').map((l) => l.replace(/^- /, '').trim()));
}

const cases: [string, DocumentModel, string[]][] = [
  ['MoU', agreementModel(f.mou, f.en), values(f.mou)],
  ['Letter of Intent', agreementModel(f.loi, f.en), values(f.loi)],
  ['one-pager', onePagerModel(f.onePager, f.en), values(f.onePager)],
  [
    'agenda',
    agendaModel(f.agenda, f.en),
    [...values({ ...f.agenda, organiserEmail: '' }), '09:30–10:20'],
  ],
];

describe.each(cases)('%s in both formats', (_name, model, expected) => {
  it('Word: the text holds every field value, diacritics, Greek and Cyrillic included', async () => {
    const text = flat(await docxText(await renderDocx(model)));
    for (const value of expected) expect(text).toContain(flat(value));
  });

  it('PDF: the text holds every field value, diacritics, Greek and Cyrillic included', async () => {
    const text = flat(pdfText(await renderPdf(model, { fontsDir })));
    for (const value of expected) expect(text).toContain(flat(value));
  });
});

describe('Word structure', () => {
  it('numbers pages with PAGE and NUMPAGES fields in the footer', async () => {
    const parts = await docxParts(await renderDocx(agreementModel(f.mou, f.en)));
    const footer = Object.entries(parts).find(([name]) => /word\/footer\d*\.xml/.test(name))?.[1];
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(footer).toContain('Page ');
    expect(footer).toContain(' of ');
  });

  it('has real numbering, heading styles, header rows and signature rows that cannot split', async () => {
    const parts = await docxParts(await renderDocx(agreementModel(f.mou, f.en)));
    const body = parts['word/document.xml']!;
    expect(parts['word/numbering.xml']).toContain('w:val="decimal"');
    expect(body).toMatch(/<w:numPr>/);
    expect(body).toContain('<w:pStyle w:val="Heading1"/>');
    expect(body).toContain('<w:tblHeader/>');
    expect(body).toContain('<w:cantSplit/>');
    expect(body).toContain('<w:keepNext/>');
  });

  it('carries the title and the language in the document properties', async () => {
    const parts = await docxParts(await renderDocx(agreementModel(f.mou, f.en)));
    expect(parts['docProps/core.xml']).toContain(
      '<dc:title>Memorandum of Understanding – Centrum Kształcenia Zawodowego Łódź – Šiauliai Chamber of Commerce</dc:title>',
    );
    expect(parts['word/styles.xml']).toContain('<w:lang w:val="en-GB"/>');
  });
  it('embeds the four faces of the font when asked, and nothing by default', async () => {
    const model = agreementModel(f.mou, f.en);
    const embedded = await docxParts(await renderDocx(model, { embedFontsFrom: fontsDir }));
    const table = embedded['word/fontTable.xml']!;
    for (const face of ['embedRegular', 'embedBold', 'embedItalic', 'embedBoldItalic']) {
      expect(table).toContain(`<w:${face} `);
    }
    expect(embedded['word/_rels/fontTable.xml.rels']?.match(/fonts\/font\d\.odttf/g)).toHaveLength(
      4,
    );
    const plain = await docxParts(await renderDocx(model));
    expect(plain['word/fontTable.xml'] ?? '').not.toContain('w:embedRegular');
  });
});

describe('PDF structure', () => {
  it('prints "Page X of Y" on every page and carries the metadata', async () => {
    const long = agreementModel(
      { ...f.mou, scope: Array.from({ length: 30 }, () => 'A long scope item. '.repeat(12)) },
      f.en,
    );
    const pdf = await renderPdf(long, { fontsDir });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(pdfInfo(pdf))?.[1]);
    expect(pages).toBeGreaterThan(2);
    const text = pdfText(pdf);
    for (let p = 1; p <= pages; p++) expect(text).toContain(`Page ${p} of ${pages}`);
    expect(pdfInfo(pdf)).toMatch(/Title:\s+Memorandum of Understanding – Centrum/);
  });

  it('once set up, lets pdfmake neither fetch a URL nor read a file from disk', async () => {
    await renderPdf(agreementModel(f.mou, f.en), { fontsDir });
    const tryImage = (image: string) => pdfmake.createPdf({ content: [{ image }] }).getBuffer();
    await expect(tryImage('https://example.com/logo.png')).rejects.toThrow(/denied/);
    await expect(tryImage(path.resolve('package.json'))).rejects.toThrow(/denied/);
  });
});

describe('landscape pages', () => {
  const wide: DocumentModel = {
    meta: { title: 'Overlap', language: 'en-GB' },
    footer: {},
    orientation: 'landscape',
    blocks: [
      {
        kind: 'table',
        header: [{ runs: ['Type'] }, { runs: ['Partners'] }],
        rows: [[{ runs: ['Mobility'] }, { runs: ['12'], fill: '#ffd27f' }]],
      },
    ],
  };

  it('are wider than tall in both formats, and tables use the width', async () => {
    expect(pdfInfo(await renderPdf(wide, { fontsDir }))).toMatch(
      /Page size:\s+841\.\d+ x 595\.\d+/,
    );
    const body = (await docxParts(await renderDocx(wide)))['word/document.xml']!;
    expect(body).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    // Narrower margins than portrait pages: 841.89 − 2 × 44 points between them.
    expect(body).toContain('<w:tblW w:type="dxa" w:w="15078"/>');
    expect(body).toContain('w:fill="FFD27F"');
  });

  it('draw side-by-side columns and dense tables with coloured text in both formats', async () => {
    const report: DocumentModel = {
      ...wide,
      blocks: [
        {
          kind: 'columns',
          columns: [
            {
              width: 2,
              blocks: [
                {
                  kind: 'table',
                  dense: true,
                  header: [{ runs: ['Type'] }, { runs: ['Partners'] }],
                  rows: [
                    [{ runs: ['Mobility'] }, { runs: ['12'], fill: '#2b3d9e', color: '#ffffff' }],
                  ],
                },
              ],
            },
            { width: 1, blocks: [{ kind: 'paragraph', runs: ['Beside the matrix'] }] },
          ],
        },
        { kind: 'paragraph', runs: ['Below both'] },
      ],
    };
    const pdf = await renderPdf(report, { fontsDir });
    expect(flat(pdfText(pdf))).toMatch(/Mobility 12.*Below both/);
    expect(pdfText(pdf)).toContain('Beside the matrix');
    const body = (await docxParts(await renderDocx(report)))['word/document.xml']!;
    // An outer table without borders holds the matrix (a table of its own) and the paragraph.
    expect(body.match(/<w:tbl>/g)).toHaveLength(2);
    expect(body).toMatch(
      /<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="15078"\/><w:tblBorders><w:top w:val="none"/,
    );
    expect(body).toMatch(
      /<w:color w:val="FFFFFF"\/><w:sz w:val="15"\/>.*<w:t xml:space="preserve">12</,
    );
    const text = await docxText(await renderDocx(report));
    expect(text.indexOf('Beside the matrix')).toBeLessThan(text.indexOf('Below both'));
  });
});

describe('cleanText', () => {
  it('removes XML-invalid characters and keeps tab, newline, emoji and right-to-left text', () => {
    expect(cleanText('a\u0000b\u0007c\u001fd\u007fe\u0085f\ufffeg\uffffh')).toBe('abcdefgh');
    expect(cleanText('x\ud800y\udc00z')).toBe('xyz');
    expect(cleanText('tab\tline\r\nnext\rlast')).toBe('tab\tline\nnext\nlast');
    expect(cleanText('😀 שלום مرحبا')).toBe('😀 שלום مرحبا');
  });
});

describe('calendar event (.ics)', () => {
  const ics = buildIcs(
    { ...f.agenda, location: 'Room 1; Building A, Łódź\\north' },
    { catalogue: f.en, now: new Date('2026-11-23T15:00:00Z'), uid: 'fixed-uid@partnerloom' },
  );

  it('is RFC 5545: CRLF lines of at most 75 octets, floating times, UID and DTSTAMP', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('\r\nUID:fixed-uid@partnerloom\r\n');
    expect(unfolded).toContain('\r\nDTSTAMP:20261123T150000Z\r\n');
    expect(unfolded).toContain('\r\nDTSTART:20261203T093000\r\n');
    expect(unfolded).toContain('\r\nDTEND:20261203T102000\r\n');
    expect(unfolded).toContain('SUMMARY:First exploration meeting: Centrum Kształcenia');
  });

  it('escapes text values', () => {
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('LOCATION:Room 1\\; Building A\\, Łódź\\\\north\r\n');
    expect(unfolded).toMatch(/DESCRIPTION:09:30–09:40 {2}1\. Welcome and introductions\\n09:40/);
    expect(unfolded).toContain(
      'ORGANIZER;CN="Centrum Kształcenia Zawodowego Łódź":mailto:p.sliwinski@',
    );
  });

  it('folds without cutting a multi-byte character', () => {
    const long = buildIcs(
      { ...f.agenda, location: 'Ελληνικά Київ Łódź '.repeat(20) },
      { catalogue: f.en, now: new Date(0), uid: 'u' },
    );
    const unfolded = long.replace(/\r\n /g, '');
    expect(unfolded).toContain(`LOCATION:${'Ελληνικά Київ Łódź '.repeat(20).trim()}`);
  });

  it('ends on the next day when the meeting runs past midnight', () => {
    const late = buildIcs(
      { ...f.agenda, startTime: '23:30' },
      { catalogue: f.en, now: new Date(0), uid: 'u' },
    );
    expect(late).toContain('DTEND:20261204T002000');
  });
});

describe('email draft (.eml)', () => {
  const draft = firstContactEmail(f.email, f.en);
  const eml = buildEml(draft, { now: new Date('2026-11-23T15:00:00Z') });
  const [head = '', body = ''] = eml.split('\r\n\r\n');

  it('has RFC 5322 headers, an encoded-word subject and opens as a draft', () => {
    expect(head).toContain('X-Unsent: 1');
    expect(head).toContain('MIME-Version: 1.0');
    expect(head).toContain('Content-Type: text/plain; charset=UTF-8');
    expect(head).toContain('Date: Mon, 23 Nov 2026 15:00:00 +0000');
    expect(head).toMatch(/^To: =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?= <jurate@chamber\.example\.lt>$/m);
    const subject = /^Subject: ((?:.*\r\n )*.*)$/m.exec(head)?.[1] ?? '';
    const decoded = [...subject.matchAll(/=\?UTF-8\?B\?([^?]+)\?=/g)]
      .map((m) => Buffer.from(m[1]!, 'base64').toString('utf8'))
      .join('');
    expect(decoded).toBe(draft.subject);
    for (const line of head.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
  });

  it('carries the body as UTF-8 base64 with CRLF line ends', () => {
    const text = Buffer.from(body.replace(/\r\n/g, ''), 'base64').toString('utf8');
    expect(text).toBe(draft.body.replace(/\n/g, '\r\n'));
  });

  it('lets no line break into a header and leaves out an address that is not one', () => {
    const evil = buildEml(
      {
        ...draft,
        subject: 'Hi\r\nBcc: victim@example.com',
        to: { name: 'X\nBcc: a@b.c', email: 'not an address\r\nBcc: y@z.example' },
      },
      { now: new Date(0) },
    );
    const headers = evil.split('\r\n\r\n')[0]!;
    expect(headers).not.toMatch(/^Bcc:/m);
    expect(headers).not.toMatch(/^To:/m);
  });
});
