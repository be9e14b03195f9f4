import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import type {
  Block,
  DocumentModel,
  Inline,
  SignatureParty,
  TableCell as ModelCell,
} from '../../../shared/documents/model';
import { cleanText } from './cleanText';
import { readFonts, type FontFaces } from './fontFiles';
import { layout, pageGeometry, sideColumnWidths, wordColour } from './layout';

/** Points → twentieths of a point (Word's unit for spacing and widths). */
const tw = (pt: number) => Math.round(pt * 20);
/** Points → half-points (Word's unit for font sizes). */
const hp = (pt: number) => Math.round(pt * 2);
/** Exact line spacing for text of `size` points, the same pitch as in the PDF. */
const exact = (size: number = layout.size.body) => ({
  line: tw(size * layout.linePitch),
  lineRule: LineRuleType.EXACT,
});

type Runs = IRunOptions;

function textRuns(inlines: Inline[], base: Runs = {}): TextRun[] {
  const out: TextRun[] = [];
  for (const inline of inlines) {
    const run = typeof inline === 'string' ? { text: inline } : inline;
    const lines = cleanText(run.text).split('\n');
    lines.forEach((line, i) => {
      out.push(
        new TextRun({
          ...base,
          text: line,
          ...(i > 0 ? { break: 1 } : {}),
          ...(run.bold ? { bold: true } : {}),
          ...(run.italics ? { italics: true } : {}),
        }),
      );
    });
  }
  return out;
}

const alignments = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};
const thin = { style: BorderStyle.SINGLE, size: 4, color: wordColour(layout.colour.border) };
const gridBorders = {
  top: thin,
  bottom: thin,
  left: thin,
  right: thin,
  insideHorizontal: thin,
  insideVertical: thin,
};
const cellMargins = {
  top: tw(layout.cellPadding.y),
  bottom: tw(layout.cellPadding.y),
  left: tw(layout.cellPadding.x),
  right: tw(layout.cellPadding.x),
};
const denseMargins = {
  top: tw(layout.dense.padding.y),
  bottom: tw(layout.dense.padding.y),
  left: tw(layout.dense.padding.x),
  right: tw(layout.dense.padding.x),
};

/** Column widths in twips from relative weights; they always fill the text width. */
function columnWidths(width: number, count: number, weights?: number[]): number[] {
  const w = weights && weights.length === count ? weights : Array<number>(count).fill(1);
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => Math.floor((tw(width) * x) / total));
}

function cellParagraph(
  children: TextRun[],
  options: IParagraphOptions = {},
  size: number = layout.size.body,
): Paragraph {
  return new Paragraph({ spacing: { after: 0, before: 0, ...exact(size) }, ...options, children });
}

function modelCell(cell: ModelCell, width: number, header: boolean, dense = false): TableCell {
  const size = dense ? layout.dense.size : layout.size.body;
  const run = {
    ...(dense ? { size: hp(size) } : {}),
    ...(cell.color ? { color: wordColour(cell.color) } : {}),
  };
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: dense ? denseMargins : cellMargins,
    ...(cell.fill || header
      ? {
          shading: {
            type: ShadingType.CLEAR,
            color: 'auto',
            fill: wordColour(cell.fill ?? layout.colour.headerFill),
          },
        }
      : {}),
    children: [
      cellParagraph(
        textRuns(cell.runs, run),
        { alignment: alignments[cell.align ?? 'left'] },
        size,
      ),
    ],
  });
}

function table(block: Extract<Block, { kind: 'table' }>, width: number): Table {
  const widths = columnWidths(width, block.header.length, block.widths);
  return new Table({
    width: { size: tw(width), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: gridBorders,
    ...(block.caption ? { caption: cleanText(block.caption) } : {}),
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.header.map((c, i) => modelCell(c, widths[i] ?? 0, true, block.dense)),
      }),
      ...block.rows.map(
        (row) =>
          new TableRow({
            children: row.map((c, i) => modelCell(c, widths[i] ?? 0, false, block.dense)),
          }),
      ),
    ],
  });
}

