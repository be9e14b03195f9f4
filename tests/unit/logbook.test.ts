import { describe, expect, it } from 'vitest';
import { phaseChecklists } from '../../src/shared/checklists';
import { testBackend } from './helpers/backend';
import {
  contactInput,
  createPartner,
  interactionInput,
  must,
  refused,
  steppingClock,
} from './helpers/partners';
import { decodeBoard } from '../../src/shared/boardWire';

const start = '2026-03-01T09:30:00.000Z';

async function card(backend: ReturnType<typeof testBackend>, id: number) {
  return decodeBoard(await must(backend, 'getBoard', undefined)).cards.find((c) => c.id === id);
}

describe('contacts', () => {
  it('make the first contact primary and keep exactly one primary', async () => {
    const clock = steppingClock(start);
    const backend = testBackend({ clock });
    const partnerId = await createPartner(backend);
    const primaryNames = (contacts: { name: string; isPrimary: boolean }[]) =>
      contacts.filter((c) => c.isPrimary).map((c) => c.name);

    let contacts = await must(backend, 'saveContact', {
      partnerId,
      id: null,
      contact: contactInput({ name: 'Anna', isPrimary: false }),
    });
    expect(primaryNames(contacts)).toEqual(['Anna']);
    clock.advance(1);
    contacts = await must(backend, 'saveContact', {
      partnerId,
      id: null,
      contact: contactInput({ name: 'Bożena', isPrimary: false }),
    });
    expect(primaryNames(contacts)).toEqual(['Anna']);
    clock.advance(1);
    contacts = await must(backend, 'saveContact', {
      partnerId,
      id: null,
      contact: contactInput({ name: 'Cezary', isPrimary: true }),
    });
    expect(contacts.map((c) => c.name)).toEqual(['Anna', 'Bożena', 'Cezary']);
    expect(primaryNames(contacts)).toEqual(['Cezary']);
    expect((await card(backend, partnerId))?.primaryContact).toBe('Cezary');

    const [anna, bozena, cezary] = contacts.map((c) => c.id) as [number, number, number];
    // Making an existing contact primary, with an edit.
    contacts = await must(backend, 'saveContact', {
      partnerId,
      id: bozena,
      contact: contactInput({ name: 'Bożena Król', isPrimary: true }),
    });
    expect(primaryNames(contacts)).toEqual(['Bożena Król']);
    // Unmarking the primary passes it to the longest-known other contact.
    contacts = await must(backend, 'saveContact', {
      partnerId,
      id: bozena,
      contact: contactInput({ name: 'Bożena Król', isPrimary: false }),
    });
    expect(primaryNames(contacts)).toEqual(['Anna']);
    // Deleting the primary promotes the oldest remaining contact.
    contacts = await must(backend, 'deleteContact', { partnerId, id: anna });
    expect(primaryNames(contacts)).toEqual(['Bożena Król']);
    contacts = await must(backend, 'deleteContact', { partnerId, id: bozena });
    expect(primaryNames(contacts)).toEqual(['Cezary']);
    // A sole contact stays primary even when unmarked.
    contacts = await must(backend, 'saveContact', {
      partnerId,
      id: cezary,
      contact: contactInput({ name: 'Cezary', isPrimary: false }),
    });
    expect(primaryNames(contacts)).toEqual(['Cezary']);
    contacts = await must(backend, 'deleteContact', { partnerId, id: cezary });
    expect(contacts).toEqual([]);
    expect((await card(backend, partnerId))?.primaryContact).toBeNull();
  });

  it('refuse a contact of another partner', async () => {
    const backend = testBackend();
    const mine = await createPartner(backend, { name: 'Mine' });
    const other = await createPartner(backend, { name: 'Other' }, contactInput());
    const [theirs] = (await must(backend, 'getPartner', { id: other })).contacts;
    const update = await refused(backend, 'saveContact', {
      partnerId: mine,
      id: theirs!.id,
      contact: contactInput({ name: 'Hijacked' }),
    });
    expect(update.code).toBe('not_found');
    expect(update.message).toMatch(/contact no longer exists/);
    expect(
      (await refused(backend, 'deleteContact', { partnerId: mine, id: theirs!.id })).code,
    ).toBe('not_found');
    expect((await must(backend, 'getPartner', { id: other })).contacts).toEqual([theirs]);
  });
});

