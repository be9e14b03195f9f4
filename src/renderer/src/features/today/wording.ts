import { agreementKindShort } from '../../../../shared/agreement';
import { phaseLabels } from '../../../../shared/domain';
import type {
  AgreementItem,
  CheckInItem,
  FollowUpItem,
  StalledItem,
  TodaySummary,
} from '../../../../shared/today/rules';
import { formatDay } from '../board/dates';
import { plural } from '../partners/format';

/** Why each item is on the Today view, in a line. */

export function followUpReason(item: FollowUpItem): string {
  const step = item.nextStep || 'Follow up';
  return item.daysOverdue === 0
    ? `Due today — ${step}`
    : `Overdue by ${plural(item.daysOverdue, 'day')} — ${step}`;
}

export function agreementReason(item: AgreementItem): string {
  const kind = agreementKindShort[item.kind];
  const until = item.validUntil ? ` (${formatDay(item.validUntil)})` : '';
  switch (item.reason) {
    case 'expiring':
      return item.daysLeft === 0
        ? `${kind} expires today${until}`
        : `${kind} expires in ${plural(item.daysLeft ?? 0, 'day')}${until}`;
    case 'expired':
      return `${kind} expired ${plural(-(item.daysLeft ?? 0), 'day')} ago${until} — renew it or mark it expired`;
    case 'unsigned':
      return `${kind} sent ${plural(item.daysSinceSent ?? 0, 'day')} ago${
        item.sentOn ? ` (${formatDay(item.sentOn)})` : ''
      } and not signed yet`;
  }
}

export function stalledReason(item: StalledItem): string {
  return `In ${phaseLabels[item.phase]} for ${plural(item.daysInPhase, 'day')} (limit ${item.limit})`;
}

export function checkInReason(item: CheckInItem): string {
  const since = item.lastInteractionOn
    ? `last in touch ${formatDay(item.lastInteractionOn)}`
    : 'nothing logged since it reached Maintenance & growth';
  return item.daysOverdue === 0
    ? `Check-in due today — ${since}`
    : `Check-in overdue by ${plural(item.daysOverdue, 'day')} — ${since}`;
}

/** "3 overdue, 2 due today, 1 agreement to look at, 1 stalled partnership"; '' for nothing. */
export function summaryLine(summary: TodaySummary): string {
  return [
    summary.overdue > 0 ? `${summary.overdue.toLocaleString()} overdue` : '',
    summary.dueToday > 0 ? `${summary.dueToday.toLocaleString()} due today` : '',
    summary.agreements > 0 ? `${plural(summary.agreements, 'agreement')} to look at` : '',
    summary.stalled > 0 ? plural(summary.stalled, 'stalled partnership') : '',
  ]
    .filter((part) => part !== '')
    .join(', ');
}
