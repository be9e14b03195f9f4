import type { Catalogue } from './catalogue';
import type {
  AgendaInput,
  AgreementInput,
  EmailInput,
  MissingField,
  OnePagerInput,
  TemplateInputs,
  TemplateKind,
} from './inputs';

const blank = (v: string) => v.trim() === '';

/**
 * Values a template still needs before it is worth exporting, with the form field each one
 * belongs to (dot path, e.g. "institution.representativeName") and a sentence saying where to
 * fill it in. An empty list means the document is complete.
 */
export function missingFields<K extends TemplateKind>(
  kind: K,
  input: TemplateInputs[K],
  catalogue: Catalogue,
): MissingField[] {
  const m = catalogue.missing;
  const out: MissingField[] = [];
  const need = (ok: boolean, field: string, message: string) => {
    if (!ok) out.push({ field, message });
  };
  switch (kind) {
    case 'mou':
    case 'loi': {
      const a = input as AgreementInput;
      need(!blank(a.reference), 'reference', m.reference);
      const parties = [
        ['institution', 'organisation', m.institutionName],
        ['institution', 'address', m.institutionAddress],
        ['institution', 'representativeName', m.institutionRepresentative],
        ['institution', 'representativePosition', m.institutionPosition],
        ['partner', 'organisation', m.partnerName],
        ['partner', 'representativeName', m.partnerRepresentative],
        ['partner', 'representativePosition', m.partnerPosition],
      ] as const;
      for (const [side, key, message] of parties) {
        need(!blank(a[side][key]), `${side}.${key}`, message);
      }
      need(!blank(a.purpose), 'purpose', m.purpose);
      need(a.scope.length > 0, 'scope', m.scope);
      a.scope.forEach((s, i) => need(!blank(s), `scope.${i}`, m.scopeItemEmpty));
      need(a.endDate === null || a.endDate >= a.startDate, 'endDate', m.endBeforeStart);
      break;
    }
    case 'one_pager': {
      const o = input as OnePagerInput;
      need(!blank(o.organisation), 'organisation', m.institutionName);
      need(!blank(o.whoWeAre), 'whoWeAre', m.whoWeAre);
      need(!blank(o.email) || !blank(o.phone), 'email', m.contactDetails);
      break;
    }
    case 'agenda': {
      const g = input as AgendaInput;
      need(!blank(g.institutionName), 'institutionName', m.institutionName);
      need(!blank(g.partnerName), 'partnerName', m.agendaPartner);
      need(
        !blank(g.location),
        'location',
        g.mode === 'online' ? m.agendaLocationOnline : m.agendaLocationInPerson,
      );
      g.sections.forEach((s, i) => need(!blank(s.title), `sections.${i}.title`, m.sectionTitle));
      break;
    }
    case 'email': {
      const e = input as EmailInput;
      need(!blank(e.recipientName), 'recipientName', m.recipientName);
      need(!blank(e.recipientEmail), 'recipientEmail', m.recipientEmail);
      need(!blank(e.senderName), 'senderName', m.senderName);
      need(!blank(e.institutionName), 'institutionName', m.institutionName);
      break;
    }
  }
  return out;
}
