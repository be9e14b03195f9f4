import type { AgreementKind } from '../domain';
import type { InstitutionInput } from '../institution';
import type { Contact, Partner } from '../partner';
import type { Catalogue } from './catalogue';
import { fill } from './catalogue';
import { joinList } from './format';
import type { AgendaInput, AgreementInput, EmailInput, OnePagerInput, Party } from './inputs';

/**
 * Pre-filled template inputs from what the board already knows: the institution profile, the
 * partner, its chosen (usually primary) contact. The coordinator only edits what differs.
 */

type Institution = Omit<InstitutionInput, 'website'> & { website?: string };
type PartnerFacts = Pick<Partner, 'id' | 'name' | 'types' | 'city' | 'region' | 'country'> & {
  /** Street and postal code, when the partner record has them. */
  address?: string;
};
type ContactFacts = Pick<Contact, 'name' | 'role' | 'email' | 'phone'>;
/** The coordinator writing the email or hosting the meeting, when known. */
export interface Sender {
  name: string;
  position: string;
}

/** Address parts joined with commas; a part already written (a city typed into the street line) is not repeated. */
function joinNonEmpty(parts: string[]): string {
  const out: string[] = [];
  for (const part of parts.map((p) => p.trim())) {
    if (part !== '' && !out.join(', ').toLocaleLowerCase().includes(part.toLocaleLowerCase())) {
      out.push(part);
    }
  }
  return out.join(', ');
}

export function institutionParty(institution: Institution): Party {
  return {
    organisation: institution.legalName.trim(),
    address: joinNonEmpty([institution.address, institution.city, institution.country]),
    representativeName: institution.representativeName.trim(),
    representativePosition: institution.representativePosition.trim(),
    contactName: institution.representativeName.trim(),
    contactEmail: institution.email.trim(),
    contactPhone: institution.phone.trim(),
  };
}

export function partnerParty(partner: PartnerFacts, contact: ContactFacts | null): Party {
  return {
    organisation: partner.name.trim(),
    address: joinNonEmpty([partner.address ?? '', partner.city, partner.region, partner.country]),
    representativeName: contact?.name.trim() ?? '',
    representativePosition: contact?.role.trim() ?? '',
    contactName: contact?.name.trim() ?? '',
    contactEmail: contact?.email.trim() ?? '',
    contactPhone: contact?.phone.trim() ?? '',
  };
}

/** The cooperation fields of the partner's types, "training delivery and learner mobility". */
export function fieldsSought(partner: Pick<Partner, 'types'>, catalogue: Catalogue): string {
  return partner.types.length === 0
    ? catalogue.defaultField
    : joinList(
        partner.types.map((t) => catalogue.types[t].field),
        catalogue.language,
      );
}

/** A reference such as "MOU-2026-0042": kind, year of issue, partner number. */
export function agreementReference(kind: AgreementKind, partnerId: number, today: string): string {
  return `${kind.toUpperCase()}-${today.slice(0, 4)}-${String(partnerId).padStart(4, '0')}`;
}

export function agreementInputFrom(
  args: {
    kind: AgreementKind;
    institution: Institution;
    partner: PartnerFacts;
    contact: ContactFacts | null;
    /** `YYYY-MM-DD`, the coordinator's local date. */
    today: string;
  },
  catalogue: Catalogue,
): AgreementInput {
  return {
    kind: args.kind,
    reference: agreementReference(args.kind, args.partner.id, args.today),
    issueDate: args.today,
    institution: institutionParty(args.institution),
    partner: partnerParty(args.partner, args.contact),
    purpose: fieldsSought(args.partner, catalogue),
    scope: args.partner.types.map((t) => catalogue.types[t].scope),
    startDate: args.today,
    endDate: null,
    place: args.institution.city.trim(),
  };
}

export function onePagerInputFrom(
  args: { institution: Institution; partner: PartnerFacts | null },
  _catalogue: Catalogue,
): OnePagerInput {
  const i = args.institution;
  return {
    organisation: i.legalName.trim(),
    address: joinNonEmpty([i.address, i.city, i.country]),
    whoWeAre: i.whoWeAre,
    whatWeOffer: i.whatWeOffer,
    whatWeLookFor: i.whatWeLookFor,
    whyPartner: i.whyPartner,
    contactName: i.representativeName.trim(),
    contactPosition: i.representativePosition.trim(),
    email: i.email.trim(),
    phone: i.phone.trim(),
    website: i.website?.trim() ?? '',
    tailoredFor: args.partner?.name.trim() ?? '',
    typesSought: args.partner?.types ?? [],
  };
}

export function agendaInputFrom(
  args: {
    institution: Institution;
    partner: PartnerFacts;
    contact: ContactFacts | null;
    sender: Sender | null;
    /** `YYYY-MM-DD` of the meeting. */
    date: string;
  },
  catalogue: Catalogue,
): AgendaInput {
  const institution = args.institution.legalName.trim();
  const partner = args.partner.name.trim();
  const names = { institution, partner };
  const attendees = [
    ...(args.sender && args.sender.name.trim() !== ''
      ? [
          {
            name: args.sender.name.trim(),
            role: args.sender.position.trim(),
            organisation: institution,
          },
        ]
      : []),
    ...(args.contact
      ? [{ name: args.contact.name.trim(), role: args.contact.role.trim(), organisation: partner }]
      : []),
  ];
  return {
    institutionName: institution,
    partnerName: partner,
    date: args.date,
    startTime: '10:00',
    mode: 'online',
    location: '',
    sections: catalogue.agenda.sections.map((s) => ({
      title: fill(s.title, names),
      minutes: s.minutes,
      points: s.points.map((p) => fill(p, names)),
    })),
    attendees,
    materials: [...catalogue.agenda.materials],
    organiserEmail: args.institution.email.trim(),
  };
}

export function emailInputFrom(
  args: {
    tone: EmailInput['tone'];
    institution: Institution;
    partner: PartnerFacts;
    contact: ContactFacts | null;
    sender: Sender | null;
  },
  catalogue: Catalogue,
): EmailInput {
  const i = args.institution;
  return {
    tone: args.tone,
    recipientName: args.contact?.name.trim() ?? '',
    recipientEmail: args.contact?.email.trim() ?? '',
    senderName: args.sender?.name.trim() ?? '',
    senderPosition: args.sender?.position.trim() ?? '',
    senderEmail: i.email.trim(),
    senderPhone: i.phone.trim(),
    institutionName: i.legalName.trim(),
    region: joinNonEmpty([i.city, i.country]),
    fieldSought: fieldsSought(args.partner, catalogue),
    mentionAttachment: args.tone === 'formal',
  };
}
