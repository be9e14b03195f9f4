import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePartners } from '../../src/main/backend/dev/generatePartners';
import { runSeedCommand } from '../../src/main/backend/dev/seedCommand';
import { openStore } from '../../src/main/backend/db/store';
import { phaseChecklists } from '../../src/shared/checklists';
import { phases } from '../../src/shared/domain';
import {
  type Partner,
  type PartnerDetail,
  contactInputSchema,
  interactionInputSchema,
  partnerInputSchema,
} from '../../src/shared/partner';
import { tempDir, testBackend } from './helpers/backend';
import { boardSummaries, must, noFilter, recomputedSummaries } from './helpers/partners';
import { decodeBoard } from '../../src/shared/boardWire';

const now = new Date('2026-03-01T09:00:00.000Z');

async function generated(count: number, seed: number) {
  const dataDir = tempDir();
  const db = openStore(dataDir);
  const ids = generatePartners(db, { count, seed, now });
  db.close();
  const backend = testBackend({ dataDir });
  const details: PartnerDetail[] = [];
  for (const id of ids) details.push(await must(backend, 'getPartner', { id }));
  return { backend, ids, details, board: decodeBoard(await must(backend, 'getBoard', undefined)) };
}

/** What a form would send back for this partner: it must pass the API's own validation. */
function asInput(partner: Partner) {
  return {
    name: partner.name,
    stakeholderGroup: partner.stakeholderGroup,
    types: partner.types,
    source: partner.source,
    sector: partner.sector,
    country: partner.country,
    region: partner.region,
    city: partner.city,
    address: partner.address,
    website: partner.website,
    linkedin: partner.linkedin,
    size: partner.size,
    notes: partner.notes,
    tags: partner.tags,
  };
}

