import { describe, expect, it } from 'vitest';
import { fixedClock, tempDir, testBackend } from './helpers/backend';
import {
  boardSummaries,
  columns,
  contactInput,
  createPartner,
  interactionInput,
  must,
  partnerInput,
  recomputedSummaries,
  refused,
  steppingClock,
} from './helpers/partners';
import { decodeBoard } from '../../src/shared/boardWire';

const created = '2026-03-01T09:30:00.000Z';

describe('creating and editing partners', () => {
  it('starts a partner in Scouting with a history entry and its contact as primary', async () => {
    const backend = testBackend({ clock: fixedClock(created) });
    const detail = await must(backend, 'createPartner', {
      partner: partnerInput({ types: ['mobility', 'training', 'mobility'], tags: ['dual VET'] }),
      contact: contactInput({ isPrimary: false }),
    });
    expect(detail.partner).toMatchObject({
      name: 'Izba Rzemieślnicza Łódź',
      types: ['training', 'mobility'],
      tags: ['dual VET'],
      phase: 'scouting',
      phaseEnteredAt: created,
      archivedAt: null,
      createdAt: created,
      updatedAt: created,
    });
    expect(detail.contacts).toEqual([
      expect.objectContaining({ name: 'Agnieszka Wiśniewska', isPrimary: true }),
    ]);
    expect(detail.history).toEqual([
      { id: detail.history[0]?.id, fromPhase: null, toPhase: 'scouting', movedAt: created },
    ]);
    expect(detail.interactions).toEqual([]);
    expect(detail.checklist).toEqual({
      scouting: [],
      first_contact: [],
      proposal: [],
      collaboration_setup: [],
      maintenance_growth: [],
    });
  });

  it('puts each new partner at the top of Scouting', async () => {
    const backend = testBackend();
    const a = await createPartner(backend, { name: 'A' });
    const b = await createPartner(backend, { name: 'B' });
    const c = await createPartner(backend, { name: 'C' });
    expect(await columns(backend)).toEqual({ scouting: [c, b, a] });
  });

  it('replaces every field, the types and the tags on update, and records when', async () => {
    const clock = steppingClock(created);
    const backend = testBackend({ clock });
    const id = await createPartner(backend, { types: ['training', 'funding'], tags: ['a', 'b'] });
    const later = clock.advance(5);
    const updated = await must(backend, 'updatePartner', {
      id,
      partner: partnerInput({
        name: 'Handwerkskammer Köln',
        stakeholderGroup: null,
        types: ['international_alliances'],
        country: 'Germany',
        city: 'Köln',
        notes: 'Workshop on the Hauptstraße.',
        tags: ['Erasmus+', 'Erasmus+', 'apprenticeships'],
        website: 'www.hwk-koeln.example.de',
      }),
    });
    expect(updated).toMatchObject({
      id,
      name: 'Handwerkskammer Köln',
      stakeholderGroup: null,
      types: ['international_alliances'],
      tags: ['apprenticeships', 'Erasmus+'],
      website: 'https://www.hwk-koeln.example.de',
      createdAt: created,
      updatedAt: later,
      phase: 'scouting',
    });
    expect((await must(backend, 'getPartner', { id })).partner).toEqual(updated);
  });

  it('answers not_found for a partner that does not exist', async () => {
    const backend = testBackend();
    for (const [channel, input] of [
      ['getPartner', { id: 999 }],
      ['updatePartner', { id: 999, partner: partnerInput() }],
      ['archivePartner', { id: 999 }],
      ['restorePartner', { id: 999 }],
      ['deletePartner', { id: 999 }],
    ] as const) {
      const error = await refused(backend, channel, input as never);
      expect(error.code, channel).toBe('not_found');
      expect(error.message, channel).toMatch(/no longer exists/);
    }
  });

  it('finds partners with the same name, ignoring case, accents and spacing', async () => {
    const backend = testBackend();
    const lodz = await createPartner(backend, { name: 'Izba Rzemieślnicza  Łódź' });
    const archived = await createPartner(backend, { name: 'IZBA RZEMIESLNICZA LODZ' });
    await createPartner(backend, { name: 'Izba Rzemieślnicza Łódź Północ' });
    await must(backend, 'archivePartner', { id: archived });
    expect(
      await must(backend, 'findSameName', { name: ' izba rzemieslnicza lodz ', excludeId: null }),
    ).toEqual([
      { id: lodz, name: 'Izba Rzemieślnicza  Łódź', archived: false },
      { id: archived, name: 'IZBA RZEMIESLNICZA LODZ', archived: true },
    ]);
    expect(
      await must(backend, 'findSameName', { name: 'Izba Rzemieślnicza Łódź', excludeId: lodz }),
    ).toEqual([{ id: archived, name: 'IZBA RZEMIESLNICZA LODZ', archived: true }]);
    expect(await must(backend, 'findSameName', { name: '  ', excludeId: null })).toEqual([]);
  });
});

