import type { Catalogue } from './catalogue';
import { fill } from './catalogue';
import { capitalise, formatDate } from './format';
import type { AgreementInput, Party } from './inputs';
import type { Block, DocumentModel, Inline, SignatureParty, TableCell } from './model';

/**
 * Memorandum of Understanding or Letter of Intent: the parties, purpose, numbered scope,
 * duration, the non-binding clause (MoU) or statement of intent (LoI), contact persons and
 * signature blocks for both sides. Empty optional values leave no label behind.
 */
export function agreementModel(input: AgreementInput, catalogue: Catalogue): DocumentModel {
  const c = catalogue.agreement;
  const lang = catalogue.language;
  const title = c.titles[input.kind];
  const selfName = c.selfNames[input.kind];
  const reference = input.reference.trim();
  const issued = formatDate(input.issueDate, lang);

  const refLine: Inline[] = [];
  if (reference !== '') refLine.push({ text: `${c.referenceLabel}: `, bold: true }, reference);
  if (reference !== '') refLine.push('  ·  ');
  refLine.push({ text: `${c.issuedLabel}: `, bold: true }, issued);

  const scope = input.scope.map((s) => s.trim()).filter((s) => s !== '');
  const duration = fill(input.endDate === null ? c.durationOpen : c.durationUntil, {
    Document: capitalise(selfName),
    start: formatDate(input.startDate, lang),
    end: input.endDate === null ? '' : formatDate(input.endDate, lang),
  });

  const blocks: Block[] = [
    { kind: 'title', text: title, subtitle: c.subtitle },
    { kind: 'paragraph', runs: refLine, align: 'center', tone: 'muted' },
    { kind: 'paragraph', runs: [c.between[input.kind]] },
    partyParagraph(input.institution, c.institutionAlias, c),
    { kind: 'paragraph', runs: [c.and], align: 'center' },
    partyParagraph(input.partner, c.partnerAlias, c),
    { kind: 'heading', level: 1, text: c.purposeHeading },
    {
      kind: 'paragraph',
      runs: [fill(c.purposeText[input.kind], { purpose: input.purpose.trim() })],
      align: 'justify',
    },
    { kind: 'heading', level: 1, text: c.scopeHeading },
    ...(scope.length > 0
      ? ([
          { kind: 'paragraph', runs: [c.scopeIntro] },
          { kind: 'list', ordered: true, items: scope.map((s) => [s]) },
        ] satisfies Block[])
      : ([{ kind: 'paragraph', runs: [c.scopeEmpty] }] satisfies Block[])),
    { kind: 'heading', level: 1, text: c.durationHeading },
    { kind: 'paragraph', runs: [duration], align: 'justify' },
    { kind: 'heading', level: 1, text: c.natureHeadings[input.kind] },
    { kind: 'paragraph', runs: [c.natureText[input.kind]], align: 'justify' },
    ...contactBlocks(input, catalogue),
    { kind: 'heading', level: 1, text: c.signaturesHeading },
    { kind: 'paragraph', runs: [c.signaturesIntro] },
    {
      kind: 'signatures',
      parties: [
        signer(c.institutionSigns, input.institution, input.place, c),
        signer(c.partnerSigns, input.partner, input.place, c),
      ],
    },
  ];

  const organisations = [input.institution.organisation, input.partner.organisation]
    .map((o) => o.trim())
    .filter((o) => o !== '');
  return {
    meta: {
      title: organisations.length > 0 ? `${title} – ${organisations.join(' – ')}` : title,
      subject: c.subtitle,
      ...(input.institution.organisation.trim() !== ''
        ? { author: input.institution.organisation.trim() }
        : {}),
      language: lang,
    },
    ...(reference !== '' ? { header: fill(c.header, { title, reference }) } : {}),
    footer: {
      ...(organisations.length > 0 ? { text: organisations.join(' · ') } : {}),
      pageNumbers: { template: catalogue.pageNumbers },
    },
    blocks,
  };
}

function partyParagraph(party: Party, alias: string, c: Catalogue['agreement']): Block {
  const runs: Inline[] = [{ text: party.organisation.trim(), bold: true }];
  const address = party.address.trim();
  if (address !== '') runs.push(`, ${address}`);
  const name = party.representativeName.trim();
  const position = party.representativePosition.trim();
  if (name !== '') {
    runs.push(
      `, ${fill(position === '' ? c.representedBy : c.representedByWithPosition, { name, position })}`,
    );
  }
  runs.push(` ${alias}`);
  return { kind: 'paragraph', runs, align: 'center' };
}

function contactBlocks(input: AgreementInput, catalogue: Catalogue): Block[] {
  const c = catalogue.agreement;
  const parties = [input.institution, input.partner];
  const rows: TableCell[][] = (
    [
      [c.contactName, (p: Party) => p.contactName],
      [c.contactEmail, (p: Party) => p.contactEmail],
      [c.contactPhone, (p: Party) => p.contactPhone],
    ] as const
  )
    .map(([label, pick]) => ({ label, values: parties.map((p) => pick(p).trim()) }))
    .filter((row) => row.values.some((v) => v !== ''))
    .map((row) => [
      { runs: [{ text: row.label, bold: true }] },
      ...row.values.map((v) => ({ runs: [v] })),
    ]);
  if (rows.length === 0) return [];
  return [
    { kind: 'heading', level: 1, text: c.contactsHeading },
    { kind: 'paragraph', runs: [c.contactsIntro] },
    {
      kind: 'table',
      widths: [1, 2, 2],
      caption: c.contactsHeading,
      header: [
        { runs: [''] },
        ...parties.map((p) => ({ runs: [{ text: p.organisation.trim(), bold: true }] })),
      ],
      rows,
    },
  ];
}

function signer(
  heading: string,
  party: Party,
  place: string,
  c: Catalogue['agreement'],
): SignatureParty {
  return {
    heading,
    organisation: party.organisation.trim(),
    name: party.representativeName.trim(),
    position: party.representativePosition.trim(),
    ...(place.trim() !== '' ? { place: place.trim() } : {}),
    placeLabel: c.place,
    dateLabel: c.date,
    signatureLabel: c.signature,
  };
}
