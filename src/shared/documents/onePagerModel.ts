import type { Catalogue } from './catalogue';
import { fill } from './catalogue';
import { nonEmptyLines } from './format';
import type { OnePagerInput } from './inputs';
import type { Block, DocumentModel } from './model';

/**
 * The institution's introductory one-pager: who we are, what we offer, what we look for,
 * why partner with us and how to get in touch; optionally addressed to one partner.
 */
export function onePagerModel(input: OnePagerInput, catalogue: Catalogue): DocumentModel {
  const c = catalogue.onePager;
  const organisation = input.organisation.trim();
  const partner = input.tailoredFor.trim();
  const blocks: Block[] = [
    {
      kind: 'title',
      text: fill(c.title, { organisation }),
      subtitle: partner === '' ? c.subtitleGeneral : fill(c.subtitleTailored, { partner }),
    },
  ];

  const section = (heading: string, body: string) => {
    const paragraphs = nonEmptyLines(body);
    if (paragraphs.length === 0) return;
    blocks.push({ kind: 'heading', level: 1, text: heading });
    for (const p of paragraphs) blocks.push({ kind: 'paragraph', runs: [p], align: 'justify' });
  };
  section(c.whoWeAre, input.whoWeAre);
  section(c.whatWeOffer, input.whatWeOffer);

  const lookFor = nonEmptyLines(input.whatWeLookFor);
  const types = input.typesSought.map((t) => catalogue.types[t].field);
  if (lookFor.length > 0 || types.length > 0) {
    blocks.push({ kind: 'heading', level: 1, text: c.whatWeLookFor });
    for (const p of lookFor) blocks.push({ kind: 'paragraph', runs: [p], align: 'justify' });
    if (types.length > 0) {
      blocks.push({
        kind: 'paragraph',
        runs: [
          {
            text: partner === '' ? c.typesSoughtGeneral : fill(c.typesSoughtTailored, { partner }),
            bold: true,
          },
        ],
      });
      blocks.push({
        kind: 'list',
        ordered: false,
        items: input.typesSought.map((t) => [catalogue.types[t].scope]),
      });
    }
  }

  const why = nonEmptyLines(input.whyPartner);
  if (why.length > 0) {
    blocks.push({ kind: 'heading', level: 1, text: c.whyPartner });
    blocks.push({ kind: 'list', ordered: false, items: why.map((w) => [w]) });
  }

  const contactName = [input.contactName.trim(), input.contactPosition.trim()]
    .filter((v) => v !== '')
    .join(', ');
  const rows = [
    { label: c.contactPerson, value: contactName },
    { label: c.email, value: input.email.trim() },
    { label: c.phone, value: input.phone.trim() },
    { label: c.website, value: input.website.trim() },
    { label: c.address, value: input.address.trim() },
  ].filter((r) => r.value !== '');
  if (rows.length > 0) {
    blocks.push({ kind: 'heading', level: 1, text: c.contact });
    blocks.push({ kind: 'fields', rows });
  }

  const title = partner === '' ? organisation : `${organisation} – ${partner}`;
  return {
    meta: {
      title: title === '' ? c.subtitleGeneral : title,
      subject: partner === '' ? c.subtitleGeneral : fill(c.subtitleTailored, { partner }),
      ...(organisation !== '' ? { author: organisation } : {}),
      language: catalogue.language,
    },
    footer: { ...(input.website.trim() !== '' ? { text: input.website.trim() } : {}) },
    blocks,
  };
}