describe('moving cards on the board', () => {
  async function threeInScouting() {
    const clock = steppingClock(created);
    const backend = testBackend({ clock });
    const a = await createPartner(backend, { name: 'A' });
    const b = await createPartner(backend, { name: 'B' });
    const c = await createPartner(backend, { name: 'C' });
    return { backend, clock, a, b, c }; // board: c, b, a
  }

  it('moves a card to another phase, timestamps it and writes the history', async () => {
    const { backend, clock, a, b } = await threeInScouting();
    const movedAt = clock.advance(60);
    const result = await must(backend, 'movePartner', {
      id: a,
      toPhase: 'first_contact',
      afterId: null,
    });
    expect(result.card).toMatchObject({ id: a, phase: 'first_contact', phaseEnteredAt: movedAt });
    expect(result.historyId).toEqual(expect.any(Number));
    expect(result.renumbered).toEqual([]);
    const detail = await must(backend, 'getPartner', { id: a });
    expect(detail.history).toEqual([
      { id: detail.history[0]?.id, fromPhase: null, toPhase: 'scouting', movedAt: created },
      { id: result.historyId, fromPhase: 'scouting', toPhase: 'first_contact', movedAt },
    ]);
    expect(detail.partner.updatedAt).toBe(movedAt);
    const board = decodeBoard(await must(backend, 'getBoard', undefined));
    expect(board.cards.find((card) => card.id === a)).toEqual(result.card);

    // Second card after the first in the new column.
    await must(backend, 'movePartner', { id: b, toPhase: 'first_contact', afterId: a });
    expect((await columns(backend)).first_contact).toEqual([a, b]);
  });

  it('reorders within a column without touching the history or the phase start', async () => {
    const { backend, clock, a, b, c } = await threeInScouting();
    clock.advance(5);
    const result = await must(backend, 'movePartner', { id: c, toPhase: 'scouting', afterId: a });
    expect(result.historyId).toBeNull();
    expect(result.card.phaseEnteredAt).toBe(created);
    expect((await columns(backend)).scouting).toEqual([b, a, c]);
    await must(backend, 'movePartner', { id: a, toPhase: 'scouting', afterId: null });
    expect((await columns(backend)).scouting).toEqual([a, b, c]);
    await must(backend, 'movePartner', { id: a, toPhase: 'scouting', afterId: b });
    expect((await columns(backend)).scouting).toEqual([b, a, c]);
    expect((await must(backend, 'getPartner', { id: c })).history).toHaveLength(1);
  });

  it('puts a card at the end when the card to follow is not in the target column', async () => {
    const { backend, a, b, c } = await threeInScouting();
    await must(backend, 'movePartner', { id: a, toPhase: 'proposal', afterId: null });
    await must(backend, 'movePartner', { id: b, toPhase: 'proposal', afterId: c }); // c: Scouting
    expect((await columns(backend)).proposal).toEqual([a, b]);
  });

  it('keeps the order after closing and reopening the data folder', async () => {
    const dataDir = tempDir();
    const first = testBackend({ dataDir });
    const ids = [];
    for (const name of ['A', 'B', 'C', 'D', 'E']) ids.push(await createPartner(first, { name }));
    const [a, b, c, d, e] = ids as [number, number, number, number, number];
    await must(first, 'movePartner', { id: a, toPhase: 'scouting', afterId: e }); // e a d c b
    await must(first, 'movePartner', { id: b, toPhase: 'proposal', afterId: null });
    await must(first, 'movePartner', { id: d, toPhase: 'proposal', afterId: b });
    await must(first, 'movePartner', { id: c, toPhase: 'scouting', afterId: null }); // c e a
    const before = decodeBoard(await must(first, 'getBoard', undefined));
    first.close();
    const second = testBackend({ dataDir });
    expect(decodeBoard(await must(second, 'getBoard', undefined))).toEqual(before);
    expect(await columns(second)).toEqual({ scouting: [c, e, a], proposal: [b, d] });
  });

  it('renumbers a few neighbours when the gap is used up, and reports them', async () => {
    const { backend, a, b, c } = await threeInScouting();
    const d = await createPartner(backend, { name: 'D' });
    let order = [d, c, b, a];
    let renumbered = 0;
    // Dropping cards right after C again and again halves the gap there until none is left.
    for (let i = 0; i < 20; i++) {
      const moved = i % 2 === 0 ? d : a;
      const result = await must(backend, 'movePartner', {
        id: moved,
        toPhase: 'scouting',
        afterId: c,
      });
      order = order.filter((id) => id !== moved);
      order.splice(order.indexOf(c) + 1, 0, moved);
      expect((await columns(backend)).scouting).toEqual(order);
      const board = decodeBoard(await must(backend, 'getBoard', undefined));
      for (const r of result.renumbered) {
        expect(board.cards.find((card) => card.id === r.id)?.position).toBe(r.position);
      }
      renumbered += result.renumbered.length;
    }
    expect(renumbered).toBeGreaterThan(0);
  });

  it('refuses to move an archived partner, naming it and saying the board was refreshed', async () => {
    const { backend, a } = await threeInScouting();
    await must(backend, 'archivePartner', { id: a });
    const error = await refused(backend, 'movePartner', {
      id: a,
      toPhase: 'proposal',
      afterId: null,
    });
    expect(error).toEqual({
      code: 'conflict',
      message:
        '“A” was archived in the meantime, so it cannot be moved. The board has been refreshed.',
    });
    const missing = await refused(backend, 'movePartner', {
      id: 999,
      toPhase: 'proposal',
      afterId: null,
    });
    expect(missing.code).toBe('not_found');
    expect(missing.message).toMatch(/board has been refreshed/);
  });
});

