import { describe, expect, it } from 'vitest';
import { recycleBinDays } from '../../src/shared/partner';
import { fixedClock, tempDir, testBackend } from './helpers/backend';
import { columns, contactInput, createPartner, must, noFilter, refused } from './helpers/partners';

const dayMs = 24 * 60 * 60 * 1000;
const later = (iso: string, days: number) => new Date(Date.parse(iso) + days * dayMs).toISOString();
const start = '2026-03-01T09:30:00.000Z';

describe('Recently deleted', () => {
  it('hides a deleted partner everywhere and brings it back to the archive whole', async () => {
    const backend = testBackend();
    const kept = await createPartner(backend, { name: 'Kept' });
    const gone = await createPartner(
      backend,
      { name: 'Łódź Chamber', notes: 'welding' },
      contactInput(),
    );
    await must(backend, 'archivePartner', { id: gone });
    const archivedBefore = await must(backend, 'listArchived', undefined);
    await must(backend, 'deletePartner', { id: gone });

    expect(await columns(backend)).toEqual({ scouting: [kept] });
    expect(await must(backend, 'findPartners', { ...noFilter, text: 'welding' })).toEqual({
      ids: [],
    });
    expect(await must(backend, 'listArchived', undefined)).toEqual([]);
    expect(await must(backend, 'findSameName', { name: 'lodz chamber', excludeId: null })).toEqual(
      [],
    );
    for (const [channel, input] of [
      ['getPartner', { id: gone }],
      ['restorePartner', { id: gone }],
      ['archivePartner', { id: gone }],
      ['deletePartner', { id: gone }],
      ['saveContact', { partnerId: gone, id: null, contact: contactInput() }],
    ] as const) {
      expect((await refused(backend, channel, input as never)).code, channel).toBe('not_found');
    }
    expect(await must(backend, 'listDeleted', undefined)).toEqual([
      { ...archivedBefore[0], deletedAt: start },
    ]);

    // Back to the archive as it was, contacts and all; from there back to the board.
    expect(await must(backend, 'undeletePartner', { id: gone })).toEqual(archivedBefore[0]);
    expect(await must(backend, 'listDeleted', undefined)).toEqual([]);
    expect(await must(backend, 'listArchived', undefined)).toEqual(archivedBefore);
    expect((await must(backend, 'getPartner', { id: gone })).contacts).toHaveLength(1);
    await must(backend, 'restorePartner', { id: gone });
    expect(await must(backend, 'findPartners', { ...noFilter, text: 'welding' })).toEqual({
      ids: [gone],
    });
  });

  it('restores and deletes for good only what is in Recently deleted', async () => {
    const backend = testBackend();
    const active = await createPartner(backend, { name: 'On the board' });
    const archived = await createPartner(backend, { name: 'Archived' });
    await must(backend, 'archivePartner', { id: archived });
    expect((await refused(backend, 'undeletePartner', { id: active })).code).toBe('not_found');
    expect((await refused(backend, 'purgePartner', { id: active })).code).toBe('conflict');
    expect((await refused(backend, 'purgePartner', { id: archived })).code).toBe('conflict');
    expect(await must(backend, 'listArchived', undefined)).toHaveLength(1);
    expect(await columns(backend)).toEqual({ scouting: [active] });
  });

  it(`empties itself at start-up of what was deleted more than ${recycleBinDays} days ago`, async () => {
    const dataDir = tempDir();
    const first = testBackend({ dataDir, clock: fixedClock(start) });
    const old = await createPartner(first, { name: 'Old' }, contactInput());
    const recent = await createPartner(first, { name: 'Recent' });
    await must(first, 'archivePartner', { id: old });
    await must(first, 'archivePartner', { id: recent });
    await must(first, 'deletePartner', { id: old });
    first.close();

    // Deleted a day later than `old`.
    const second = testBackend({ dataDir, clock: fixedClock(later(start, 1)) });
    await must(second, 'deletePartner', { id: recent });
    second.close();

    // Exactly 30 days after the first deletion: still there.
    const third = testBackend({ dataDir, clock: fixedClock(later(start, recycleBinDays)) });
    expect((await must(third, 'listDeleted', undefined)).map((p) => p.id)).toEqual([recent, old]);
    third.close();

    const fourth = testBackend({
      dataDir,
      clock: fixedClock(later(start, recycleBinDays + 0.5)),
    });
    expect((await must(fourth, 'listDeleted', undefined)).map((p) => p.id)).toEqual([recent]);
    for (const table of ['partners', 'contacts', 'phase_history']) {
      expect(
        fourth.db
          .prepare<[number], number>(
            `SELECT count(*) FROM ${table} WHERE ${table === 'partners' ? 'id' : 'partner_id'} = ?`,
          )
          .pluck()
          .get(old),
        table,
      ).toBe(0);
    }
    expect(
      fourth.db.prepare('SELECT count(*) FROM partner_search WHERE rowid = ?').pluck().get(old),
    ).toBe(0);
  });
});
