import { nameKey } from '../fold';

/**
 * What makes two partners likely the same organisation: the same name once case, accents and
 * spacing are ignored, the same website domain ("https://www.firma.de/karriere" and
 * "http://firma.de" share "firma.de"), or a contact with the same email address.
 */

export type DuplicateReason = 'name' | 'website' | 'email';

export const duplicateReasonLabels: Record<DuplicateReason, string> = {
  name: 'same name',
  website: 'same website',
  email: 'same contact email',
};

export { nameKey };

/** The host without "www.", lower case; null for an empty or unreadable address. */
export function websiteDomain(website: string): string | null {
  const trimmed = website.trim();
  if (trimmed === '') return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    const host = url.hostname
      .toLowerCase()
      .replace(/^www\d?\./, '')
      .replace(/\.$/, '');
    return host.includes('.') ? host : null;
  } catch {
    return null;
  }
}

/** Email addresses compare without case; null for none. */
export function emailKey(email: string): string | null {
  const trimmed = email.trim().toLowerCase();
  return trimmed === '' ? null : trimmed;
}