function fields(block: Extract<Block, { kind: 'fields' }>, width: number): Table {
  const widths = columnWidths(width, 2, [1, 3]);
  return new Table({
    width: { size: tw(width), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: block.rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: widths[0] ?? 0, type: WidthType.DXA },
              margins: { ...cellMargins, left: 0 },
              children: [
                cellParagraph(
                  textRuns([{ text: row.label, bold: true }], {
                    color: wordColour(layout.colour.muted),
                  }),
                ),
              ],
            }),
            new TableCell({
              width: { size: widths[1] ?? 0, type: WidthType.DXA },
              margins: cellMargins,
              children: [cellParagraph(textRuns([row.value]))],
            }),
          ],
        }),
    ),
  });
}

function signatureColumn(party: SignatureParty, width: number): TableCell {
  const keep = { keepNext: true, keepLines: true };
  const line = (label: string, value: string | undefined) =>
    cellParagraph(
      textRuns([
        { text: `${label}: `, bold: true },
        value && value !== '' ? value : '______________________',
      ]),
      { ...keep, spacing: { before: tw(6), after: 0, ...exact() } },
    );
  const optional = (text: string, base: Runs = {}) =>
    text === '' ? [] : [cellParagraph(textRuns([text], base), keep)];
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 0, bottom: 0, left: 0, right: tw(18) },
    children: [
      cellParagraph(
        textRuns([{ text: party.heading, bold: true }], {
          color: wordColour(layout.colour.accent),
        }),
        keep,
      ),
      // The signature line: an empty paragraph with a bottom border, after room to sign.
      new Paragraph({
        ...keep,
        spacing: { before: tw(layout.signatureSpace), after: 0, ...exact() },
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
        children: [],
      }),
      cellParagraph(
        textRuns([party.signatureLabel], {
          size: hp(layout.size.small),
          color: wordColour(layout.colour.muted),
        }),
        { ...keep, spacing: { before: tw(2), after: tw(6), ...exact(layout.size.small) } },
        layout.size.small,
      ),
      ...optional(party.name, { bold: true }),
      ...optional(party.position),
      ...optional(party.organisation),
      line(party.placeLabel, party.place),
      line(party.dateLabel, undefined),
    ],
  });
}

