import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupFileName } from '../../src/shared/backup';
import { backupsToKeep, type RotationEntry } from '../../src/shared/backupRotation';
import { rotateBackups } from '../../src/main/backend/backup/backupFolder';
import { tempDir } from './helpers/backend';

const entry = (createdAt: string, verified = true): RotationEntry => ({
  name: backupFileName(new Date(createdAt), 3, 'daily'),
  createdAt,
  verified,
});
const kept = (entries: RotationEntry[], now: string) =>
  backupsToKeep(entries, new Date(now)).keep.map((n) => parseBackupFileName(n)?.createdAt);

describe('backup file names', () => {
  it('carry the date, time, schema version and reason, and are read back', () => {
    const name = backupFileName(new Date('2026-11-23T15:04:05.123Z'), 3, 'before-restore');
    expect(name).toBe('partnerloom-2026-11-23T15-04-05-123Z-v3-before-restore.sqlite');
    expect(parseBackupFileName(name)).toEqual({
      createdAt: '2026-11-23T15:04:05.123Z',
      schemaVersion: 3,
      reason: 'before-restore',
    });
    for (const other of [
      'partnerloom.sqlite',
      'partnerloom-2026-11-23T15-04-05-123Z-v3-whatever.sqlite',
      'partnerloom-2026-13-45T15-04-05-123Z-v3-daily.sqlite',
      `${name}.json`,
    ]) {
      expect(parseBackupFileName(other), other).toBeNull();
    }
  });
});

describe('backup rotation', () => {
  it.each([
    {
      why: 'one backup per day: the newest of each of 7 days, plus older week ends',
      entries: Array.from({ length: 20 }, (_, i) =>
        entry(`2026-03-${String(i + 1).padStart(2, '0')}T08:00:00.000Z`),
      ),
      now: '2026-03-20T20:00:00.000Z',
      // 14–20 March (7 days); Sundays of the weeks before: 8, 1 March; 20 Mar's week is current.
      keep: [20, 19, 18, 17, 16, 15, 14, 8, 1].map(
        (d) => `2026-03-${String(d).padStart(2, '0')}T08:00:00.000Z`,
      ),
    },
    {
      why: 'several on one day: all of the last 24 hours, only the newest of older days',
      entries: [
        entry('2026-03-19T09:00:00.000Z'),
        entry('2026-03-19T17:00:00.000Z'),
        entry('2026-03-20T09:00:00.000Z'),
        entry('2026-03-20T10:00:00.000Z'),
        entry('2026-03-20T11:00:00.000Z'),
      ],
      now: '2026-03-20T12:00:00.000Z',
      keep: [
        '2026-03-20T11:00:00.000Z',
        '2026-03-20T10:00:00.000Z',
        '2026-03-20T09:00:00.000Z',
        '2026-03-19T17:00:00.000Z',
      ],
    },
    {
      why: 'months without use: the old backups are kept, not aged out',
      entries: [entry('2025-06-01T08:00:00.000Z'), entry('2025-06-02T08:00:00.000Z')],
      now: '2026-03-20T12:00:00.000Z',
      keep: ['2025-06-02T08:00:00.000Z', '2025-06-01T08:00:00.000Z'],
    },
    {
      why: 'the newest verified backup stays even when every newer one is unchecked',
      entries: [
        entry('2025-01-06T08:00:00.000Z'),
        ...Array.from({ length: 30 }, (_, i) =>
          entry(new Date(Date.UTC(2026, 0, 1 + i, 8)).toISOString(), false),
        ),
      ],
      now: '2026-03-20T12:00:00.000Z',
      keep: [
        ...[30, 29, 28, 27, 26, 25, 24, 18, 11, 4].map(
          (d) => `2026-01-${String(d).padStart(2, '0')}T08:00:00.000Z`,
        ),
        '2025-01-06T08:00:00.000Z',
      ],
    },
    {
      why: 'a backup dated after now (the clock was put back) is kept',
      entries: [entry('2026-04-01T08:00:00.000Z'), entry('2026-03-20T08:00:00.000Z')],
      now: '2026-03-20T12:00:00.000Z',
      keep: ['2026-04-01T08:00:00.000Z', '2026-03-20T08:00:00.000Z'],
    },
  ])('$why', ({ entries, now, keep }) => {
    expect(kept(entries, now)).toEqual(keep);
  });

  it('keeps the right set over 60 simulated days of use', () => {
    // From Monday 5 January 2026: opened on weekdays only (a daily backup at 08:00), "Back up
    // now" on two afternoons; the rotation runs after every backup, as the app does.
    const start = Date.UTC(2026, 0, 5);
    let folder: RotationEntry[] = [];
    let maxKept = 0;
    const add = (at: number) => {
      folder.push(entry(new Date(at).toISOString()));
      const newestVerified = [...folder].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0];
      const { keep } = backupsToKeep(folder, new Date(at));
      expect(keep).toContain(newestVerified?.name);
      folder = folder.filter((e) => keep.includes(e.name));
      maxKept = Math.max(maxKept, folder.length);
    };
    for (let day = 0; day < 60; day += 1) {
      const midnight = start + day * 86_400_000;
      const weekday = new Date(midnight).getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      add(midnight + 8 * 3_600_000);
      if (day === 10 || day === 45) add(midnight + 16 * 3_600_000);
    }
    const days = folder.map((e) => e.createdAt.slice(0, 10)).sort();
    expect(days).toEqual([
      // The newest of each of the 8 weeks with backups (Fridays)…
      '2026-01-16',
      '2026-01-23',
      '2026-01-30',
      '2026-02-06',
      '2026-02-13',
      '2026-02-20',
      // …and of each of the 7 days with backups, the week of 2 March included.
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
    ]);
    expect(maxKept).toBeLessThanOrEqual(7 + 8 + 2);
  });

  it('removes rotated-out backups with their details file, and nothing else', () => {
    const dir = tempDir();
    const names = ['2026-03-01T08:00:00.000Z', '2026-03-01T09:00:00.000Z'].map((at) =>
      backupFileName(new Date(at), 3, 'manual'),
    );
    for (const name of names) {
      fs.writeFileSync(path.join(dir, name), 'x');
      fs.writeFileSync(
        path.join(dir, `${name}.json`),
        '{"partners":1,"sizeBytes":1,"verified":true}',
      );
    }
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    expect(rotateBackups(dir, new Date('2026-03-05T12:00:00.000Z'))).toEqual([names[0]]);
    expect(fs.readdirSync(dir).sort()).toEqual([names[1], `${names[1]}.json`, 'notes.txt'].sort());
  });
});
