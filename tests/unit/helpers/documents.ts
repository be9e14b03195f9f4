import { expect } from 'vitest';
export { agreementInput } from './agreementInput';

/** The first bytes of a PDF, enough for the signed-copy check. */
export const tinyPdfBase64 = Buffer.from('%PDF-1.4\n%signed copy\n%%EOF\n').toString('base64');

/** A string matching `pattern`, inside toMatchObject (typed, where expect.* answers any). */
export const matching = (pattern: RegExp): string => expect.stringMatching(pattern) as string;
export const someString = (): string => expect.any(String) as string;