/** One row of cells without borders, `widths` in twips: side-by-side content, not a grid. */
function sideBySide(width: number, widths: number[], cells: TableCell[], cantSplit: boolean) {
  return new Table({
    width: { size: tw(width), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [new TableRow({ ...(cantSplit ? { cantSplit } : {}), children: cells })],
  });
}

function signatures(block: Extract<Block, { kind: 'signatures' }>, width: number): Table {
  const widths = columnWidths(width, block.parties.length);
  const cells = block.parties.map((p, i) => signatureColumn(p, widths[i] ?? 0));
  return sideBySide(width, widths, cells, true);
}

/** Whether a block must stay on the page of the block after it (what leads into the signatures). */
function keepsWithNext(blocks: Block[], index: number): boolean {
  const next = blocks[index + 1];
  const afterNext = blocks[index + 2];
  return next?.kind === 'signatures' || afterNext?.kind === 'signatures';
}

/** Side-by-side blocks: one cell per column. */
function columns(block: Extract<Block, { kind: 'columns' }>, width: number): Table {
  const widths = sideColumnWidths(block.columns, width);
  // Each cell but the last carries the gap as its right margin.
  const last = widths.length - 1;
  const cells = widths.map((w, i) => tw(w + (i < last ? layout.columnGap : 0)));
  return sideBySide(
    width,
    cells,
    block.columns.map(
      (c, i) =>
        new TableCell({
          width: { size: cells[i]!, type: WidthType.DXA },
          margins: { top: 0, bottom: 0, left: 0, right: i < last ? tw(layout.columnGap) : 0 },
          // A cell ends with a paragraph: an empty one, one point high.
          children: [
            ...blockElements(c.blocks, widths[i]!),
            new Paragraph({
              spacing: { before: 0, after: 0, line: tw(1), lineRule: LineRuleType.EXACT },
              children: [],
            }),
          ],
        }),
    ),
    false,
  );
}

/** The blocks as Word paragraphs and tables, `width` points between the margins. */
function blockElements(blocks: Block[], width: number): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let lists = 0;
  blocks.forEach((block, index) => {
    const keepNext = keepsWithNext(blocks, index) ? { keepNext: true } : {};
    switch (block.kind) {
      case 'title':
        out.push(
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            children: textRuns([block.text]),
          }),
        );
        if (block.subtitle) {
          out.push(
            new Paragraph({
              style: 'Subtitle',
              alignment: AlignmentType.CENTER,
              children: textRuns([block.subtitle]),
            }),
          );
        }
        break;
      case 'heading':
        out.push(
          new Paragraph({
            heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
            children: textRuns([block.text]),
          }),
        );
        break;
      case 'paragraph': {
        const tone =
          block.tone === 'small'
            ? { size: hp(layout.size.small) }
            : block.tone === 'muted'
              ? { color: wordColour(layout.colour.muted) }
              : {};
        out.push(
          new Paragraph({
            ...keepNext,
            ...(block.tone === 'small'
              ? {
                  spacing: {
                    before: 0,
                    after: tw(layout.spacing.paragraphAfter),
                    ...exact(layout.size.small),
                  },
                }
              : {}),
            alignment: alignments[block.align ?? 'left'],
            children: textRuns(block.runs, tone),
          }),
        );
        break;
      }
      case 'list': {
        const instance = ++lists;
        block.items.forEach((item, i) => {
          const last = i === block.items.length - 1;
          out.push(
            new Paragraph({
              numbering: {
                reference: block.ordered ? 'ordered' : 'bullets',
                level: 0,
                instance,
              },
              spacing: {
                after: tw(last ? layout.spacing.paragraphAfter : layout.spacing.listItemAfter),
                ...exact(),
              },
              alignment: AlignmentType.LEFT,
              children: textRuns(item),
            }),
          );
        });
        break;
      }
      case 'fields':
        if (block.rows.length > 0) out.push(fields(block, width), spacer());
        break;
      case 'table':
        out.push(table(block, width), spacer());
        break;
      case 'signatures':
        out.push(signatures(block, width));
        break;
      case 'columns':
        out.push(columns(block, width), spacer());
        break;
      case 'pageBreak':
        out.push(new Paragraph({ pageBreakBefore: true, children: [] }));
        break;
    }
  });
  return out;
}

/** Word puts nothing between a table and the next paragraph; this gives it the paragraph gap. */
function spacer(): Paragraph {
  return new Paragraph({
    spacing: {
      before: 0,
      after: 0,
      line: tw(layout.spacing.paragraphAfter),
      lineRule: LineRuleType.EXACT,
    },
    children: [],
  });
}

function footer(model: DocumentModel, width: number): Footer {
  const small = { size: hp(layout.size.footer), color: wordColour(layout.colour.muted) };
  const children: TextRun[] = [];
  if (model.footer.text) children.push(...textRuns([model.footer.text], small));
  const template = model.footer.pageNumbers?.template;
  if (template) {
    children.push(new TextRun({ ...small, text: '\t' }));
    // "Page {page} of {pages}": literal parts as text, the placeholders as PAGE/NUMPAGES fields.
    for (const part of cleanText(template).split(/(\{page\}|\{pages\})/)) {
      if (part === '{page}')
        children.push(new TextRun({ ...small, children: [PageNumber.CURRENT] }));
      else if (part === '{pages}')
        children.push(new TextRun({ ...small, children: [PageNumber.TOTAL_PAGES] }));
      else if (part !== '') children.push(new TextRun({ ...small, text: part }));
    }
  }
  return new Footer({
    children: [
      new Paragraph({
        spacing: { before: 0, after: 0, ...exact(layout.size.footer) },
        tabStops: [{ type: TabStopType.RIGHT, position: tw(width) }],
        border: {
          top: {
            style: BorderStyle.SINGLE,
            size: 4,
            color: wordColour(layout.colour.border),
            space: 4,
          },
        },
        children,
      }),
    ],
  });
}

