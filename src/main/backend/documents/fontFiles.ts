import fs from 'node:fs';
import path from 'node:path';

/** The four faces of the embedded family; they cover Latin Extended, Greek and Cyrillic. */
export const fontFiles = {
  normal: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italics: 'DejaVuSans-Oblique.ttf',
  bolditalics: 'DejaVuSans-BoldOblique.ttf',
} as const;

export type FontFaces = Record<keyof typeof fontFiles, Buffer>;

const cache = new Map<string, FontFaces>();

/** The four faces from `fontsDir`, read once per folder. */
export function readFonts(fontsDir: string): FontFaces {
  const dir = path.resolve(fontsDir);
  let faces = cache.get(dir);
  if (!faces) {
    const read = (face: keyof typeof fontFiles) => fs.readFileSync(path.join(dir, fontFiles[face]));
    faces = {
      normal: read('normal'),
      bold: read('bold'),
      italics: read('italics'),
      bolditalics: read('bolditalics'),
    };
    cache.set(dir, faces);
  }
  return faces;
}
