import path from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TableCell as PdfCell } from 'pdfmake/interfaces';
import type {
  Block,
  DocumentModel,
  Inline,
  SignatureParty,
  TableCell as ModelCell,
} from '../../../shared/documents/model';
import { pageNumberText } from '../../../shared/documents/model';
import { cleanText } from './cleanText';
import { fontFiles, readFonts } from './fontFiles';
import { layout, pageGeometry, sideColumnWidths } from './layout';

const family = 'DejaVuSans';

interface VirtualFs {
  existsSync(name: string): boolean;
  writeFileSync(name: string, content: Buffer): void;
}

let loadedFrom: string | undefined;

/**
 * Loads the fonts once into pdfmake's in-memory file system and shuts every other door: a
 * document can neither fetch a URL nor read a file from disk, whatever its text says.
 */
function prepare(fontsDir: string): void {
  const dir = path.resolve(fontsDir);
  if (loadedFrom === dir) return;
  const vfs = (pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs;
  const faces = readFonts(dir);
  const names = {} as Record<keyof typeof fontFiles, string>;
  for (const face of Object.keys(fontFiles) as (keyof typeof fontFiles)[]) {
    names[face] = `partnerloom-fonts/${fontFiles[face]}`;
    vfs.writeFileSync(names[face], faces[face]);
  }
  pdfmake.setFonts({ [family]: names });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  pdfmake.setTableLayouts({});
  loadedFrom = dir;
}

function runs(inlines: Inline[]): Content[] {
  return inlines.map((inline) =>
    typeof inline === 'string'
      ? { text: cleanText(inline) }
      : {
          text: cleanText(inline.text),
          ...(inline.bold ? { bold: true } : {}),
          ...(inline.italics ? { italics: true } : {}),
        },
  );
}

const gap = layout.spacing.paragraphAfter;

function relativeWidths(
  width: number,
  count: number,
  weights?: number[],
  padding: number = layout.cellPadding.x,
): number[] {
  const w = weights && weights.length === count ? weights : Array<number>(count).fill(1);
  const total = w.reduce((a, b) => a + b, 0);
  const available = width - count * 2 * padding;
  return w.map((x) => (available * x) / total);
}

const gridLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => layout.colour.border,
  vLineColor: () => layout.colour.border,
  paddingLeft: () => layout.cellPadding.x,
  paddingRight: () => layout.cellPadding.x,
  paddingTop: () => layout.cellPadding.y,
  paddingBottom: () => layout.cellPadding.y,
};

const denseLayout = {
  ...gridLayout,
  paddingLeft: () => layout.dense.padding.x,
  paddingRight: () => layout.dense.padding.x,
  paddingTop: () => layout.dense.padding.y,
  paddingBottom: () => layout.dense.padding.y,
};

const plainLayout = {
  ...gridLayout,
  hLineWidth: () => 0,
  vLineWidth: () => 0,
};

function cell(c: ModelCell, header: boolean): PdfCell {
  const fill = c.fill ?? (header ? layout.colour.headerFill : undefined);
  return {
    text: runs(c.runs),
    alignment: c.align ?? 'left',
    ...(fill ? { fillColor: fill } : {}),
    ...(c.color ? { color: c.color } : {}),
  };
}

const signatureGap = 36;

function signatureColumn(party: SignatureParty, width: number): Content {
  const line = (label: string, value: string | undefined): Content => ({
    text: [{ text: `${cleanText(label)}: `, bold: true }, value || '______________________'],
    margin: [0, 6, 0, 0],
  });
  const optional = (text: string, extra: object = {}): Content[] =>
    text === '' ? [] : [{ text: cleanText(text), ...extra }];
  return {
    stack: [
      { text: cleanText(party.heading), bold: true, color: layout.colour.accent },
      {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.75 }],
        margin: [0, layout.signatureSpace, 0, 0],
      },
      {
        text: cleanText(party.signatureLabel),
        fontSize: layout.size.small,
        color: layout.colour.muted,
        margin: [0, 2, 0, 6],
      },
      ...optional(party.name, { bold: true }),
      ...optional(party.position),
      ...optional(party.organisation),
      line(party.placeLabel, party.place === undefined ? undefined : cleanText(party.place)),
      line(party.dateLabel, undefined),
    ],
  };
}

