import type { ChannelParsedInput } from '../../../shared/api';
import { expiryWarningDays } from '../../../shared/agreement';
import { addDays, localDateIn } from '../../../shared/today/calendar';
import { earliestStallCutoff, todayItems, unsignedReminderDays } from '../../../shared/today/rules';
import type { TodaySettings } from '../../../shared/today/settings';
import type { TodayList, TodaySection } from '../../../shared/today/today';
import type { Clock } from '../clock';
import type { Platform } from '../platform';
import type { SettingsRepository } from '../repositories/settingsRepository';
import type { TodayCutoffs, TodayRepository } from '../repositories/todayRepository';

/**
 * Narrows the reads to what can matter on `today`. Timestamps are compared as UTC text while
 * the rules count local days, so each cutoff leaves a day's room for any time zone.
 */
export function todayCutoffs(settings: TodaySettings, today: string): TodayCutoffs {
  return {
    dueBy: today,
    expiringBy: addDays(today, expiryWarningDays),
    sentBefore: addDays(today, -unsignedReminderDays + 1),
    enteredBefore: earliestStallCutoff(settings, today),
    quietSince: addDays(today, -settings.checkInDays + 2),
  };
}

/** The Today view, its settings, and the desktop's notification and badge. */
export function createTodayService(
  repo: TodayRepository,
  settingsRepo: SettingsRepository,
  clock: Clock,
  platform: Platform,
) {
  return {
    list({ timeZone, limit, whole }: ChannelParsedInput<'getToday'>): TodayList {
      const now = clock.now();
      const settings = settingsRepo.todaySettings();
      const facts = repo.facts(todayCutoffs(settings, localDateIn(now, timeZone)));
      const items = todayItems(facts, settings, now, timeZone);
      const cut = <T>(section: TodaySection, list: T[]) =>
        whole.includes(section) ? list : list.slice(0, limit);
      return {
        ...items,
        followUps: cut('followUps', items.followUps),
        agreements: cut('agreements', items.agreements),
        stalled: cut('stalled', items.stalled),
        checkIns: cut('checkIns', items.checkIns),
        totals: {
          followUps: items.followUps.length,
          agreements: items.agreements.length,
          stalled: items.stalled.length,
          checkIns: items.checkIns.length,
        },
        now: now.toISOString(),
        activePartners: facts.activePartners,
      };
    },

    settings: (): TodaySettings => settingsRepo.todaySettings(),

    saveSettings(settings: ChannelParsedInput<'saveTodaySettings'>): TodaySettings {
      settingsRepo.saveTodaySettings(settings);
      return settingsRepo.todaySettings();
    },

    async notify({ title, body }: ChannelParsedInput<'notify'>) {
      const outcome = await platform.notify(title, body);
      return { shown: outcome !== 'unavailable', clicked: outcome === 'clicked' };
    },

    setBadgeCount: ({ count }: ChannelParsedInput<'setBadgeCount'>) => ({
      shown: platform.setBadgeCount(count),
    }),
  };
}
