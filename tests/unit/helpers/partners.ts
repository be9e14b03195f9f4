import type { Backend } from '../../../src/main/backend';
import { parseCardAgreement } from '../../../src/shared/agreement';
import type { Clock } from '../../../src/main/backend/clock';
import type { Channel, ChannelInput, ChannelResult } from '../../../src/shared/api';
import {
  type ContactInput,
  type InteractionInput,
  type PartnerFilter,
  type PartnerInput,
  emptyContactInput,
  emptyPartnerInput,
} from '../../../src/shared/partner';
import type { ApiError } from '../../../src/shared/result';
import { decodeBoard } from '../../../src/shared/boardWire';

/** Calls a channel through the real dispatch path and returns its value; fails the test otherwise. */
export async function must<C extends Channel>(
  backend: Backend,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelResult<C>> {
  const result = await backend.call(channel, input);
  if (!result.ok) {
    throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
  }
  return result.value as ChannelResult<C>;
}

/** Calls a channel that must fail, and returns the error. */
export async function refused<C extends Channel>(
  backend: Backend,
  channel: C,
  input: ChannelInput<C>,
): Promise<ApiError> {
  const result = await backend.call(channel, input);
  if (result.ok) throw new Error(`${channel} should have failed but answered ok.`);
  return result.error;
}

/** A clock the test moves forward by hand. */
export function steppingClock(startIso: string): Clock & { advance(minutes: number): string } {
  let now = new Date(startIso).getTime();
  return {
    now: () => new Date(now),
    advance(minutes: number) {
      now += minutes * 60_000;
      return new Date(now).toISOString();
    },
  };
}

export const partnerInput = (overrides: Partial<PartnerInput> = {}): PartnerInput => ({
  ...emptyPartnerInput,
  name: 'Izba Rzemieślnicza Łódź',
  stakeholderGroup: 'social_partner',
  types: ['training'],
  country: 'Poland',
  city: 'Łódź',
  ...overrides,
});

export const contactInput = (overrides: Partial<ContactInput> = {}): ContactInput => ({
  ...emptyContactInput,
  name: 'Agnieszka Wiśniewska',
  email: 'a.wisniewska@izba.example.pl',
  role: 'Training coordinator',
  ...overrides,
});

export const interactionInput = (overrides: Partial<InteractionInput> = {}): InteractionInput => ({
  occurredOn: '2026-02-20',
  kind: 'call',
  summary: 'First call about apprenticeship places.',
  nextStep: '',
  dueOn: null,
  contactId: null,
  ...overrides,
});

export const noFilter: PartnerFilter = {
  text: '',
  types: [],
  groups: [],
  countries: [],
  overdueOnly: false,
  today: '2026-03-01',
};

/** Creates a partner and returns its id. */
export async function createPartner(
  backend: Backend,
  overrides: Partial<PartnerInput> = {},
  contact: ContactInput | null = null,
): Promise<number> {
  return (await must(backend, 'createPartner', { partner: partnerInput(overrides), contact }))
    .partner.id;
}

/** Board ids per phase, in display order. */
export async function columns(backend: Backend): Promise<Record<string, number[]>> {
  const { cards } = decodeBoard(await must(backend, 'getBoard', undefined));
  const byPhase: Record<string, number[]> = {};
  for (const card of cards) (byPhase[card.phase] ??= []).push(card.id);
  return byPhase;
}

/**
 * What each active card's summary should be, computed straight from the source tables, to
 * check the summary the repositories store on the partner.
 */
export function recomputedSummaries(backend: Backend) {
  return backend.db
    .prepare<
      [],
      {
        id: number;
        types: string | null;
        primaryContact: string | null;
        nextFollowUp: string | null;
        checklistDone: number;
        agreement: string | null;
      }
    >(
      `SELECT p.id,
         (SELECT group_concat(type, ',') FROM partner_types t WHERE t.partner_id = p.id) AS types,
         (SELECT name FROM contacts c WHERE c.partner_id = p.id AND c.is_primary = 1)
           AS primaryContact,
         (SELECT min(due_on) FROM interactions i
          WHERE i.partner_id = p.id AND i.done_at IS NULL AND i.due_on IS NOT NULL) AS nextFollowUp,
         (SELECT count(*) FROM checklist_state s WHERE s.partner_id = p.id AND s.phase = p.phase)
           AS checklistDone,
         (SELECT a.kind || '|' || a.status || '|' || coalesce(a.valid_until, '')
          FROM agreements a WHERE a.partner_id = p.id ORDER BY a.id DESC LIMIT 1) AS agreement
       FROM partners p WHERE p.archived_at IS NULL ORDER BY p.id`,
    )
    .all()
    .map((r) => ({
      ...r,
      types: (r.types ?? '').split(',').filter(Boolean).sort(),
      agreement: parseCardAgreement(r.agreement),
    }));
}

/** The summary part of every board card, in the shape of `recomputedSummaries`. */
export async function boardSummaries(backend: Backend) {
  const { cards } = decodeBoard(await must(backend, 'getBoard', undefined));
  return cards
    .map((c) => ({
      id: c.id,
      types: [...c.types].sort(),
      primaryContact: c.primaryContact,
      nextFollowUp: c.nextFollowUp,
      checklistDone: c.checklistDone,
      agreement: c.agreement,
    }))
    .sort((a, b) => a.id - b.id);
}
