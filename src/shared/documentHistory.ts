import { z } from 'zod';
import type { Agreement } from './agreement';
import {
  agendaInputSchema,
  agreementInputSchema,
  emailInputSchema,
  onePagerInputSchema,
  type TemplateInputs,
  type TemplateKind,
  templateKinds,
} from './documents/inputs';
import type { DocumentKind } from './domain';
import { type Contact, id, isoDate, type Partner } from './partner';

/**
 * Exporting a document for a partner and the history of what was exported: the channels'
 * inputs and answers. The templates and their inputs are in ./documents.
 */

/** File formats the export writes. */
export const documentFormats = ['docx', 'pdf', 'ics', 'eml'] as const;
export type DocumentFormat = (typeof documentFormats)[number];

export const documentFormatLabels: Record<DocumentFormat, string> = {
  docx: 'Word',
  pdf: 'PDF',
  ics: 'Calendar',
  eml: 'Email',
};

export const documentKindLabels: Record<DocumentKind, string> = {
  mou: 'Memorandum of Understanding',
  loi: 'Letter of Intent',
  one_pager: 'Introductory one-pager',
  agenda: 'First meeting agenda',
  email: 'First-contact email',
  report: 'Partnership activity report',
};

/** The formats each document can be saved as. */
export const formatsOf: Record<TemplateKind, readonly DocumentFormat[]> = {
  mou: ['docx', 'pdf'],
  loi: ['docx', 'pdf'],
  one_pager: ['docx', 'pdf'],
  agenda: ['docx', 'pdf', 'ics'],
  email: ['eml'],
};

/** One file written by an export. */
export interface DocumentRecord {
  id: number;
  partnerId: number | null;
  agreementId: number | null;
  /** A partner's document, or (`report`, of no partner) the annual activity report. */
  kind: DocumentKind;
  format: DocumentFormat;
  fileName: string;
  /** Where it was saved; null when the platform did not say. */
  savedPath: string | null;
  /** SHA-256 of the bytes written, hex. */
  checksum: string | null;
  createdAt: string;
}

export const draftInputSchema = z.strictObject({
  partnerId: id,
  kind: z.enum(templateKinds, { error: 'Choose a document.' }),
  /** The coordinator's local date: issue date, start of validity, reference year. */
  today: isoDate,
});

/** A template input of each kind, with the kind beside it. */
export type KindedInput = {
  [K in TemplateKind]: { kind: K; input: TemplateInputs[K] };
}[TemplateKind];

/** The export form's starting point. */
export type DocumentDraft = KindedInput & {
  partner: Partner;
  /** The partner's contacts, for the contact chooser; the primary one is pre-selected. */
  contacts: Contact[];
  contactId: number | null;
  /** The open agreement the export will update (MoU, LoI); null: a new one is created. */
  agreement: Agreement | null;
};

const formats = z
  .array(z.enum(documentFormats, { error: 'Choose Word, PDF, calendar or email.' }))
  .min(1, 'Choose at least one format.')
  .max(documentFormats.length)
  .transform((list) => documentFormats.filter((f) => list.includes(f)));

const exportOf = <K extends TemplateKind, S extends z.ZodType>(kind: K, input: S) =>
  z.strictObject({ partnerId: id, kind: z.literal(kind), formats, input });

export const exportInputSchema = z
  .discriminatedUnion('kind', [
    exportOf('mou', agreementInputSchema),
    exportOf('loi', agreementInputSchema),
    exportOf('one_pager', onePagerInputSchema),
    exportOf('agenda', agendaInputSchema),
    exportOf('email', emailInputSchema),
  ])
  .refine((v) => v.formats.every((f) => formatsOf[v.kind].includes(f)), {
    path: ['formats'],
    message: 'This document cannot be saved in that format.',
  });
export type ExportInput = z.input<typeof exportInputSchema>;

export interface ExportResult {
  /** The files written and recorded, in the order of `formats`. */
  saved: DocumentRecord[];
  /** The save dialog was cancelled (files saved before it still count). */
  cancelled: boolean;
  /** The agreement created or updated (MoU, LoI). */
  agreement: Agreement | null;
}

export const fileActionInputSchema = z.strictObject({
  /** A document of the history, or the signed copy of an agreement. */
  source: z.enum(['document', 'signedScan']),
  id,
});

export interface FileActionResult {
  /** false where the platform cannot do it (browser mode): the UI shows the path instead. */
  done: boolean;
  path: string;
}
