import crypto from 'node:crypto';
import { agendaSchedule } from '../../../shared/documents/agendaModel';
import type { Catalogue } from '../../../shared/documents/catalogue';
import { fill } from '../../../shared/documents/catalogue';
import type { AgendaInput } from '../../../shared/documents/inputs';
import { cleanText } from './cleanText';

/** RFC 5545 TEXT: backslash, semicolon, comma and newlines escaped; other controls dropped. */
function escapeIcsText(text: string): string {
  return cleanText(text)
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/** Folds a content line at 75 octets without cutting a UTF-8 sequence (RFC 5545 §3.1). */
function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const bytes = encoder.encode(ch).length;
    // The first line holds 75 octets; continuation lines start with a space, leaving 74.
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** "2026-12-01" + "10:00" + minutes → "20261201T105000", local (floating) time. */
function floating(date: string, time: string, plusMinutes = 0): string {
  const [y = 0, mo = 1, d = 1] = date.split('-').map(Number);
  const [h = 0, mi = 0] = time.split(':').map(Number);
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi + plusMinutes));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getUTCFullYear()}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}T${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}00`;
}

function utcStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

const mailAddress = /^[\x21-\x7e]+@[\x21-\x7e]+$/;

/**
 * The agenda as a calendar event (.ics). Times are floating (RFC 5545 form #1): the meeting
 * starts at the agreed clock time wherever the calendar is, which is what a coordinator who
 * typed "10:00" means.
 */
export function buildIcs(
  input: AgendaInput,
  options: { catalogue: Catalogue; now: Date; uid?: string; productVersion?: string },
): string {
  const { catalogue } = options;
  const schedule = agendaSchedule(input);
  const names = {
    institution: input.institutionName.trim(),
    partner: input.partnerName.trim(),
  };
  const location = input.location.trim();
  const description = schedule.sections
    .map((s) => `${s.start}–${s.end}  ${s.number}. ${s.title}`)
    .join('\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Partnerloom//Partnerloom ${options.productVersion ?? '1'}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(options.uid ?? `${crypto.randomUUID()}@partnerloom`)}`,
    `DTSTAMP:${utcStamp(options.now)}`,
    `DTSTART:${floating(input.date, input.startTime)}`,
    `DTEND:${floating(input.date, input.startTime, Math.max(schedule.totalMinutes, 1))}`,
    `SUMMARY:${escapeIcsText(fill(catalogue.agenda.eventSummary, names))}`,
    ...(location !== '' ? [`LOCATION:${escapeIcsText(location)}`] : []),
    ...(input.mode === 'online' && /^https?:\/\/\S+$/i.test(location)
      ? [`URL:${cleanText(location)}`]
      : []),
    `DESCRIPTION:${escapeIcsText(description)}`,
    ...(mailAddress.test(input.organiserEmail.trim())
      ? [
          `ORGANIZER${names.institution !== '' ? `;CN="${cleanText(names.institution).replace(/["\n]/g, "'")}"` : ''}:mailto:${input.organiserEmail.trim()}`,
        ]
      : []),
    'STATUS:TENTATIVE',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
