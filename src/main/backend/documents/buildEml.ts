import type { EmailDraft } from '../../../shared/documents/firstContactEmail';
import { monthAbbreviations } from '../../../shared/documents/format';
import { cleanText } from './cleanText';

const addrSpec = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/** One line of header text: no line breaks can slip into a header and start a new one. */
const headerText = (text: string) =>
  cleanText(text)
    .replace(/[\t\n]+/g, ' ')
    .trim();

/**
 * RFC 2047 encoded words ("=?UTF-8?B?…?="), each at most 75 characters and never cutting a
 * character in two, joined by folding whitespace.
 */
function encodedWords(text: string): string {
  const words: string[] = [];
  let chunk = '';
  // 36 bytes → 48 base64 characters + 12 of "=?UTF-8?B??=" = 60: a header name fits before it in 78.
  const maxBytes = 36;
  for (const ch of text) {
    if (Buffer.byteLength(chunk + ch) > maxBytes) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk !== '') words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w).toString('base64')}?=`).join('\r\n ');
}

/** Printable ASCII stays readable; anything else is encoded. */
function headerValue(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) && text.length <= 70 ? text : encodedWords(text);
}

function mailbox(person: { name: string; email: string }): string | null {
  const email = person.email.trim();
  if (!addrSpec.test(email)) return null;
  const name = headerText(person.name);
  if (name === '') return `<${email}>`;
  const display = /^[\x20-\x7e]*$/.test(name)
    ? `"${name.replace(/["\\]/g, (c) => `\\${c}`)}"`
    : encodedWords(name);
  return `${display} <${email}>`;
}

function rfc5322Date(date: Date): string {
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${days[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${monthAbbreviations[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

/**
 * The email as an .eml draft: UTF-8 text in base64, the subject as encoded words, and
 * `X-Unsent: 1` so that Outlook and Thunderbird open it ready to edit and send.
 */
export function buildEml(email: EmailDraft, options: { now: Date }): string {
  const from = mailbox(email.from);
  const to = mailbox(email.to);
  const body = Buffer.from(cleanText(email.body).replace(/\n/g, '\r\n'))
    .toString('base64')
    .replace(/.{76}/g, '$&\r\n');
  const headers = [
    ...(from ? [`From: ${from}`] : []),
    ...(to ? [`To: ${to}`] : []),
    `Subject: ${headerValue(headerText(email.subject))}`,
    `Date: ${rfc5322Date(options.now)}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    'X-Unsent: 1',
  ];
  return `${headers.join('\r\n')}\r\n\r\n${body.replace(/\r\n$/, '')}\r\n`;
}
