import { z } from 'zod';

/**
 * Exporting the annual activity report: the channel's input and answer. The report itself is
 * the template `documents/templates/annualReport`.
 */
export const annualReportFormats = ['pdf', 'docx'] as const;
export type AnnualReportFormat = (typeof annualReportFormats)[number];

export const annualReportFormatLabels: Record<AnnualReportFormat, string> = {
  pdf: 'PDF',
  docx: 'Word',
};

/** The earliest year a report can be asked for. */
export const firstReportYear = 2000;

export const annualReportInputSchema = z.strictObject({
  year: z
    .number({ error: 'Choose a year.' })
    .int('Choose a year.')
    .min(firstReportYear, `Choose ${firstReportYear} or later.`)
    .max(9999, 'Choose a year.'),
  formats: z
    .array(z.enum(annualReportFormats, { error: 'Choose PDF or Word.' }))
    .min(1, 'Choose PDF, Word or both.')
    .max(annualReportFormats.length)
    .transform((list) => annualReportFormats.filter((f) => list.includes(f))),
});

export interface SavedReport {
  /** In the document history: open it or show it in its folder by this id. */
  id: number;
  format: AnnualReportFormat;
  fileName: string;
  savedPath: string | null;
}

export interface AnnualReportResult {
  /** The files written, in the order of the formats. */
  saved: SavedReport[];
  /** A save dialog was cancelled (files saved before it still count). */
  cancelled: boolean;
}