describe('the logbook', () => {
  it('saves, edits and lists interactions newest first', async () => {
    const clock = steppingClock(start);
    const backend = testBackend({ clock });
    const partnerId = await createPartner(backend, {}, contactInput());
    const [contact] = (await must(backend, 'getPartner', { id: partnerId })).contacts;
    const save = (interaction: Parameters<typeof interactionInput>[0], id: number | null = null) =>
      must(backend, 'saveInteraction', {
        partnerId,
        id,
        interaction: interactionInput(interaction),
      });

    const older = await save({ occurredOn: '2026-01-10', summary: 'Older' });
    const sameDayFirst = await save({ occurredOn: '2026-02-10', summary: 'Same day, first' });
    const sameDaySecond = await save({
      occurredOn: '2026-02-10',
      summary: 'Same day, second',
      contactId: contact!.id,
      nextStep: 'Send the one-pager',
      dueOn: '2026-03-05',
    });
    expect(sameDaySecond).toEqual({
      id: sameDaySecond.id,
      partnerId,
      contactId: contact!.id,
      occurredOn: '2026-02-10',
      kind: 'call',
      summary: 'Same day, second',
      nextStep: 'Send the one-pager',
      dueOn: '2026-03-05',
      doneAt: null,
    });
    expect(sameDaySecond.id).toBeGreaterThan(sameDayFirst.id);
    const edited = await save({ occurredOn: '2026-01-11', summary: 'Older, corrected' }, older.id);
    expect(edited).toMatchObject({ id: older.id, summary: 'Older, corrected' });
    const detail = await must(backend, 'getPartner', { id: partnerId });
    expect(detail.interactions.map((i) => i.id)).toEqual([
      sameDaySecond.id,
      sameDayFirst.id,
      older.id,
    ]);
  });

  it('shows the earliest open next step on the card and marks steps done', async () => {
    const clock = steppingClock(start);
    const backend = testBackend({ clock });
    const partnerId = await createPartner(backend);
    const step = (dueOn: string | null) =>
      must(backend, 'saveInteraction', {
        partnerId,
        id: null,
        interaction: interactionInput({ nextStep: dueOn ? 'Call back' : '', dueOn }),
      });
    await step(null);
    const late = await step('2026-04-01');
    const early = await step('2026-03-03');
    expect((await card(backend, partnerId))?.nextFollowUp).toBe('2026-03-03');

    const doneAt = clock.advance(15);
    const done = await must(backend, 'setFollowUpDone', { partnerId, id: early.id, done: true });
    expect(done.doneAt).toBe(doneAt);
    clock.advance(15);
    // Marking it done again keeps the first time.
    expect(
      (await must(backend, 'setFollowUpDone', { partnerId, id: early.id, done: true })).doneAt,
    ).toBe(doneAt);
    expect((await card(backend, partnerId))?.nextFollowUp).toBe('2026-04-01');
    expect(
      (await must(backend, 'setFollowUpDone', { partnerId, id: early.id, done: false })).doneAt,
    ).toBeNull();
    expect((await card(backend, partnerId))?.nextFollowUp).toBe('2026-03-03');

    expect(await must(backend, 'deleteInteraction', { partnerId, id: early.id })).toEqual({
      id: early.id,
    });
    await must(backend, 'setFollowUpDone', { partnerId, id: late.id, done: true });
    expect((await card(backend, partnerId))?.nextFollowUp).toBeNull();
  });

  it('refuses contacts and entries of another partner', async () => {
    const backend = testBackend();
    const mine = await createPartner(backend, { name: 'Mine' });
    const other = await createPartner(backend, { name: 'Other' }, contactInput());
    const [theirContact] = (await must(backend, 'getPartner', { id: other })).contacts;
    const theirEntry = await must(backend, 'saveInteraction', {
      partnerId: other,
      id: null,
      interaction: interactionInput(),
    });
    const withTheirContact = await refused(backend, 'saveInteraction', {
      partnerId: mine,
      id: null,
      interaction: interactionInput({ contactId: theirContact!.id }),
    });
    expect(withTheirContact.code).toBe('not_found');
    expect(withTheirContact.message).toMatch(/no longer one of this partner’s contacts/);
    for (const [channel, input] of [
      ['saveInteraction', { partnerId: mine, id: theirEntry.id, interaction: interactionInput() }],
      ['deleteInteraction', { partnerId: mine, id: theirEntry.id }],
      ['setFollowUpDone', { partnerId: mine, id: theirEntry.id, done: true }],
    ] as const) {
      expect((await refused(backend, channel, input as never)).code, channel).toBe('not_found');
    }
    expect((await must(backend, 'getPartner', { id: mine })).interactions).toEqual([]);
    expect((await must(backend, 'getPartner', { id: other })).interactions).toEqual([theirEntry]);
  });

  it('keeps entries when their contact is deleted', async () => {
    const backend = testBackend();
    const partnerId = await createPartner(backend, {}, contactInput());
    const [contact] = (await must(backend, 'getPartner', { id: partnerId })).contacts;
    const entry = await must(backend, 'saveInteraction', {
      partnerId,
      id: null,
      interaction: interactionInput({ contactId: contact!.id }),
    });
    await must(backend, 'deleteContact', { partnerId, id: contact!.id });
    expect((await must(backend, 'getPartner', { id: partnerId })).interactions).toEqual([
      { ...entry, contactId: null },
    ]);
  });
});

