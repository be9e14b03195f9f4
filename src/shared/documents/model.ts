/**
 * The document model: what every template produces and both renderers (Word through `docx`,
 * PDF through `pdfmake`) consume. Templates are pure functions from data to this model, so
 * the two formats are two drawings of one thing and cannot drift apart.
 *
 * The model is deliberately small: it names the structure (a heading, a numbered clause, a
 * signature block), never a font size or a margin; each renderer owns the look.
 */

/** A run of text inside a paragraph or a cell. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italics?: boolean;
}

export type Inline = string | TextRun;

export interface TableCell {
  runs: Inline[];
  /** Background, as `#rrggbb` (heat maps, header shading). */
  fill?: string;
  /** Text colour, as `#rrggbb`, where the background is too dark for the usual text. */
  color?: string;
  align?: 'left' | 'center' | 'right';
}

export type Block =
  | { kind: 'title'; text: string; subtitle?: string }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | {
      kind: 'paragraph';
      runs: Inline[];
      align?: 'left' | 'center' | 'right' | 'justify';
      /** `small` for notes and fine print, `muted` for secondary information. */
      tone?: 'normal' | 'small' | 'muted';
    }
  /** Numbered (clauses, scope items) or bulleted; each item is one paragraph's runs. */
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  /** Label/value pairs (parties, meeting details); rows with an empty value are dropped by the template. */
  | { kind: 'fields'; rows: { label: string; value: string }[] }
  | {
      kind: 'table';
      /** Relative widths; omitted = equal. */
      widths?: number[];
      header: TableCell[];
      rows: TableCell[][];
      /** A caption read before the table (its accessible summary in Word). */
      caption?: string;
      /** Many short figures (a matrix): smaller type and tighter cells. */
      dense?: boolean;
    }
  /** Blocks side by side, each column `width` parts of the width between the margins. */
  | { kind: 'columns'; columns: { width: number; blocks: Block[] }[] }
  /** Side-by-side signature blocks, kept together on one page. */
  | { kind: 'signatures'; parties: SignatureParty[] }
  | { kind: 'pageBreak' };

export interface SignatureParty {
  /** e.g. "For the institution". */
  heading: string;
  organisation: string;
  name: string;
  position: string;
  /** Where it is signed, when known; otherwise the place line is left blank. */
  place?: string;
  /** Labels for the lines the signer fills in by hand. */
  placeLabel: string;
  dateLabel: string;
  signatureLabel: string;
}

export interface DocumentModel {
  /** Document properties: title shown by the reader, BCP 47 language of the wording. */
  meta: { title: string; subject?: string; author?: string; language: string };
  /** Small text at the top of every page (e.g. reference number), if any. */
  header?: string;
  /** Footer: left text and whether "Page X of Y" is printed (wording from the catalogue). */
  footer: { text?: string; pageNumbers?: { template: string } };
  /** Landscape for wide tables (reports), portrait otherwise. */
  orientation?: 'portrait' | 'landscape';
  blocks: Block[];
}

/** "Page {page} of {pages}" → "Page 2 of 5". */
export function pageNumberText(template: string, page: number, pages: number): string {
  return template.replaceAll('{page}', String(page)).replaceAll('{pages}', String(pages));
}
