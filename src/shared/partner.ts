import { z } from 'zod';
import type { Agreement, CardAgreement } from './agreement';
import {
  interactionKinds,
  organisationSizes,
  partnerSources,
  partnershipTypes,
  phases,
  stakeholderGroups,
  type InteractionKind,
  type OrganisationSize,
  type PartnerSource,
  type PartnershipType,
  type Phase,
  type StakeholderGroup,
} from './domain';
import { emailAddress, isWebAddress, normaliseWebAddress, phoneNumber, text } from './institution';

/**
 * Partner organisations and everything logged about them: contacts, interactions, the
 * phase history and the per-phase checklist. Input schemas are what the forms edit and the
 * API accepts; the plain interfaces are what the backend answers.
 */

const webAddress = (what: string, example: string) =>
  text(500, what)
    .transform(normaliseWebAddress)
    .refine(
      (v) => v === '' || isWebAddress(v),
      `Enter a web address starting with https:// or http://, such as ${example}.`,
    );

/** `YYYY-MM-DD`, a real calendar day. */
export const isoDate = z
  .string({ error: 'Enter a date.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date such as 2026-03-01.')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
  }, 'This date does not exist.');

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `Choose ${what} from the list.` }).nullable();

/** A row id, as the API refers to partners, contacts and logbook entries. */
export const id = z.number({ error: 'An id must be a number.' }).int().positive();

export const partnerInputSchema = z.strictObject({
  name: text(500, 'The name').min(1, 'Enter the name of the organisation.'),
  stakeholderGroup: optionalEnum(stakeholderGroups, 'a stakeholder group'),
  types: z
    .array(z.enum(partnershipTypes, { error: 'Choose partnership types from the list.' }))
    .max(partnershipTypes.length)
    .transform((ts) => partnershipTypes.filter((t) => ts.includes(t))),
  source: optionalEnum(partnerSources, 'where you found the partner'),
  sector: text(150, 'The sector'),
  country: text(100, 'The country'),
  region: text(150, 'The region'),
  city: text(100, 'The city'),
  /** Street and postal code, as printed for the parties of an agreement. */
  address: text(300, 'The address'),
  website: webAddress('The website', 'https://www.example.eu'),
  linkedin: webAddress('The LinkedIn address', 'https://www.linkedin.com/company/example'),
  size: optionalEnum(organisationSizes, 'a size'),
  notes: text(10_000, 'The notes'),
  tags: z
    .array(text(50, 'A tag').min(1, 'A tag cannot be empty.'))
    .max(30, 'A partner can have at most 30 tags.')
    .transform((tags) => [...new Set(tags)]),
});
export type PartnerInput = z.input<typeof partnerInputSchema>;

export const emptyPartnerInput: PartnerInput = {
  name: '',
  stakeholderGroup: null,
  types: [],
  source: null,
  sector: '',
  country: '',
  region: '',
  city: '',
  address: '',
  website: '',
  linkedin: '',
  size: null,
  notes: '',
  tags: [],
};

