import type { Catalogue } from './catalogue';
import { fill } from './catalogue';
import type { EmailInput } from './inputs';

export interface EmailDraft {
  subject: string;
  /** Plain text, lines separated by `\n`. */
  body: string;
  to: { name: string; email: string };
  from: { name: string; email: string };
}

/** The first-contact email, formal or informal, filled with names and the field sought. */
export function firstContactEmail(input: EmailInput, catalogue: Catalogue): EmailDraft {
  const c = catalogue.email[input.tone];
  const values = {
    name: input.recipientName.trim(),
    institution: input.institutionName.trim(),
    region: input.region.trim(),
    field: input.fieldSought.trim() || catalogue.defaultField,
  };
  const paragraphs = [values.region === '' ? c.introNoRegion : c.intro, ...c.paragraphs].map((p) =>
    fill(p, values),
  );
  if (input.tone === 'formal' && input.mentionAttachment && c.attachment) {
    paragraphs.push(c.attachment);
  }
  const signature = [
    input.senderName,
    input.tone === 'formal' ? input.senderPosition : '',
    input.tone === 'formal' ? input.institutionName : '',
    input.tone === 'formal' ? input.senderEmail : '',
    input.tone === 'formal' ? input.senderPhone : '',
  ]
    .map((v) => v.trim())
    .filter((v) => v !== '');
  const body = [
    values.name === '' ? c.greetingNoName : fill(c.greeting, values),
    ...paragraphs,
    c.closing,
    signature.join('\n'),
  ]
    .filter((p) => p !== '')
    .join('\n\n');
  return {
    subject: fill(c.subject, values),
    body: `${body}\n`,
    to: { name: values.name, email: input.recipientEmail.trim() },
    from: { name: input.senderName.trim(), email: input.senderEmail.trim() },
  };
}
