import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderDocx, renderPdf } from '../src/main/backend/documents';
import { defaultFontsDir } from '../src/main/backend/documents/fontsDir';
import { catalogues, templateModel } from '../src/shared/documents';
import { agreementInput } from '../tests/unit/helpers/agreementInput';
import type { Measurement } from './results';
import { sample, timed } from './stats';

/** A complete MoU (both parties, scope, diacritics), as the document tests use it. */
const mou = agreementInput({
  scope: [
    'Work placements for welding apprentices.',
    'Joint assessment of final projects.',
    'Two-week Erasmus+ mobility for eight learners a year.',
  ],
});

const mouModel = () => templateModel('mou', mou, catalogues.en);

export interface DocumentFigures {
  measurements: Measurement[];
  docx: Uint8Array;
}

/**
 * MoU generation as an export does it: the model from the form, then Word or PDF. The first PDF
 * after start loads pdfmake and the fonts; it is reported on its own, the rest are warm.
 */
export async function measureDocuments(runs: number): Promise<DocumentFigures> {
  const fontsDir = defaultFontsDir();
  const coldPdf = await timed(() => renderPdf(mouModel(), { fontsDir }));
  let docx: Uint8Array = new Uint8Array();
  const docxRuns = await sample(runs * 2, 2, () =>
    timed(async () => {
      docx = await renderDocx(mouModel());
    }),
  );
  const pdfRuns = await sample(runs * 2, 2, () => timed(() => renderPdf(mouModel(), { fontsDir })));
  return {
    docx,
    measurements: [
      { key: 'mouDocx', label: 'MoU generation, Word', unit: 'ms', size: null, samples: docxRuns },
      {
        key: 'mouPdf',
        label: 'MoU generation, PDF (warm)',
        unit: 'ms',
        size: null,
        samples: pdfRuns,
        note: `first PDF after start (pdfmake and fonts loading): ${coldPdf.toFixed(0)} ms`,
      },
      {
        key: 'mouPdfCold',
        label: 'MoU generation, PDF, first after start',
        unit: 'ms',
        size: null,
        samples: [coldPdf],
      },
    ],
  };
}

export const hasLibreOffice = () =>
  spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

/**
 * The usual alternative: the same .docx converted by LibreOffice headless, one process per
 * conversion (as a script would call it), with a profile of its own made by the warm-up.
 */
export async function measureLibreOffice(
  workDir: string,
  docx: Uint8Array,
  runs: number,
): Promise<Measurement> {
  const input = path.join(workDir, 'mou.docx');
  fs.writeFileSync(input, docx);
  const profile = pathToFileURL(path.join(workDir, 'lo-profile')).href;
  const samples = await sample(runs, 1, (i) => {
    const outDir = path.join(workDir, `lo-${i + 1}`);
    return timed(() => {
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          outDir,
          input,
        ],
        { stdio: 'ignore', timeout: 120_000 },
      );
      if (!fs.existsSync(path.join(outDir, 'mou.pdf'))) {
        throw new Error('LibreOffice wrote no PDF.');
      }
    });
  });
  return {
    key: 'libreOfficePdf',
    label: 'the same .docx to PDF by LibreOffice headless',
    unit: 'ms',
    size: null,
    samples,
  };
}
