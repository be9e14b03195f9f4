import { agendaModel } from './agendaModel';
import { agreementModel } from './agreementModel';
import type { Catalogue } from './catalogue';
import { firstContactEmail } from './firstContactEmail';
import type { EmailInput, TemplateInputs, TemplateKind } from './inputs';
import type { Block, DocumentModel } from './model';
import { onePagerModel } from './onePagerModel';

/** The email drawn as a page (subject, then the body's paragraphs), for the preview. */
export function emailModel(input: EmailInput, catalogue: Catalogue): DocumentModel {
  const draft = firstContactEmail(input, catalogue);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: draft.subject },
    ...draft.body
      .trim()
      .split('\n\n')
      .map((p): Block => ({ kind: 'paragraph', runs: [p] })),
  ];
  return {
    meta: { title: draft.subject, language: catalogue.language },
    footer: {},
    blocks,
  };
}

/** Any template's model by kind: one entry point for the preview and the renderers. */
export function templateModel<K extends TemplateKind>(
  kind: K,
  input: TemplateInputs[K],
  catalogue: Catalogue,
): DocumentModel {
  switch (kind) {
    case 'mou':
    case 'loi':
      return agreementModel({ ...(input as TemplateInputs['mou']), kind }, catalogue);
    case 'one_pager':
      return onePagerModel(input as TemplateInputs['one_pager'], catalogue);
    case 'agenda':
      return agendaModel(input as TemplateInputs['agenda'], catalogue);
    default:
      return emailModel(input as TemplateInputs['email'], catalogue);
  }
}