describe('undoing a move', () => {
  it('takes the card back, removes the history entry and restores the phase start', async () => {
    const clock = steppingClock(created);
    const backend = testBackend({ clock });
    const a = await createPartner(backend, { name: 'A' });
    const b = await createPartner(backend, { name: 'B' }); // b a
    const firstMove = clock.advance(60);
    const toContact = await must(backend, 'movePartner', {
      id: a,
      toPhase: 'first_contact',
      afterId: null,
    });
    clock.advance(60);
    const toProposal = await must(backend, 'movePartner', {
      id: a,
      toPhase: 'proposal',
      afterId: null,
    });
    clock.advance(1);
    const undone = await must(backend, 'undoMove', {
      id: a,
      historyId: toProposal.historyId,
      toPhase: 'first_contact',
      afterId: null,
    });
    expect(undone.historyId).toBeNull();
    expect(undone.card).toMatchObject({ phase: 'first_contact', phaseEnteredAt: firstMove });
    expect((await must(backend, 'getPartner', { id: a })).history.map((h) => h.toPhase)).toEqual([
      'scouting',
      'first_contact',
    ]);

    // Undoing the first move too brings back the creation time, and the old place.
    const back = await must(backend, 'undoMove', {
      id: a,
      historyId: toContact.historyId,
      toPhase: 'scouting',
      afterId: b,
    });
    expect(back.card).toMatchObject({ phase: 'scouting', phaseEnteredAt: created });
    expect(await columns(backend)).toEqual({ scouting: [b, a] });
  });

  it('undoes a reorder within a column', async () => {
    const backend = testBackend();
    const a = await createPartner(backend, { name: 'A' });
    const b = await createPartner(backend, { name: 'B' }); // b a
    await must(backend, 'movePartner', { id: b, toPhase: 'scouting', afterId: a }); // a b
    await must(backend, 'undoMove', { id: b, historyId: null, toPhase: 'scouting', afterId: null });
    expect(await columns(backend)).toEqual({ scouting: [b, a] });
  });

  it('refuses when the partner has moved again since', async () => {
    const backend = testBackend();
    const a = await createPartner(backend, { name: 'A' });
    const first = await must(backend, 'movePartner', {
      id: a,
      toPhase: 'first_contact',
      afterId: null,
    });
    await must(backend, 'movePartner', { id: a, toPhase: 'proposal', afterId: null });
    const error = await refused(backend, 'undoMove', {
      id: a,
      historyId: first.historyId,
      toPhase: 'scouting',
      afterId: null,
    });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/“A” has been moved again since/);
    // A within-column undo that no longer matches the phase is refused the same way.
    const stale = await refused(backend, 'undoMove', {
      id: a,
      historyId: null,
      toPhase: 'scouting',
      afterId: null,
    });
    expect(stale.code).toBe('conflict');
    expect((await must(backend, 'getPartner', { id: a })).history).toHaveLength(3);
  });

  it('never undoes the creation entry', async () => {
    const backend = testBackend();
    const detail = await must(backend, 'createPartner', { partner: partnerInput(), contact: null });
    const error = await refused(backend, 'undoMove', {
      id: detail.partner.id,
      historyId: detail.history[0]!.id,
      toPhase: 'scouting',
      afterId: null,
    });
    expect(error.code).toBe('conflict');
  });
});

