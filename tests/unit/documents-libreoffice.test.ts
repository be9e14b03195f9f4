import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agendaModel,
  agreementModel,
  onePagerModel,
  templateModel,
  type DocumentModel,
} from '../../src/shared/documents';
import { defaultFontsDir, renderDocx, renderPdf } from '../../src/main/backend/documents';
import * as f from './documents-fixtures';
import { libreOfficeToPdf, pdfPages, tempDir } from './documents-helpers';

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

/** A paragraph-long scope item of about `chars` characters, in words that wrap like prose. */
const longItem = (chars: number, seed: string) =>
  `${seed}: ${'joint curriculum work, learner placements and staff exchange with the partner, '.repeat(Math.ceil(chars / 80))}`.slice(
    0,
    chars,
  );

const documents: Record<string, DocumentModel> = {
  mou: agreementModel(f.mou, f.en),
  loi: agreementModel(f.loi, f.en),
  onePager: onePagerModel(f.onePager, f.en),
  agenda: agendaModel(f.agenda, f.en),
  email: templateModel('email', f.email, f.en),
  mouTwelveItems: agreementModel(
    { ...f.mou, scope: Array.from({ length: 12 }, (_, i) => longItem(220, `Item ${i + 1}`)) },
    f.en,
  ),
  mouLongItems: agreementModel(
    { ...f.mou, scope: [longItem(5000, 'Łódź'), longItem(5000, 'Київ'), 'Short item'] },
    f.en,
  ),
  mouEmbeddedFonts: agreementModel(
    { ...f.mou, scope: Array.from({ length: 12 }, (_, i) => longItem(220, `Item ${i + 1}`)) },
    f.en,
  ),
  mouManyItems: agreementModel(
    { ...f.mou, scope: Array.from({ length: 40 }, (_, i) => longItem(90 + i * 7, `Area ${i}`)) },
    f.en,
  ),
};

describe.skipIf(!hasSoffice)('Word files via LibreOffice (skipped without soffice)', () => {
  let dir = '';
  const converted: Record<string, { docxPdf: string; ourPdf: string }> = {};

  beforeAll(async () => {
    dir = tempDir('pl-lo-');
    for (const [name, model] of Object.entries(documents)) {
      const embed = name === 'mouEmbeddedFonts' ? { embedFontsFrom: defaultFontsDir() } : {};
      fs.writeFileSync(path.join(dir, `${name}.docx`), await renderDocx(model, embed));
      const ourPdf = path.join(dir, `${name}.ours.pdf`);
      fs.writeFileSync(ourPdf, await renderPdf(model, { fontsDir: defaultFontsDir() }));
      converted[name] = { docxPdf: path.join(dir, 'lo', `${name}.pdf`), ourPdf };
    }
    libreOfficeToPdf(
      Object.keys(documents).map((n) => path.join(dir, `${n}.docx`)),
      path.join(dir, 'lo'),
      dir,
    );
  }, 180_000);

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each(Object.keys(documents))('%s converts without error', (name) => {
    const file = converted[name]!.docxPdf;
    expect(fs.existsSync(file)).toBe(true);
    expect(pdfPages(file)).toBeGreaterThan(0);
  });

  it.each(['mou', 'loi', 'mouTwelveItems', 'mouLongItems', 'mouManyItems', 'mouEmbeddedFonts'])(
    '%s: Word (via LibreOffice) and our PDF have the same number of pages',
    (name) => {
      const { docxPdf, ourPdf } = converted[name]!;
      expect(pdfPages(docxPdf)).toBe(pdfPages(ourPdf));
    },
  );

  it('a 5,000-character scope item breaks across pages in both formats', () => {
    const { docxPdf, ourPdf } = converted.mouLongItems!;
    expect(pdfPages(ourPdf)).toBeGreaterThanOrEqual(3);
    expect(pdfPages(docxPdf)).toBeGreaterThanOrEqual(3);
  });
});