function header(text: string): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: { before: 0, after: 0, ...exact(layout.size.footer) },
        children: textRuns([text], {
          size: hp(layout.size.footer),
          color: wordColour(layout.colour.muted),
        }),
      }),
    ],
  });
}

/** Title and heading styles: bold in the accent colour, kept with the paragraph after them. */
function headingStyle(size: number, before: number, after: number) {
  return {
    run: { font: layout.font, size: hp(size), bold: true, color: wordColour(layout.colour.accent) },
    paragraph: {
      spacing: { before: tw(before), after: tw(after), ...exact(size) },
      keepNext: true,
      keepLines: true,
    },
  };
}

/** Level 0 of a list: its marker hangs in the indent, as in the PDF. */
function listLevel(format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) {
  const indent = tw(layout.spacing.listIndent);
  return {
    level: 0,
    format,
    text,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: indent, hanging: indent } } },
  };
}

function embeddedFont(faces: FontFaces) {
  return {
    name: layout.font,
    data: faces.normal,
    bold: faces.bold,
    italic: faces.italics,
    boldItalic: faces.bolditalics,
  };
}

/**
 * Draws the document model as a Word (.docx) file. With `embedFontsFrom`, the fonts are embedded
 * so that Word shows the document (and breaks its pages) as the PDF does on a computer that does
 * not have them installed; the file grows by about 1.4 MB.
 */
export async function renderDocx(
  model: DocumentModel,
  options: { embedFontsFrom?: string } = {},
): Promise<Uint8Array> {
  const landscape = model.orientation === 'landscape';
  const page = pageGeometry(model.orientation);
  const doc = new Document({
    title: cleanText(model.meta.title),
    ...(model.meta.subject ? { subject: cleanText(model.meta.subject) } : {}),
    creator: cleanText(model.meta.author ?? 'Partnerloom'),
    lastModifiedBy: 'Partnerloom',
    ...(options.embedFontsFrom ? { fonts: [embeddedFont(readFonts(options.embedFontsFrom))] } : {}),
    styles: {
      default: {
        document: {
          run: {
            font: layout.font,
            size: hp(layout.size.body),
            color: wordColour(layout.colour.text),
            language: { value: model.meta.language },
          },
          paragraph: {
            spacing: { before: 0, after: tw(layout.spacing.paragraphAfter), ...exact() },
          },
        },
        title: headingStyle(layout.size.title, 0, layout.spacing.titleAfter),
        heading1: headingStyle(layout.size.h1, layout.spacing.h1Before, layout.spacing.h1After),
        heading2: headingStyle(layout.size.h2, layout.spacing.h2Before, layout.spacing.h2After),
      },
      paragraphStyles: [
        {
          id: 'Subtitle',
          name: 'Subtitle',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { size: hp(layout.size.subtitle), color: wordColour(layout.colour.muted) },
          paragraph: {
            spacing: {
              before: 0,
              after: tw(layout.spacing.subtitleAfter),
              ...exact(layout.size.subtitle),
            },
            keepNext: true,
          },
        },
      ],
    },
    numbering: {
      config: [
        { reference: 'ordered', levels: [listLevel(LevelFormat.DECIMAL, '%1.')] },
        { reference: 'bullets', levels: [listLevel(LevelFormat.BULLET, '•')] },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              // Always the portrait size: docx swaps the two for a landscape section itself.
              width: tw(layout.page.width),
              height: tw(layout.page.height),
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              top: tw(page.margin.top),
              bottom: tw(page.margin.bottom),
              left: tw(page.margin.left),
              right: tw(page.margin.right),
              header: tw(layout.headerFooterDistance),
              footer: tw(layout.headerFooterDistance),
            },
          },
        },
        ...(model.header ? { headers: { default: header(model.header) } } : {}),
        footers: { default: footer(model, page.contentWidth) },
        children: blockElements(model.blocks, page.contentWidth),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