export interface Partner {
  id: number;
  name: string;
  stakeholderGroup: StakeholderGroup | null;
  types: PartnershipType[];
  source: PartnerSource | null;
  sector: string;
  country: string;
  region: string;
  city: string;
  address: string;
  website: string;
  linkedin: string;
  size: OrganisationSize | null;
  notes: string;
  tags: string[];
  phase: Phase;
  position: number;
  /** ISO timestamp. */
  phaseEnteredAt: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export const contactInputSchema = z.strictObject({
  name: text(200, 'The name').min(1, "Enter the contact's name."),
  role: text(150, 'The role'),
  email: emailAddress('name@example.eu'),
  phone: phoneNumber(),
  linkedin: webAddress('The LinkedIn address', 'https://www.linkedin.com/in/example'),
  isPrimary: z.boolean(),
});
export type ContactInput = z.input<typeof contactInputSchema>;

export const emptyContactInput: ContactInput = {
  name: '',
  role: '',
  email: '',
  phone: '',
  linkedin: '',
  isPrimary: false,
};

export interface Contact {
  id: number;
  partnerId: number;
  name: string;
  role: string;
  email: string;
  phone: string;
  linkedin: string;
  isPrimary: boolean;
}

export const interactionInputSchema = z
  .strictObject({
    occurredOn: isoDate,
    kind: z.enum(interactionKinds, { error: 'Choose the kind of interaction.' }),
    summary: text(4000, 'The summary').min(1, 'Write what happened, in a sentence or two.'),
    nextStep: text(1000, 'The next step'),
    dueOn: isoDate.nullable(),
    contactId: id.nullable(),
  })
  .refine((v) => v.dueOn === null || v.nextStep !== '', {
    path: ['nextStep'],
    message: 'Say what the next step is, or clear the due date.',
  });
export type InteractionInput = z.input<typeof interactionInputSchema>;

export interface Interaction {
  id: number;
  partnerId: number;
  contactId: number | null;
  occurredOn: string;
  kind: InteractionKind;
  summary: string;
  nextStep: string;
  dueOn: string | null;
  /** When the next step was marked done; null while it is open. */
  doneAt: string | null;
}

export interface PhaseHistoryEntry {
  id: number;
  /** null for the entry written when the partner was created. */
  fromPhase: Phase | null;
  toPhase: Phase;
  movedAt: string;
}

/** Everything the detail view shows of one partner. */
export interface PartnerDetail {
  partner: Partner;
  contacts: Contact[];
  /** Newest first. */
  interactions: Interaction[];
  /** Oldest first. */
  history: PhaseHistoryEntry[];
  /** Ticked action keys per phase. */
  checklist: Record<Phase, string[]>;
  /** MoU and LoI records, newest first. */
  agreements: Agreement[];
}

/** What a board card shows; one per active (not archived) partner. */
export interface BoardCard {
  id: number;
  name: string;
  stakeholderGroup: StakeholderGroup | null;
  types: PartnershipType[];
  country: string;
  primaryContact: string | null;
  phase: Phase;
  position: number;
  phaseEnteredAt: string;
  /** Earliest due date of an open next step, `YYYY-MM-DD`. */
  nextFollowUp: string | null;
  /** Ticked actions of the current phase's checklist. */
  checklistDone: number;
  /** The newest agreement (MoU, LoI), for the card's badge. */
  agreement: CardAgreement | null;
}

export interface Board {
  /** Sorted by phase order, then position. */
  cards: BoardCard[];
}

export interface ArchivedPartner {
  id: number;
  name: string;
  stakeholderGroup: StakeholderGroup | null;
  phase: Phase;
  archivedAt: string;
}

/** How long a deleted partner stays in "Recently deleted" before start-up removes it for good. */
export const recycleBinDays = 30;

/** A partner in "Recently deleted": it was archived, then deleted. */
export interface DeletedPartner extends ArchivedPartner {
  deletedAt: string;
}

export const partnerIdInput = z.strictObject({ id });

export const moveInputSchema = z.strictObject({
  id,
  toPhase: z.enum(phases, { error: 'Choose a phase.' }),
  /** The card it should follow in the target column; null puts it first. */
  afterId: id.nullable(),
});

export interface MoveResult {
  card: BoardCard;
  /** Other cards of the target column whose position changed to make room. */
  renumbered: { id: number; position: number }[];
  /** The phase-history entry written, or null for a move within the column. */
  historyId: number | null;
}

export const undoMoveInputSchema = z.strictObject({
  id,
  /** The entry the move wrote; it is removed and the previous phase's start restored. */
  historyId: id.nullable(),
  toPhase: z.enum(phases),
  afterId: id.nullable(),
});

export const partnerFilterSchema = z.strictObject({
  text: text(200, 'The search'),
  types: z.array(z.enum(partnershipTypes)).max(partnershipTypes.length),
  groups: z.array(z.enum(stakeholderGroups)).max(stakeholderGroups.length),
  countries: z.array(text(100, 'A country')).max(300),
  overdueOnly: z.boolean(),
  /** The coordinator's local date, so that "overdue" matches what the card shows. */
  today: isoDate,
});
export type PartnerFilter = z.input<typeof partnerFilterSchema>;

export const checklistInputSchema = z.strictObject({
  partnerId: id,
  phase: z.enum(phases),
  actionKey: z.string().min(1).max(50),
  done: z.boolean(),
});