describe('every change', () => {
  it('is recorded as the partner’s last update, at the clock’s time', async () => {
    const clock = steppingClock(start);
    const backend = testBackend({ clock });
    const partnerId = await createPartner(backend, {}, contactInput());
    const [contact] = (await must(backend, 'getPartner', { id: partnerId })).contacts;
    const entry = await must(backend, 'saveInteraction', {
      partnerId,
      id: null,
      interaction: interactionInput({ nextStep: 'Call back', dueOn: '2026-03-09' }),
    });
    const move = await must(backend, 'movePartner', {
      id: partnerId,
      toPhase: 'proposal',
      afterId: null,
    });
    const writes: [string, () => Promise<unknown>][] = [
      [
        'saveContact',
        () =>
          must(backend, 'saveContact', {
            partnerId,
            id: null,
            contact: contactInput({ name: 'Ola' }),
          }),
      ],
      [
        'saveInteraction',
        () =>
          must(backend, 'saveInteraction', {
            partnerId,
            id: entry.id,
            interaction: interactionInput(),
          }),
      ],
      [
        'setFollowUpDone',
        () => must(backend, 'setFollowUpDone', { partnerId, id: entry.id, done: true }),
      ],
      [
        'setChecklistItem',
        () =>
          must(backend, 'setChecklistItem', {
            partnerId,
            phase: 'proposal',
            actionKey: 'outline',
            done: true,
          }),
      ],
      [
        'undoMove',
        () =>
          must(backend, 'undoMove', {
            id: partnerId,
            historyId: move.historyId,
            toPhase: 'scouting',
            afterId: null,
          }),
      ],
      [
        'movePartner',
        () => must(backend, 'movePartner', { id: partnerId, toPhase: 'scouting', afterId: null }),
      ],
      ['deleteInteraction', () => must(backend, 'deleteInteraction', { partnerId, id: entry.id })],
      ['deleteContact', () => must(backend, 'deleteContact', { partnerId, id: contact!.id })],
      ['archivePartner', () => must(backend, 'archivePartner', { id: partnerId })],
      ['restorePartner', () => must(backend, 'restorePartner', { id: partnerId })],
    ];
    for (const [channel, write] of writes) {
      const at = clock.advance(7);
      await write();
      expect(
        (await must(backend, 'getPartner', { id: partnerId })).partner.updatedAt,
        channel,
      ).toBe(at);
    }
  });
});

describe('the phase checklists', () => {
  it('tick and untick actions, answering the ticked keys in checklist order', async () => {
    const backend = testBackend();
    const partnerId = await createPartner(backend);
    const tick = (phase: 'scouting' | 'proposal', actionKey: string, done = true) =>
      must(backend, 'setChecklistItem', { partnerId, phase, actionKey, done });
    const keys = phaseChecklists.scouting.map((a) => a.key);
    expect(await tick('scouting', keys[3]!)).toEqual([keys[3]]);
    expect(await tick('scouting', keys[0]!)).toEqual([keys[0], keys[3]]);
    expect(await tick('scouting', keys[0]!)).toEqual([keys[0], keys[3]]);
    expect(await tick('proposal', 'outline')).toEqual(['outline']);
    expect((await card(backend, partnerId))?.checklistDone).toBe(2); // Scouting only
    expect(await tick('scouting', keys[3]!, false)).toEqual([keys[0]]);
    expect((await must(backend, 'getPartner', { id: partnerId })).checklist).toEqual({
      scouting: [keys[0]],
      first_contact: [],
      proposal: ['outline'],
      collaboration_setup: [],
      maintenance_growth: [],
    });
    await must(backend, 'movePartner', { id: partnerId, toPhase: 'proposal', afterId: null });
    expect((await card(backend, partnerId))?.checklistDone).toBe(1);
  });

  it('refuse an action that is not on the phase’s checklist', async () => {
    const backend = testBackend();
    const partnerId = await createPartner(backend);
    const error = await refused(backend, 'setChecklistItem', {
      partnerId,
      phase: 'scouting',
      actionKey: 'sign_agreement', // an action of Collaboration setup
      done: true,
    });
    expect(error).toEqual({
      code: 'not_found',
      message:
        'This action is not on the checklist of the Scouting phase. Reload the partner to see the current checklist.',
    });
  });
});
