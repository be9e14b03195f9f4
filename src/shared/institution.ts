import { z } from 'zod';

/**
 * The coordinator's own VET provider: one profile, drawn on by every document.
 * Empty strings mean "not filled in yet"; only the legal name is required.
 */

/** Trimmed text of at most `max` characters; `what` starts the error messages. */
export const text = (max: number, what: string) =>
  z
    .string({ error: `${what} must be text.` })
    .trim()
    .max(max, `${what} can be at most ${max} characters long.`);

/** An email address, or empty. */
export const emailAddress = (example: string) =>
  text(254, 'The email address').refine(
    (v) => v === '' || z.regexes.email.test(v),
    `Enter an email address such as ${example}.`,
  );

/** A phone number, or empty; spacing and punctuation are the person's own. */
export const phoneNumber = () =>
  text(50, 'The phone number').refine(
    (v) => v === '' || /^\+?[0-9 ()./-]{4,}$/.test(v),
    'Use digits, spaces and + ( ) - . / only, for example +43 1 234 5678.',
  );

const longText = (what: string) => text(4000, what);

/**
 * Adds https:// to a bare address such as "www.example.eu" or "example.eu:8080" so that people
 * need not type it. Addresses that name a scheme ("http://…", "mailto:…") are left for the
 * check to accept or refuse.
 */
export function normaliseWebAddress(value: string): string {
  const trimmed = value.trim();
  if (trimmed === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return trimmed;
  if (/^(mailto|javascript|data|vbscript|file|tel):/i.test(trimmed)) return trimmed;
  return `https://${trimmed}`;
}

export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

export const institutionInputSchema = z.strictObject({
  legalName: text(200, 'The legal name').min(1, 'Enter the legal name of your institution.'),
  address: text(300, 'The address'),
  city: text(100, 'The city'),
  country: text(100, 'The country'),
  representativeName: text(150, "The representative's name"),
  representativePosition: text(150, "The representative's position"),
  email: emailAddress('office@example.eu'),
  phone: phoneNumber(),
  website: text(500, 'The website')
    .transform(normaliseWebAddress)
    .refine(
      (v) => v === '' || isWebAddress(v),
      'Enter a web address such as https://www.example.eu.',
    ),
  whoWeAre: longText('"Who we are"'),
  whatWeOffer: longText('"What we offer"'),
  whatWeLookFor: longText('"What we look for"'),
  whyPartner: longText('"Why partner with us"'),
});

/** What the form edits and the API accepts. */
export type InstitutionInput = z.input<typeof institutionInputSchema>;

export type Institution = z.output<typeof institutionInputSchema> & {
  /** ISO timestamp of the last save. */
  updatedAt: string;
};

export const emptyInstitution: InstitutionInput = {
  legalName: '',
  address: '',
  city: '',
  country: '',
  representativeName: '',
  representativePosition: '',
  email: '',
  phone: '',
  website: '',
  whoWeAre: '',
  whatWeOffer: '',
  whatWeLookFor: '',
  whyPartner: '',
};
