import type { PartnershipType } from '../../domain';
import type { TemplateKind } from '../inputs';

/**
 * Every word the templates print, for one language. Placeholders are written `{name}` and
 * filled by `fill`; a template never concatenates translated fragments, so a language can
 * reorder words freely.
 */
export interface Catalogue {
  /** BCP 47 tag, written into the documents' properties and used for dates. */
  language: string;
  /** Short names for file names and lists: "MoU", "Letter of Intent", … */
  kindLabels: Record<TemplateKind, string>;
  pageNumbers: string;
  /** What a partnership type adds to a document. */
  types: Record<
    PartnershipType,
    {
      /** A noun phrase for "cooperate in …" and "partnerships in the field of …". */
      field: string;
      /** A pre-filled scope item of an agreement. */
      scope: string;
    }
  >;
  /** Used when no type is chosen. */
  defaultField: string;
  agreement: {
    titles: Record<'mou' | 'loi', string>;
    subtitle: string;
    /** The short name the text uses for the document ("this memorandum", "this letter"). */
    selfNames: Record<'mou' | 'loi', string>;
    referenceLabel: string;
    issuedLabel: string;
    header: string;
    /** Leads into the two parties. */
    between: Record<'mou' | 'loi', string>;
    and: string;
    partyLine: string;
    representedBy: string;
    representedByWithPosition: string;
    institutionAlias: string;
    partnerAlias: string;
    purposeHeading: string;
    purposeText: Record<'mou' | 'loi', string>;
    scopeHeading: string;
    scopeIntro: string;
    scopeEmpty: string;
    durationHeading: string;
    durationUntil: string;
    durationOpen: string;
    natureHeadings: Record<'mou' | 'loi', string>;
    natureText: Record<'mou' | 'loi', string>;
    contactsHeading: string;
    contactsIntro: string;
    contactName: string;
    contactEmail: string;
    contactPhone: string;
    signaturesHeading: string;
    signaturesIntro: string;
    institutionSigns: string;
    partnerSigns: string;
    place: string;
    date: string;
    signature: string;
  };
  onePager: {
    title: string;
    subtitleGeneral: string;
    subtitleTailored: string;
    whoWeAre: string;
    whatWeOffer: string;
    whatWeLookFor: string;
    typesSoughtGeneral: string;
    typesSoughtTailored: string;
    whyPartner: string;
    contact: string;
    contactPerson: string;
    email: string;
    phone: string;
    website: string;
    address: string;
  };
  agenda: {
    title: string;
    subtitle: string;
    detailsCaption: string;
    date: string;
    time: string;
    link: string;
    place: string;
    online: string;
    inPerson: string;
    scheduleHeading: string;
    scheduleCaption: string;
    scheduleTime: string;
    scheduleItem: string;
    scheduleMinutes: string;
    sectionTitle: string;
    totalLabel: string;
    minutes: string;
    attendeesHeading: string;
    attendeesCaption: string;
    attendeeName: string;
    attendeeRole: string;
    attendeeOrganisation: string;
    materialsHeading: string;
    /** The five sections of a first exploration meeting, with default minutes and points. */
    sections: { title: string; minutes: number; points: string[] }[];
    materials: string[];
    eventSummary: string;
  };
  email: Record<
    'formal' | 'informal',
    {
      subject: string;
      greeting: string;
      greetingNoName: string;
      /** The opening paragraph, with and without the region. */
      intro: string;
      introNoRegion: string;
      paragraphs: string[];
      attachment?: string;
      closing: string;
    }
  >;
  /** The annual partnership activity report; placeholders are named in each text. */
  annualReport: AnnualReportWording;
  missing: {
    institutionName: string;
    institutionAddress: string;
    institutionRepresentative: string;
    institutionPosition: string;
    partnerName: string;
    partnerRepresentative: string;
    partnerPosition: string;
    scope: string;
    scopeItemEmpty: string;
    purpose: string;
    endBeforeStart: string;
    reference: string;
    whoWeAre: string;
    contactDetails: string;
    agendaPartner: string;
    agendaLocationOnline: string;
    agendaLocationInPerson: string;
    sectionTitle: string;
    recipientName: string;
    recipientEmail: string;
    senderName: string;
  };
}

export interface AnnualReportWording {
  /** {year} */
  title: string;
  subject: string;
  /** {cutOff}: the year is still running. */
  partialNote: string;
  summaryHeading: string;
  /** {who} {year} {newPartners} {agreements} */
  summaryAdded: string;
  /** {who} when the profile has no name. */
  summaryWhoFallback: string;
  /** {when} {live} {setup} {growth} */
  summaryLive: string;
  /** {when} */
  summaryNoneLive: string;
  yearEnd: string;
  /** {cutOff} */
  today: string;
  /** {interactions} {partners} */
  summaryInteractions: string;
  /** {reached} {partners} {year} {share} */
  summaryReached: string;
  newHeading: string;
  /** {year} */
  newNone: string;
  newByTypeCaption: string;
  newByGroupCaption: string;
  typeColumn: string;
  groupColumn: string;
  newColumn: string;
  reachedColumn: string;
  total: string;
  newTypeNote: string;
  signedHeading: string;
  /** {year} */
  signedNone: string;
  signedCaption: string;
  partnerColumn: string;
  kindColumn: string;
  referenceColumn: string;
  signedOnColumn: string;
  expiresColumn: string;
  openEnded: string;
  liveHeading: string;
  /** {when} {live} */
  liveIntro: string;
  liveNone: string;
  liveCaption: string;
  phaseColumn: string;
  /** {more} */
  liveMore: string;
  interactionsHeading: string;
  /** {year} */
  interactionsNone: string;
  interactionsCaption: string;
  monthColumn: string;
  funnelHeading: string;
  /** {forward} {backward} */
  funnelMoves: string;
  /** {reached} {partners} {share} {when} */
  funnelReached: string;
  staysCaption: string;
  staysColumn: string;
  medianColumn: string;
  staysNote: string;
  overlapHeading: string;
  /** {live} */
  overlapIntro: string;
  overlapNone: string;
  combinationsCaption: string;
  combinationColumn: string;
  partnersColumn: string;
  gapsLabel: string;
  unusedLabel: string;
  /** {institution} {year} */
  footer: string;
  /** Counted nouns, with the number as {n}: none, one and more. */
  counted: Record<
    'newPartner' | 'agreement' | 'partnershipWas' | 'interaction' | 'partner' | 'move' | 'running',
    { none: string; one: string; many: string }
  >;
}

/** Replaces each `{key}` with its value; unknown keys stay visible so a gap is noticed. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
