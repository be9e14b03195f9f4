import { z } from 'zod';
import { agreementKinds, partnershipTypes } from '../domain';
import { text } from '../institution';
import { isoDate } from '../partner';

/**
 * What the export form edits for each template, validated the same way on both sides of the
 * API. Every text may be empty here: an empty required value is reported by `missingFields`
 * (./missingFields.ts) with a sentence that says where to fill it in, so the form can show
 * what is missing before export instead of refusing the request.
 *
 * Who calls what:
 * - pre-filling a form from the board's data: `agreementInputFrom`, `onePagerInputFrom`,
 *   `agendaInputFrom`, `emailInputFrom` (./prefill.ts);
 * - flagging gaps before export: `missingFields(kind, input, catalogue)`;
 * - the live preview and both files: `templateModel(kind, input, catalogue)` (or the
 *   per-template `agreementModel`, `onePagerModel`, `agendaModel`) → `DocumentModel`, drawn by
 *   `DocumentPreview` in the renderer and by `renderDocx` / `renderPdf` in the main process
 *   (`renderDocx(model, { embedFontsFrom: fontsDir })` embeds the fonts, so that Word shows the
 *   file as the PDF looks on a computer without DejaVu Sans);
 * - the calendar event and the email draft: `buildIcs(agendaInput, { catalogue, now })`,
 *   `firstContactEmail(emailInput, catalogue)` then `buildEml(draft, { now })` (main process);
 * - the default file name in the save dialog: `documentFileName(kindLabel, partner, date, ext)`.
 */

const line = (what: string) => text(300, what);
const para = (what: string) => text(4000, what);

/** `HH:MM`, 24-hour clock. */
export const clockTime = z
  .string({ error: 'Enter a time.' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time such as 09:30.');

/** One side of an agreement: the organisation, who signs for it and who runs the cooperation. */
export const partySchema = z.strictObject({
  organisation: line('The organisation name'),
  address: line('The address'),
  representativeName: line("The representative's name"),
  representativePosition: line("The representative's position"),
  contactName: line("The contact person's name"),
  contactEmail: line("The contact person's email"),
  contactPhone: line("The contact person's phone"),
});
export type Party = z.infer<typeof partySchema>;

export const scopeItem = text(6000, 'A scope item');

export const agreementInputSchema = z.strictObject({
  kind: z.enum(agreementKinds, { error: 'Choose MoU or Letter of Intent.' }),
  /** The institution's own reference, e.g. "PL-2026-014"; printed on every page. */
  reference: text(100, 'The reference number'),
  issueDate: isoDate,
  institution: partySchema,
  partner: partySchema,
  /** The cooperation fields named in the purpose sentence, e.g. "training and mobility". */
  purpose: para('The purpose'),
  /** Numbered scope of cooperation, in the order shown. */
  scope: z.array(scopeItem).max(40, 'An agreement can have at most 40 scope items.'),
  startDate: isoDate,
  /** null: open-ended. */
  endDate: isoDate.nullable(),
  /** Where it is signed; empty leaves a line to fill in by hand. */
  place: line('The place of signing'),
});
export type AgreementInput = z.infer<typeof agreementInputSchema>;

export const onePagerInputSchema = z.strictObject({
  organisation: line('The organisation name'),
  address: line('The address'),
  whoWeAre: para('"Who we are"'),
  whatWeOffer: para('"What we offer"'),
  whatWeLookFor: para('"What we look for"'),
  /** One benefit per line; printed as bullet points. */
  whyPartner: para('"Why partner with us"'),
  contactName: line("The contact person's name"),
  contactPosition: line("The contact person's position"),
  email: line('The email address'),
  phone: line('The phone number'),
  website: line('The website'),
  /** The partner it is tailored to; empty for the general one-pager. */
  tailoredFor: line("The partner's name"),
  /** The partnership types sought from this partner (printed when tailored or not empty). */
  typesSought: z.array(z.enum(partnershipTypes)).max(partnershipTypes.length),
});
export type OnePagerInput = z.infer<typeof onePagerInputSchema>;

export const agendaSectionSchema = z.strictObject({
  title: line('A section title'),
  minutes: z
    .number({ error: 'Enter the minutes as a number.' })
    .int('Enter whole minutes.')
    .min(1, 'A section takes at least one minute.')
    .max(480, 'A section can take at most 480 minutes.'),
  /** Talking points, printed as bullets under the section. */
  points: z.array(line('A talking point')).max(20),
});
export type AgendaSection = z.infer<typeof agendaSectionSchema>;

export const attendeeSchema = z.strictObject({
  name: line("The attendee's name"),
  role: line("The attendee's role"),
  organisation: line("The attendee's organisation"),
});
export type Attendee = z.infer<typeof attendeeSchema>;

export const agendaInputSchema = z.strictObject({
  institutionName: line('The institution name'),
  partnerName: line("The partner's name"),
  date: isoDate,
  startTime: clockTime,
  mode: z.enum(['online', 'in_person'], { error: 'Choose online or in person.' }),
  /** The meeting link (online) or the address (in person). */
  location: line('The place or link'),
  sections: z
    .array(agendaSectionSchema)
    .min(1, 'An agenda needs at least one section.')
    .max(12, 'An agenda can have at most 12 sections.'),
  attendees: z.array(attendeeSchema).max(30, 'An agenda can list at most 30 attendees.'),
  /** What to share before the meeting; one item per entry. */
  materials: z.array(line('A material')).max(20),
  /** The host's email, written as the calendar event's organiser when present. */
  organiserEmail: line("The organiser's email"),
});
export type AgendaInput = z.infer<typeof agendaInputSchema>;

export const emailInputSchema = z.strictObject({
  tone: z.enum(['formal', 'informal'], { error: 'Choose formal or informal.' }),
  recipientName: line("The recipient's name"),
  recipientEmail: line("The recipient's email"),
  senderName: line('Your name'),
  senderPosition: line('Your position'),
  senderEmail: line('Your email'),
  senderPhone: line('Your phone'),
  institutionName: line('The institution name'),
  /** e.g. "Styria, Austria". */
  region: line('The region or country'),
  /** The partnership field sought, e.g. "dual training and Erasmus+ mobility". */
  fieldSought: line('The partnership field sought'),
  /** Mentions the attached one-pager (formal version). */
  mentionAttachment: z.boolean(),
});
export type EmailInput = z.infer<typeof emailInputSchema>;

/** The templates, by the document kind they are recorded as. */
export const templateKinds = ['mou', 'loi', 'one_pager', 'agenda', 'email'] as const;
export type TemplateKind = (typeof templateKinds)[number];

export interface TemplateInputs {
  mou: AgreementInput;
  loi: AgreementInput;
  one_pager: OnePagerInput;
  agenda: AgendaInput;
  email: EmailInput;
}

export const templateInputSchemas = {
  mou: agreementInputSchema,
  loi: agreementInputSchema,
  one_pager: onePagerInputSchema,
  agenda: agendaInputSchema,
  email: emailInputSchema,
} as const satisfies Record<TemplateKind, z.ZodType>;

/** A required value that is still empty, with the form field it belongs to (dot path). */
export interface MissingField {
  field: string;
  message: string;
}
