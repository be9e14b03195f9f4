/**
 * Folding for search and duplicate checks: lower case, no accents, and the letters that
 * Unicode does not decompose spelled the way people type them without a national keyboard
 * ("Łódź" → "lodz", "Ærø" → "aero", "Straße" → "strasse"). SQLite's `remove_diacritics`
 * leaves exactly these letters alone, so the backend indexes and queries folded text.
 */

/** Letters without a Unicode decomposition, after lower-casing. */
const letters: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'n',
  ĸ: 'k',
  ƒ: 'f',
  ȥ: 'z',
  ɨ: 'i',
  ƀ: 'b',
  ɖ: 'd',
  ɗ: 'd',
  // Greek final sigma: a word typed without its ending must still match the middle form.
  ς: 'σ',
};

const special = new RegExp(`[${Object.keys(letters).join('')}]`, 'gu');
const combiningMarks = /\p{M}+/gu;

export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(combiningMarks, '')
    .replace(special, (c) => letters[c] ?? c);
}

/** Words of folded text: runs of letters and digits. Punctuation and symbols separate words. */
export function foldedWords(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** The key two organisation names share when they differ only in case, accents or spacing. */
export const nameKey = (name: string): string => fold(name).replace(/\s+/gu, ' ').trim();
