import type { ChannelParsedInput } from '../../../shared/api';
import type { DocumentFormat } from '../../../shared/documentHistory';
import { type Catalogue, type DocumentModel, firstContactEmail } from '../../../shared/documents';
import { buildEml, buildIcs, renderDocx, renderPdf } from '../documents';

/**
 * The bytes of one format of an export: Word and PDF drawn from the model, the calendar event
 * and the email from the template input.
 */
export async function renderDocumentFile(
  request: ChannelParsedInput<'exportDocument'>,
  format: DocumentFormat,
  model: DocumentModel,
  options: { catalogue: Catalogue; fontsDir: string; now: Date },
): Promise<Uint8Array> {
  const { catalogue, fontsDir, now } = options;
  switch (format) {
    case 'docx':
      return renderDocx(model);
    case 'pdf':
      return renderPdf(model, { fontsDir });
    case 'ics':
      if (request.kind !== 'agenda') break;
      return new TextEncoder().encode(buildIcs(request.input, { catalogue, now }));
    case 'eml':
      if (request.kind !== 'email') break;
      return new TextEncoder().encode(
        buildEml(firstContactEmail(request.input, catalogue), { now }),
      );
  }
  throw new Error(`A ${request.kind} cannot be saved as ${format}.`);
}
