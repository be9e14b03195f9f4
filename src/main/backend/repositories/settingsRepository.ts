import type { Sender } from '../../../shared/documents';
import {
  type TodaySettings,
  defaultTodaySettings,
  todaySettingsSchema,
} from '../../../shared/today/settings';
import type { Db } from '../db/connection';

const senderKey = 'documents.sender';
const todayKey = 'today.limits';

/**
 * Small remembered choices in the `settings` table (key → JSON): who signs the first-contact
 * emails, so that the next one starts with the name and position already filled in; the Today
 * view's phase limits and check-in interval.
 */
export function createSettingsRepository(db: Db) {
  const select = db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck();
  const upsert = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );

  return {
    sender(): Sender | null {
      const stored = select.get(senderKey);
      if (!stored) return null;
      try {
        const value = JSON.parse(stored) as Partial<Sender>;
        return typeof value.name === 'string' && typeof value.position === 'string'
          ? { name: value.name, position: value.position }
          : null;
      } catch {
        return null;
      }
    },
    rememberSender(sender: Sender | null): void {
      if (sender && sender.name.trim() !== '') upsert.run(senderKey, JSON.stringify(sender));
    },
    /** The stored limits, or the defaults where nothing (or nothing valid) is stored. */
    todaySettings(): TodaySettings {
      const stored = select.get(todayKey);
      if (!stored) return defaultTodaySettings;
      try {
        const parsed = todaySettingsSchema.safeParse(JSON.parse(stored));
        return parsed.success ? parsed.data : defaultTodaySettings;
      } catch {
        return defaultTodaySettings;
      }
    },
    saveTodaySettings(settings: TodaySettings): void {
      upsert.run(todayKey, JSON.stringify(settings));
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
