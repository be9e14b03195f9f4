import { z } from 'zod';
import { type AgreementKind, agreementKinds } from './domain';
import { id, isoDate } from './partner';

/**
 * Agreements (MoU, Letter of Intent) with a partner: a status that moves draft → sent →
 * signed → expired, validity dates, and the signed copy. Exporting an MoU or LoI creates or
 * updates the partner's open agreement of that kind; everything else here is the
 * coordinator's own bookkeeping.
 */

export const agreementStatuses = ['draft', 'sent', 'signed', 'expired'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

export const agreementStatusLabels: Record<AgreementStatus, string> = {
  draft: 'Draft',
  sent: 'Sent',
  signed: 'Signed',
  expired: 'Expired',
};

export const agreementKindShort: Record<AgreementKind, string> = {
  mou: 'MoU',
  loi: 'LoI',
};

/**
 * Which status may follow which. A sent agreement can be taken back to draft (to change it
 * before sending again); a signed one can only expire; an expired one stays as it is — a new
 * agreement is a new export.
 */
const nextStatuses: Record<AgreementStatus, readonly AgreementStatus[]> = {
  draft: ['sent', 'signed'],
  sent: ['draft', 'signed'],
  signed: ['expired'],
  expired: [],
};

export function canMoveStatus(from: AgreementStatus, to: AgreementStatus): boolean {
  return from === to || nextStatuses[from].includes(to);
}

export function allowedStatuses(from: AgreementStatus): AgreementStatus[] {
  return agreementStatuses.filter((s) => canMoveStatus(from, s));
}

export interface Agreement {
  id: number;
  partnerId: number;
  kind: AgreementKind;
  status: AgreementStatus;
  reference: string;
  /** `YYYY-MM-DD`; null when not set. */
  validFrom: string | null;
  /** `YYYY-MM-DD`; null: open-ended. */
  validUntil: string | null;
  /** ISO timestamp of when it was marked sent. */
  sentAt: string | null;
  /** The day it was signed, `YYYY-MM-DD`. */
  signedOn: string | null;
  /** Where the signed copy is kept (inside the data folder), if attached. */
  signedScanPath: string | null;
  createdAt: string;
  updatedAt: string;
}

export const agreementStatusInputSchema = z
  .strictObject({
    partnerId: id,
    id,
    status: z.enum(agreementStatuses, { error: 'Choose a status from the list.' }),
    /** Required when the status is signed. */
    signedOn: isoDate.nullable(),
    validFrom: isoDate.nullable(),
    validUntil: isoDate.nullable(),
  })
  .refine((v) => v.status !== 'signed' || v.signedOn !== null, {
    path: ['signedOn'],
    message: 'Enter the day it was signed.',
  })
  .refine((v) => v.validFrom === null || v.validUntil === null || v.validUntil >= v.validFrom, {
    path: ['validUntil'],
    message: 'The end date cannot be before the start date.',
  });
export type AgreementStatusInput = z.input<typeof agreementStatusInputSchema>;

/** File types accepted as the signed copy, by extension. */
export const scanExtensions = ['pdf', 'png', 'jpg', 'jpeg'] as const;
/** Largest signed copy accepted, in bytes. */
export const maxScanBytes = 20 * 1024 * 1024;

export const attachScanInputSchema = z.strictObject({
  partnerId: id,
  id,
  /** The chosen file's own name; only its extension and a cleaned stem are kept. */
  fileName: z
    .string()
    .trim()
    .min(1, 'Choose a file.')
    .max(255, 'The file name is too long.')
    .refine(
      (name) => (scanExtensions as readonly string[]).includes(extensionOf(name)),
      'Choose a PDF, PNG or JPEG file.',
    ),
  /** The file's bytes, base64 (both transports carry JSON). */
  dataBase64: z
    .string()
    .min(1, 'The file is empty.')
    .max(Math.ceil(maxScanBytes / 3) * 4, 'The file is larger than 20 MB.')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file could not be read.'),
});

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** Expiry warnings start this many days before the end of validity. */
export const expiryWarningDays = 60;

/** Whole days from one `YYYY-MM-DD` to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** What a board card knows of the partner's newest agreement (stored with the card). */
export interface CardAgreement {
  kind: AgreementKind;
  status: AgreementStatus;
  validUntil: string | null;
}

/** Reads the stored `kind|status|valid_until` summary; null for none or anything unknown. */
export function parseCardAgreement(stored: string | null): CardAgreement | null {
  if (!stored) return null;
  const [kind, status, until] = stored.split('|');
  if (!(agreementKinds as readonly string[]).includes(kind ?? '')) return null;
  if (!(agreementStatuses as readonly string[]).includes(status ?? '')) return null;
  return {
    kind: kind as AgreementKind,
    status: status as AgreementStatus,
    validUntil: until ? until : null,
  };
}

export type AgreementTone = 'neutral' | 'progress' | 'ok' | 'warning' | 'expired';

export interface AgreementState {
  label: string;
  tone: AgreementTone;
  /** Days until the end of validity for a signed agreement, when it has an end. */
  daysLeft: number | null;
}

/**
 * How an agreement stands on `today`: "MoU signed", "MoU expires in 41 days" (from 60 days
 * before the end), "MoU expired" (marked so, or signed and past its end date).
 */
export function agreementState(a: CardAgreement, today: string): AgreementState {
  const kind = agreementKindShort[a.kind];
  if (a.status === 'expired') return { label: `${kind} expired`, tone: 'expired', daysLeft: null };
  if (a.status === 'draft') return { label: `${kind} draft`, tone: 'neutral', daysLeft: null };
  if (a.status === 'sent') return { label: `${kind} sent`, tone: 'progress', daysLeft: null };
  if (a.validUntil === null) return { label: `${kind} signed`, tone: 'ok', daysLeft: null };
  const daysLeft = daysBetween(today, a.validUntil);
  if (daysLeft < 0) return { label: `${kind} expired`, tone: 'expired', daysLeft };
  if (daysLeft === 0) return { label: `${kind} expires today`, tone: 'warning', daysLeft };
  if (daysLeft <= expiryWarningDays) {
    const days = daysLeft === 1 ? '1 day' : `${daysLeft} days`;
    return { label: `${kind} expires in ${days}`, tone: 'warning', daysLeft };
  }
  return { label: `${kind} signed`, tone: 'ok', daysLeft };
}

/** The card's view of a partner's agreements (newest first): the newest one, if any. */
export function cardAgreementOf(agreements: readonly Agreement[]): CardAgreement | null {
  const newest = agreements[0];
  return newest
    ? { kind: newest.kind, status: newest.status, validUntil: newest.validUntil }
    : null;
}

/** The start of a reference: "MOU-2026-" for an MoU numbered in 2026. */
export const referencePrefix = (kind: AgreementKind, year: string | number): string =>
  `${kind.toUpperCase()}-${year}-`;

/** "MOU-2026-0007": kind, year, then one more than the highest number used that year. */
export function nextReference(existing: readonly string[], prefix: string): string {
  let highest = 0;
  for (const reference of existing) {
    const n = Number(reference.slice(prefix.length));
    if (Number.isInteger(n) && n > highest) highest = n;
  }
  return `${prefix}${String(highest + 1).padStart(4, '0')}`;
}
