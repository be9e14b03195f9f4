import { describe, expect, it } from 'vitest';
import { documentFileName } from '../../src/shared/documents';

describe('documentFileName', () => {
  it('names the kind, the partner and the date', () => {
    expect(documentFileName('MoU', 'Łódź Chamber', '2026-11-23', 'docx')).toBe(
      'MoU – Łódź Chamber – 2026-11-23.docx',
    );
  });

  it.each([
    ['CON', 'MoU – CON – 2026-11-23.pdf'],
    ['con.txt', 'MoU – con.txt – 2026-11-23.pdf'],
    ['../x', 'MoU – .._x – 2026-11-23.pdf'],
    ['a/b:c*?', 'MoU – a_b_c__ – 2026-11-23.pdf'],
    ['<Acme> "Ltd" | Co\\', 'MoU – _Acme_ _Ltd_ _ Co_ – 2026-11-23.pdf'],
    ['Acme Inc. ...', 'MoU – Acme Inc – 2026-11-23.pdf'],
    ['tab\tand\nnewline\u0007', 'MoU – tab and newline – 2026-11-23.pdf'],
    ['report\u202Efdp.exe', 'MoU – reportfdp.exe – 2026-11-23.pdf'],
    ['Café 😀 Ελληνικά', 'MoU – Café 😀 Ελληνικά – 2026-11-23.pdf'],
    ['', 'MoU – 2026-11-23.pdf'],
  ])('%j → %j', (partner, expected) => {
    expect(documentFileName('MoU', partner, '2026-11-23', 'pdf')).toBe(expected);
  });

  it('keeps a whole name of a reserved device out (CON alone is not a valid file)', () => {
    expect(documentFileName('CON', '', '', 'txt')).not.toMatch(/^CON\./i);
  });

  it('shortens very long names at a whole character and keeps the date and extension', () => {
    const name = documentFileName('MoU', '😀'.repeat(300), '2026-11-23', 'docx');
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(120);
    expect(name).toMatch(/^MoU – (😀)+ – 2026-11-23\.docx$/);
    const latin = documentFileName('Letter of Intent', 'x'.repeat(1000), '2026-11-23', 'pdf');
    expect(latin).toMatch(/^Letter of Intent – x+ – 2026-11-23\.pdf$/);
    expect(Buffer.byteLength(latin)).toBeLessThanOrEqual(120);
  });
});
