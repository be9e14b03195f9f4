/**
 * Removes what XML 1.0 forbids and what no reader can show: C0 controls other than tab and
 * newline, DEL and C1 controls, U+FFFE/U+FFFF, and lone surrogates. Carriage returns become
 * newlines. Every string passes through here before `docx` or `pdfmake` sees it.
 */
export function cleanText(text: string): string {
  let out = '';
  const normalised = text.replace(/\r\n?/g, '\n');
  for (let i = 0; i < normalised.length; i++) {
    const code = normalised.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = normalised.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += normalised[i]! + normalised[i + 1]!;
        i++;
      }
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    if (code < 0x20 && code !== 0x09 && code !== 0x0a) continue;
    if (code >= 0x7f && code <= 0x9f) continue;
    if (code === 0xfffe || code === 0xffff) continue;
    out += normalised[i]!;
  }
  return out;
}