describe('the development data generator', () => {
  it('writes the asked number of active partners, all valid and consistent', async () => {
    const { backend, ids, details, board } = await generated(50, 7);
    expect(ids).toHaveLength(50);
    expect(board.cards).toHaveLength(50);
    for (const { partner, contacts, interactions, history, checklist } of details) {
      const where = `${partner.id} ${partner.name}`;
      expect(partnerInputSchema.safeParse(asInput(partner)).error, where).toBeUndefined();
      expect(partner.types.length, where).toBeGreaterThanOrEqual(1);
      expect(partner.types.length, where).toBeLessThanOrEqual(4);
      expect(partner.archivedAt).toBeNull();
      expect(contacts.length).toBeLessThanOrEqual(3);
      if (contacts.length > 0)
        expect(
          contacts.filter((c) => c.isPrimary),
          where,
        ).toHaveLength(1);
      for (const c of contacts) {
        const { id: _id, partnerId: _p, ...input } = c;
        expect(contactInputSchema.safeParse(input).error, `${where}: ${c.name}`).toBeUndefined();
      }
      expect(interactions.length).toBeLessThanOrEqual(6);
      for (const i of interactions) {
        const { id: _id, partnerId: _p, doneAt, ...input } = i;
        expect(interactionInputSchema.safeParse(input).error, where).toBeUndefined();
        expect(input.occurredOn <= '2026-03-01', where).toBe(true);
        if (input.contactId !== null) expect(contacts.map((c) => c.id)).toContain(input.contactId);
        if (doneAt !== null) expect(input.dueOn).not.toBeNull();
      }
      // The history walks the phases in order, from creation to the current phase.
      expect(history[0]).toMatchObject({ fromPhase: null, toPhase: 'scouting' });
      expect(history.at(-1)?.toPhase).toBe(partner.phase);
      expect(history.map((h) => h.toPhase)).toEqual(
        phases.slice(0, phases.indexOf(partner.phase) + 1),
      );
      expect(partner.phaseEnteredAt).toBe(history.at(-1)?.movedAt);
      expect(history.every((h, k) => k === 0 || h.movedAt >= history[k - 1]!.movedAt)).toBe(true);
      expect(history.every((h) => h.movedAt < now.toISOString())).toBe(true);
      for (const phase of phases) {
        const keys = phaseChecklists[phase].map((a) => a.key);
        expect(checklist[phase].every((k) => keys.includes(k))).toBe(true);
        if (phases.indexOf(phase) > phases.indexOf(partner.phase))
          expect(checklist[phase]).toEqual([]);
      }
    }
    expect(await boardSummaries(backend)).toEqual(recomputedSummaries(backend));
    // Cards of a column have distinct positions, so the order is never left to ids.
    for (const phase of phases) {
      const positions = board.cards.filter((c) => c.phase === phase).map((c) => c.position);
      expect(new Set(positions).size).toBe(positions.length);
    }
  });

  it('gives the same data for the same seed, and other data for another', async () => {
    const a = await generated(30, 11);
    const b = await generated(30, 11);
    const c = await generated(30, 12);
    expect(b.details).toEqual(a.details);
    expect(b.board).toEqual(a.board);
    expect(c.details.map((d) => d.partner.name)).not.toEqual(a.details.map((d) => d.partner.name));
  });

  it('writes names from many countries and scripts, with follow-ups due and overdue', async () => {
    const { backend, details, board } = await generated(400, 3);
    const names = details.map((d) => d.partner.name).join(' ');
    expect(names).toMatch(/[ĄąĆćĘęŁłŃńÓóŚśŹźŻż]/); // Polish
    expect(names).toMatch(/[Α-ω]/); // Greek
    expect(names).toMatch(/[А-яЄєІіЇїҐґ]/); // Cyrillic
    expect(new Set(details.map((d) => d.partner.country)).size).toBeGreaterThan(10);
    expect(new Set(board.cards.map((c) => c.phase)).size).toBe(5);
    expect(board.cards.some((c) => c.nextFollowUp !== null && c.nextFollowUp < '2026-03-01')).toBe(
      true,
    );
    expect(board.cards.some((c) => c.nextFollowUp !== null && c.nextFollowUp >= '2026-03-01')).toBe(
      true,
    );
    expect(board.cards.some((c) => c.checklistDone > 0)).toBe(true);
    // Agreements where a coordinator would have them: being prepared in Collaboration setup,
    // signed in Maintenance & growth; references unique.
    const agreements = details.flatMap((d) => d.agreements.map((a) => ({ ...a, d })));
    const statusesIn = (phase: string) =>
      new Set(agreements.filter((a) => a.d.partner.phase === phase).map((a) => a.status));
    expect(statusesIn('collaboration_setup')).toEqual(new Set(['draft', 'sent']));
    expect(statusesIn('maintenance_growth')).toEqual(new Set(['signed', 'expired']));
    expect(new Set(agreements.map((a) => a.reference)).size).toBe(agreements.length);
    for (const a of agreements) {
      expect(a.createdAt >= a.d.partner.createdAt, a.reference).toBe(true);
      if (a.status !== 'draft' && a.status !== 'sent') {
        expect(a.signedOn! <= '2026-03-01', a.reference).toBe(true);
        expect(a.validUntil === null || a.validUntil > a.validFrom!, a.reference).toBe(true);
      }
    }
    // Some partners are stalled, most are not: Today is a list to work through, not everyone.
    const today = await must(backend, 'getToday', { timeZone: 'UTC' });
    expect(today.totals.stalled).toBeGreaterThan(20);
    expect(today.totals.stalled).toBeLessThan(200);
    expect(today.totals.agreements).toBeGreaterThan(0);
    // The search index was filled as the partners were written.
    const lodz = details.find((d) => /Łódź/.test(d.partner.city));
    expect(lodz).toBeDefined();
    const { ids } = await must(backend, 'findPartners', { ...noFilter, text: 'lodz' });
    expect(ids).toContain(lodz!.partner.id);
  });
});

describe('the seed command', () => {
  it('fills an empty data folder and refuses one that has partners, unless --append', () => {
    const dataDir = path.join(tempDir(), 'data');
    const args = [
      '--data-dir',
      dataDir,
      '--count',
      '20',
      '--seed',
      '5',
      '--now',
      now.toISOString(),
    ];
    expect(runSeedCommand(args)).toMatch(/^Wrote 20 partners to .*data in \d+\.\d\d s\.$/);
    expect(fs.existsSync(path.join(dataDir, 'partnerloom.sqlite'))).toBe(true);
    expect(() => runSeedCommand(args)).toThrow(
      /already has 20 partners\. Nothing was written\. Add --append/,
    );
    expect(runSeedCommand([...args, '--append'])).toMatch(/^Wrote 20 partners/);
    const db = openStore(dataDir);
    expect(db.prepare('SELECT count(*) AS n FROM partners').get()).toEqual({ n: 40 });
    db.close();
  });

  it.each([
    [[], /--data-dir is required/],
    [['--data-dir', 'x'], /--count must be a whole number/],
    [['--data-dir', 'x', '--count', 'many'], /--count must be a whole number, not "many"/],
    [['--data-dir', 'x', '--count', '5', '--now', 'soon'], /--now must be a date/],
    [['--data-dir', 'x', '--count', '5', '--colour'], /Unknown option '--colour'/],
  ])('explains wrong arguments %j', (args, message) => {
    expect(() => runSeedCommand(args)).toThrow(message);
  });
});