type Margin = [number, number, number, number];

/**
 * Word keeps the larger of one paragraph's space after and the next one's space before, not
 * their sum; the PDF does the same so that both formats put the same lines on each page.
 */
function spaced(
  out: Content[],
  state: { after: number },
  item: Content,
  before: number,
  after: number,
): void {
  const top = Math.max(0, before - state.after);
  out.push({ ...(item as object), margin: [0, top, 0, after] as Margin } as Content);
  state.after = after;
}

/** The blocks as pdfmake content, `width` points between the margins. */
function blockContent(blocks: Block[], width: number): Content[] {
  const out: Content[] = [];
  const state = { after: 0 };
  const s = layout.spacing;
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        spaced(out, state, { text: cleanText(block.text), style: 'title' }, 0, s.titleAfter);
        if (block.subtitle) {
          spaced(
            out,
            state,
            { text: cleanText(block.subtitle), style: 'subtitle' },
            0,
            s.subtitleAfter,
          );
        }
        break;
      case 'heading':
        spaced(
          out,
          state,
          {
            text: cleanText(block.text),
            style: block.level === 1 ? 'h1' : 'h2',
            headlineLevel: block.level,
          },
          block.level === 1 ? s.h1Before : s.h2Before,
          block.level === 1 ? s.h1After : s.h2After,
        );
        break;
      case 'paragraph':
        spaced(
          out,
          state,
          {
            text: runs(block.runs),
            alignment: block.align ?? 'left',
            ...(block.tone === 'small' ? { fontSize: layout.size.small } : {}),
            ...(block.tone === 'muted' ? { color: layout.colour.muted } : {}),
          },
          0,
          gap,
        );
        break;
      case 'list': {
        // Marker and text in two columns: the same hanging indent as Word's numbering.
        const items: Content[] = block.items.map((item, i) => ({
          columns: [
            { width: s.listIndent, text: block.ordered ? `${i + 1}.` : '•' },
            { width: '*', text: runs(item) },
          ],
          columnGap: 0,
          margin: [0, 0, 0, i === block.items.length - 1 ? 0 : s.listItemAfter] as Margin,
        }));
        spaced(out, state, { stack: items }, 0, gap);
        break;
      }
      case 'fields':
        if (block.rows.length > 0) {
          spaced(
            out,
            state,
            {
              table: {
                widths: relativeWidths(width, 2, [1, 3]),
                dontBreakRows: true,
                body: block.rows.map((r) => [
                  {
                    text: cleanText(r.label),
                    bold: true,
                    color: layout.colour.muted,
                    margin: [-layout.cellPadding.x, 0, 0, 0],
                  },
                  { text: cleanText(r.value) },
                ]),
              },
              layout: plainLayout,
            },
            0,
            gap,
          );
          // In Word the gap after a table is an empty paragraph of its own: it does not merge.
          state.after = 0;
        }
        break;
      case 'table': {
        const padding = block.dense ? layout.dense.padding.x : layout.cellPadding.x;
        spaced(
          out,
          state,
          {
            table: {
              headerRows: 1,
              widths: relativeWidths(width, block.header.length, block.widths, padding),
              body: [
                block.header.map((c) => cell(c, true)),
                ...block.rows.map((row) => row.map((c) => cell(c, false))),
              ],
            },
            layout: block.dense ? denseLayout : gridLayout,
            ...(block.dense ? { fontSize: layout.dense.size } : {}),
          },
          0,
          gap,
        );
        state.after = 0;
        break;
      }
      case 'columns': {
        const widths = sideColumnWidths(block.columns, width);
        spaced(
          out,
          state,
          {
            columnGap: layout.columnGap,
            columns: block.columns.map((c, i) => ({
              width: widths[i]!,
              stack: blockContent(c.blocks, widths[i]!),
            })),
          },
          0,
          0,
        );
        break;
      }
      case 'signatures': {
        const count = Math.max(block.parties.length, 1);
        // The signature line stops short of the next column, like the cell margin in Word.
        const columnWidth = (width - signatureGap * (count - 1)) / count - 18;
        // The heading and sentence that lead into the signatures go with them, as in Word.
        const lead: Content[] = [];
        while (out.length > 0 && lead.length < 2) {
          const last = out[out.length - 1] as { text?: unknown };
          if (last.text === undefined) break;
          lead.unshift(out.pop()!);
        }
        out.push({
          unbreakable: true,
          stack: [
            ...lead,
            {
              columns: block.parties.map((p) => signatureColumn(p, columnWidth)),
              columnGap: signatureGap,
            },
          ],
        });
        state.after = 0;
        break;
      }
      case 'pageBreak':
        out.push({ text: '', pageBreak: 'after' });
        state.after = 0;
        break;
    }
  }
  return out;
}