describe('archiving, restoring and deleting', () => {
  it('hides an archived partner from the board and lists the archive newest first', async () => {
    const clock = steppingClock(created);
    const backend = testBackend({ clock });
    const a = await createPartner(backend, { name: 'A', stakeholderGroup: 'employer' });
    const b = await createPartner(backend, { name: 'B' });
    const c = await createPartner(backend, { name: 'C' });
    const firstArchive = clock.advance(10);
    expect(await must(backend, 'archivePartner', { id: a })).toEqual({
      id: a,
      archivedAt: firstArchive,
    });
    const secondArchive = clock.advance(10);
    await must(backend, 'archivePartner', { id: b });
    clock.advance(10);
    // Archiving twice keeps the first time.
    expect(await must(backend, 'archivePartner', { id: a })).toEqual({
      id: a,
      archivedAt: firstArchive,
    });
    expect(await columns(backend)).toEqual({ scouting: [c] });
    expect(await must(backend, 'listArchived', undefined)).toEqual([
      {
        id: b,
        name: 'B',
        stakeholderGroup: 'social_partner',
        phase: 'scouting',
        archivedAt: secondArchive,
      },
      {
        id: a,
        name: 'A',
        stakeholderGroup: 'employer',
        phase: 'scouting',
        archivedAt: firstArchive,
      },
    ]);
  });

  it('restores a partner to its phase and position', async () => {
    const backend = testBackend();
    const a = await createPartner(backend, { name: 'A' });
    const b = await createPartner(backend, { name: 'B' });
    const c = await createPartner(backend, { name: 'C' }); // c b a
    await must(backend, 'movePartner', { id: b, toPhase: 'proposal', afterId: null });
    await must(backend, 'movePartner', { id: c, toPhase: 'proposal', afterId: b }); // b c
    const before = decodeBoard(await must(backend, 'getBoard', undefined)).cards.find(
      (x) => x.id === b,
    );
    await must(backend, 'archivePartner', { id: b });
    const restored = await must(backend, 'restorePartner', { id: b });
    expect(restored).toEqual(before);
    expect(await columns(backend)).toEqual({ scouting: [a], proposal: [b, c] });
    expect(await must(backend, 'listArchived', undefined)).toEqual([]);
  });

  it('deletes only archived partners, into Recently deleted, and for good from there', async () => {
    const backend = testBackend();
    const a = await createPartner(backend, { name: 'A' }, contactInput());
    await must(backend, 'saveInteraction', {
      partnerId: a,
      id: null,
      interaction: {
        occurredOn: '2026-02-01',
        kind: 'meeting',
        summary: 'Met at the fair.',
        nextStep: 'Send the LoI',
        dueOn: '2026-03-10',
        contactId: null,
      },
    });
    await must(backend, 'setChecklistItem', {
      partnerId: a,
      phase: 'scouting',
      actionKey: 'fit_goals',
      done: true,
    });
    const error = await refused(backend, 'deletePartner', { id: a });
    expect(error).toEqual({
      code: 'conflict',
      message:
        '“A” is still on the board. Archive it first; only archived partners can be deleted.',
    });
    await must(backend, 'archivePartner', { id: a });
    expect(await must(backend, 'deletePartner', { id: a })).toEqual({
      id: a,
      deletedAt: '2026-03-01T09:30:00.000Z',
    });
    expect((await refused(backend, 'getPartner', { id: a })).code).toBe('not_found');
    expect(await must(backend, 'listArchived', undefined)).toEqual([]);
    expect(await must(backend, 'listDeleted', undefined)).toMatchObject([{ id: a, name: 'A' }]);
    const counts = (table: string) =>
      backend.db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get();
    // Kept whole in Recently deleted until it is deleted for good.
    expect(counts('interactions')).toBe(1);
    expect(counts('contacts')).toBe(1);
    expect(await must(backend, 'purgePartner', { id: a })).toEqual({ id: a });
    expect(await must(backend, 'listDeleted', undefined)).toEqual([]);
    for (const table of [
      'partners',
      'contacts',
      'interactions',
      'phase_history',
      'checklist_state',
      'partner_types',
      'partner_search',
    ]) {
      expect(backend.db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({
        n: 0,
      });
    }
  });
});

describe('the card summary stored on each partner', () => {
  it('follows every change to types, contacts, the logbook, the checklist and the phase', async () => {
    const backend = testBackend();
    const check = async (step: string) =>
      expect(await boardSummaries(backend), step).toEqual(recomputedSummaries(backend));
    const a = await createPartner(backend, { types: ['mobility', 'training'] }, contactInput());
    const b = await createPartner(backend, { name: 'B', types: [] });
    await check('created');
    await must(backend, 'updatePartner', { id: a, partner: partnerInput({ types: ['funding'] }) });
    await check('types replaced');
    const contacts = await must(backend, 'saveContact', {
      partnerId: a,
      id: null,
      contact: contactInput({ name: 'Zofia Król', isPrimary: true }),
    });
    await check('new primary contact');
    await must(backend, 'saveContact', {
      partnerId: a,
      id: contacts[1]!.id,
      contact: contactInput({ name: 'Zofia Król-Nowak', isPrimary: true }),
    });
    await check('primary contact renamed');
    await must(backend, 'deleteContact', { partnerId: a, id: contacts[1]!.id });
    await check('primary contact deleted');
    const due = await must(backend, 'saveInteraction', {
      partnerId: b,
      id: null,
      interaction: interactionInput({ nextStep: 'Call', dueOn: '2026-04-01' }),
    });
    await must(backend, 'saveInteraction', {
      partnerId: b,
      id: null,
      interaction: interactionInput({ nextStep: 'Write', dueOn: '2026-05-01' }),
    });
    await check('follow-ups logged');
    await must(backend, 'setFollowUpDone', { partnerId: b, id: due.id, done: true });
    await check('follow-up done');
    await must(backend, 'saveInteraction', {
      partnerId: b,
      id: due.id,
      interaction: interactionInput({ nextStep: 'Call', dueOn: '2026-03-02' }),
    });
    await check('done follow-up edited');
    await must(backend, 'setFollowUpDone', { partnerId: b, id: due.id, done: false });
    await check('follow-up reopened');
    await must(backend, 'deleteInteraction', { partnerId: b, id: due.id });
    await check('follow-up deleted');
    for (const actionKey of ['fit_goals', 'log_prospect']) {
      await must(backend, 'setChecklistItem', {
        partnerId: a,
        phase: 'scouting',
        actionKey,
        done: true,
      });
    }
    await must(backend, 'setChecklistItem', {
      partnerId: a,
      phase: 'proposal',
      actionKey: 'outline',
      done: true,
    });
    await check('actions ticked');
    const move = await must(backend, 'movePartner', { id: a, toPhase: 'proposal', afterId: null });
    await check('moved to Proposal');
    await must(backend, 'undoMove', {
      id: a,
      historyId: move.historyId,
      toPhase: 'scouting',
      afterId: null,
    });
    await check('move undone');
    await must(backend, 'archivePartner', { id: b });
    await must(backend, 'restorePartner', { id: b });
    await check('archived and restored');
  });
});
