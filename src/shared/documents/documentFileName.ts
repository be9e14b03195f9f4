import sanitize from 'sanitize-filename';

/** Longest file name we suggest, in UTF-8 bytes: well inside every file system's limit (255) and
 * short enough that a folder path plus the name stays under Windows' classic 260 characters. */
const maxBytes = 120;

// Bidirectional overrides could make "…fdp.exe" read as "…exe.pdf"; they never belong in a name.
const bidiControls = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/** One part of the name: characters no file system accepts become "_", controls a space. */
function cleanPart(part: string): string {
  return part
    .replace(loneSurrogates, '')
    .replace(bidiControls, '')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/[/\\?<>:*|"]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.\s]+$/, '');
}

/** Cuts at a whole code point so that `text` fits in `bytes` UTF-8 bytes. */
function truncateBytes(text: string, bytes: number): string {
  let out = '';
  for (const ch of text) {
    if (utf8Length(out + ch) > bytes) break;
    out += ch;
  }
  return out;
}

/**
 * "MoU – Łódź Chamber – 2026-11-23.docx": a default file name that is valid on Windows, macOS
 * and Linux whatever the partner is called (reserved device names, path separators, control
 * characters, trailing dots and spaces, very long names) and never leaves the chosen folder.
 */
export function documentFileName(
  kindLabel: string,
  partnerName: string,
  date: string,
  ext: string,
): string {
  const extension = cleanPart(ext.replace(/^\.+/, '')).replace(/[\s.]/g, '');
  const suffix = extension === '' ? '' : `.${extension}`;
  const head = [cleanPart(kindLabel), cleanPart(date)].filter((p) => p !== '');
  const fixed = utf8Length(head.join(' – ') + suffix) + ' – '.length * 2;
  const partner = cleanPart(truncateBytes(cleanPart(partnerName), Math.max(0, maxBytes - fixed)));
  const parts = [head[0], partner, head[1]].filter((p): p is string => p !== undefined && p !== '');
  // The whole name once more through sanitize-filename: reserved device names, length.
  const stem = sanitize(parts.join(' – '), { replacement: '_' }).replace(/[.\s]+$/, '');
  return `${stem === '' ? 'document' : stem}${suffix}`;
}