/** Height of a heading line, its space after and one line of body text. */
function headingNeeds(level: number): number {
  const size = level === 1 ? layout.size.h1 : layout.size.h2;
  const after = level === 1 ? layout.spacing.h1After : layout.spacing.h2After;
  return (size + layout.size.body) * layout.linePitch + after;
}

/** Draws the document model as a PDF with the embedded fonts from `fontsDir`. */
export async function renderPdf(
  model: DocumentModel,
  options: { fontsDir: string },
): Promise<Uint8Array> {
  prepare(options.fontsDir);
  const header = model.header ? cleanText(model.header) : undefined;
  const footerText = model.footer.text ? cleanText(model.footer.text) : undefined;
  const template = model.footer.pageNumbers?.template;
  const small = { fontSize: layout.size.footer, color: layout.colour.muted };
  const geometry = pageGeometry(model.orientation);
  const margins = geometry.margin;
  const pdf = pdfmake.createPdf({
    pageSize: 'A4',
    pageOrientation: model.orientation ?? 'portrait',
    pageMargins: [margins.left, margins.top, margins.right, margins.bottom],
    language: model.meta.language,
    info: {
      title: cleanText(model.meta.title),
      ...(model.meta.subject ? { subject: cleanText(model.meta.subject) } : {}),
      author: cleanText(model.meta.author ?? 'Partnerloom'),
      creator: 'Partnerloom',
      producer: 'Partnerloom',
    },
    displayTitle: true,
    defaultStyle: {
      font: family,
      fontSize: layout.size.body,
      lineHeight: layout.linePitch / layout.fontLineHeight,
      color: layout.colour.text,
    },
    styles: {
      title: {
        fontSize: layout.size.title,
        bold: true,
        color: layout.colour.accent,
        alignment: 'center',
      },
      subtitle: {
        fontSize: layout.size.subtitle,
        color: layout.colour.muted,
        alignment: 'center',
      },
      h1: {
        fontSize: layout.size.h1,
        bold: true,
        color: layout.colour.accent,
      },
      h2: {
        fontSize: layout.size.h2,
        bold: true,
        color: layout.colour.accent,
      },
    },
    ...(header
      ? {
          header: {
            text: header,
            ...small,
            alignment: 'right',
            margin: [margins.left, layout.headerFooterDistance, margins.right, 0],
          },
        }
      : {}),
    footer: (page: number, pages: number) => ({
      margin: [margins.left, margins.bottom - layout.headerFooterDistance - 14, margins.right, 0],
      stack: [
        {
          canvas: [
            {
              type: 'line',
              x1: 0,
              y1: 0,
              x2: geometry.contentWidth,
              y2: 0,
              lineWidth: 0.5,
              lineColor: layout.colour.border,
            },
          ],
        },
        {
          margin: [0, 4, 0, 0],
          columns: [
            { text: footerText ?? '', ...small },
            {
              text: template ? cleanText(pageNumberText(template, page, pages)) : '',
              ...small,
              alignment: 'right',
              width: 'auto',
            },
          ],
        },
      ],
    }),
    // Keep a heading with what follows it, as Word's "keep with next" does.
    // (the heading and the first line after it must fit, or the heading moves to the next page).
    pageBreakBefore: (node) =>
      node.headlineLevel !== undefined &&
      node.startPosition.top + headingNeeds(node.headlineLevel) > geometry.height - margins.bottom,
    content: blockContent(model.blocks, geometry.contentWidth),
  });
  return new Uint8Array(await pdf.getBuffer());
}
