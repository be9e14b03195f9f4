import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { XMLValidator } from 'fast-xml-parser';

/** Reading generated documents back the way a person's tools would. */

export async function docxText(docx: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(docx) })).value;
}

/** Every XML part of the .docx package, by path. */
export async function docxParts(docx: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(docx);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    if (/\.(xml|rels)$/.test(name)) parts[name] = await zip.file(name)!.async('string');
  }
  return parts;
}

/** Characters outside XML 1.0's `Char` production (lone surrogates included, thanks to /u). */
const notXmlChar = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

function isXmlCharCode(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/**
 * Names of the parts that are not well-formed XML 1.0, with the reason: the parser's verdict on
 * the structure, plus the character rules it does not check (raw and as character references).
 */
export async function malformedParts(docx: Uint8Array): Promise<string[]> {
  const bad: string[] = [];
  for (const [name, xml] of Object.entries(await docxParts(docx))) {
    const result = XMLValidator.validate(xml);
    if (result !== true) bad.push(`${name}: ${result.err.msg}`);
    const raw = notXmlChar.exec(xml);
    if (raw)
      bad.push(`${name}: character U+${raw[0].codePointAt(0)!.toString(16)} at ${raw.index}`);
    for (const ref of xml.matchAll(/&#(x[0-9a-f]+|[0-9]+);/gi)) {
      const code = ref[1]!.startsWith('x') ? parseInt(ref[1]!.slice(1), 16) : Number(ref[1]);
      if (!isXmlCharCode(code)) bad.push(`${name}: reference ${ref[0]}`);
    }
  }
  return bad;
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Runs a poppler tool on the PDF written to a temporary file (throws when it fails). */
function poppler(tool: string, args: string[], pdf: Uint8Array): string {
  const dir = tempDir('pl-pdf-');
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], {
      encoding: 'utf8',
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Text of a PDF by poppler's pdftotext (throws when the file does not parse). */
export const pdfText = (pdf: Uint8Array) => poppler('pdftotext', ['-enc', 'UTF-8'], pdf);

export const pdfInfo = (pdf: Uint8Array) => poppler('pdfinfo', [], pdf);

export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/**
 * Converts Word files to PDF with LibreOffice headless into `outDir`, with a profile of its own
 * inside `workDir` (so that parallel runs do not share one).
 */
export function libreOfficeToPdf(files: string[], outDir: string, workDir: string): void {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${path.join(workDir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
}

/** Text with line breaks and runs of spaces made single spaces, as layout tools break lines. */
export const flat = (text: string) => text.replace(/\s+/g, ' ');
