import crypto from 'node:crypto';
import fs from 'node:fs';
import { type Agreement, nextReference, referencePrefix } from '../../../shared/agreement';
import type { ChannelParsedInput } from '../../../shared/api';
import type {
  DocumentDraft,
  DocumentFormat,
  DocumentRecord,
  ExportResult,
  FileActionResult,
  KindedInput,
} from '../../../shared/documentHistory';
import {
  type AgreementInput,
  type Sender,
  agendaInputFrom,
  agreementInputFrom,
  agreementInputSchema,
  catalogues,
  documentFileName,
  emailInputFrom,
  missingFields,
  onePagerInputFrom,
  templateModel,
} from '../../../shared/documents';
import { emptyInstitution } from '../../../shared/institution';
import type { Contact, Partner } from '../../../shared/partner';
import type { Clock } from '../clock';
import { AppError } from '../errors';
import type { InstitutionRepository } from '../repositories/institutionRepository';
import type { PartnerRepositories } from '../repositories/partnerRepositories';
import type { SettingsRepository } from '../repositories/settingsRepository';
import type { ServiceEnvironment } from '.';
import { renderDocumentFile } from './renderDocumentFile';
import { partnerGone, requirePartner } from './partnerGuards';

const catalogue = catalogues.en;

/** Which file a channel means: a document of the history, or an agreement's signed copy. */
type FileSource = ChannelParsedInput<'openDocument'>;

const fileGone = (filePath: string) =>
  new AppError(
    'not_found',
    `The file is no longer at ${filePath}. It may have been moved, renamed or deleted.`,
  );

/**
 * Documents for a partner: the pre-filled form, the export (render, save, record, and for an
 * MoU or LoI the agreement), the history and opening what was saved.
 */
export function createDocumentService(
  repos: PartnerRepositories,
  institutionRepo: InstitutionRepository,
  settings: SettingsRepository,
  { platform, fontsDir }: ServiceEnvironment,
  clock: Clock,
) {
  const now = () => clock.now().toISOString();

  function partnerOf(id: number): Partner {
    const partner = repos.partners.get(id);
    if (!partner) throw partnerGone();
    return partner;
  }

  /** The reference a new agreement of this kind gets; unique among all agreements. */
  function freshReference(kind: AgreementInput['kind'], today: string): string {
    const prefix = referencePrefix(kind, today.slice(0, 4));
    return nextReference(repos.agreements.referencesStartingWith(prefix), prefix);
  }

  /** The input of the open agreement's last export, if it still reads as one. */
  function storedAgreementInput(agreement: Agreement): AgreementInput | null {
    const stored = repos.agreements.draftInput(agreement.id);
    if (!stored) return null;
    try {
      const parsed = agreementInputSchema.safeParse(JSON.parse(stored));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  function draftInput(
    kind: DocumentDraft['kind'],
    partner: Partner,
    contact: Contact | null,
    today: string,
    agreement: Agreement | null,
  ): KindedInput {
    const institution = institutionRepo.get() ?? emptyInstitution;
    const sender = settings.sender();
    switch (kind) {
      case 'mou':
      case 'loi': {
        const stored = agreement ? storedAgreementInput(agreement) : null;
        if (stored) return { kind, input: { ...stored, kind, issueDate: today } };
        const input = agreementInputFrom({ kind, institution, partner, contact, today }, catalogue);
        return { kind, input: { ...input, reference: freshReference(kind, today) } };
      }
      case 'one_pager':
        return { kind, input: onePagerInputFrom({ institution, partner }, catalogue) };
      case 'agenda':
        return {
          kind,
          input: agendaInputFrom(
            { institution, partner, contact, sender, date: weekLater(today) },
            catalogue,
          ),
        };
      case 'email':
        return {
          kind,
          input: emailInputFrom(
            { tone: 'formal', institution, partner, contact, sender },
            catalogue,
          ),
        };
    }
  }

  /** Refuses a reference that belongs to another agreement than the one this export updates. */
  function checkReference(partnerId: number, input: AgreementInput): void {
    const owner = repos.agreements.byReference(input.reference);
    const open = repos.agreements.open(partnerId, input.kind);
    if (owner && owner.id !== open?.id) {
      const suggestion = freshReference(input.kind, input.issueDate);
      const message =
        owner.partnerId === partnerId
          ? `The reference ${input.reference} already belongs to an earlier agreement with this partner. Use a new one, such as ${suggestion}.`
          : `The reference ${input.reference} is already used for the agreement with “${owner.partnerName}”. Use another, such as ${suggestion}.`;
      throw new AppError('invalid_input', message, { 'input.reference': message });
    }
  }

  /** Creates the partner's agreement, or updates its open one of the same kind. */
  function recordAgreement(partnerId: number, input: AgreementInput): Agreement {
    checkReference(partnerId, input);
    const open = repos.agreements.open(partnerId, input.kind);
    const fields = {
      reference: input.reference,
      validFrom: input.startDate,
      validUntil: input.endDate,
      draftInput: JSON.stringify(input),
      now: now(),
    };
    const id = open
      ? (repos.agreements.updateDraft(partnerId, open.id, fields), open.id)
      : repos.agreements.insert({ ...fields, partnerId, kind: input.kind });
    const agreement = repos.agreements.get(partnerId, id);
    if (!agreement) throw partnerGone();
    return agreement;
  }

  function recordedPath(source: FileSource): string {
    let filePath: string | null;
    if (source.source === 'document') {
      filePath = repos.documents.get(source.id)?.savedPath ?? null;
    } else {
      filePath = repos.agreements.scanPath(source.id);
    }
    if (filePath === null) {
      throw new AppError('not_found', 'This file is not recorded any more.');
    }
    if (!fs.existsSync(filePath)) throw fileGone(filePath);
    return filePath;
  }

  return {
    draft({ partnerId, kind, today }: ChannelParsedInput<'getDocumentDraft'>): DocumentDraft {
      return repos.transaction(() => {
        const partner = partnerOf(partnerId);
        const contacts = repos.contacts.list(partnerId);
        const contact = contacts.find((c) => c.isPrimary) ?? contacts[0] ?? null;
        const agreement =
          kind === 'mou' || kind === 'loi' ? repos.agreements.open(partnerId, kind) : null;
        return {
          ...draftInput(kind, partner, contact, today, agreement),
          partner,
          contacts,
          contactId: contact?.id ?? null,
          agreement,
        };
      });
    },

    async export(request: ChannelParsedInput<'exportDocument'>): Promise<ExportResult> {
      const partner = partnerOf(request.partnerId);
      const missing = missingFields(request.kind, request.input as never, catalogue);
      if (missing.length > 0) {
        const fields = Object.fromEntries(missing.map((m) => [`input.${m.field}`, m.message]));
        throw new AppError(
          'invalid_input',
          missing.length === 1
            ? (missing[0]?.message ?? '')
            : `${missing.length} things are missing before this document can be saved.`,
          fields,
        );
      }
      // Refuse a taken reference before anything is written.
      if (request.kind === 'mou' || request.kind === 'loi') {
        checkReference(request.partnerId, request.input);
      }
      const model = templateModel(request.kind, request.input as never, catalogue);
      const date = now().slice(0, 10);
      const written: { format: DocumentFormat; fileName: string; path: string; sum: string }[] = [];
      let cancelled = false;
      for (const format of request.formats) {
        const data = await renderDocumentFile(request, format, model, {
          catalogue,
          fontsDir,
          now: clock.now(),
        });
        const fileName = documentFileName(
          catalogue.kindLabels[request.kind],
          partner.name,
          date,
          format,
        );
        const saved = await platform.saveFile(fileName, data);
        if (saved === null) {
          cancelled = true;
          break;
        }
        written.push({
          format,
          fileName,
          path: saved,
          sum: crypto.createHash('sha256').update(data).digest('hex'),
        });
      }
      return repos.transaction(() => {
        requirePartner(repos, request.partnerId);
        const at = now();
        const agreement =
          (request.kind === 'mou' || request.kind === 'loi') && written.length > 0
            ? recordAgreement(request.partnerId, request.input)
            : null;
        if (request.kind === 'email' || request.kind === 'agenda') {
          settings.rememberSender(senderOf(request));
        }
        const saved: DocumentRecord[] = written.map((w) =>
          repos.documents.insert({
            partnerId: request.partnerId,
            agreementId: agreement?.id ?? null,
            kind: request.kind,
            format: w.format,
            fileName: w.fileName,
            savedPath: w.path,
            checksum: w.sum,
            createdAt: at,
          }),
        );
        if (saved.length > 0) repos.partners.touch(request.partnerId, at);
        return { saved, cancelled, agreement };
      });
    },

    list({ partnerId }: ChannelParsedInput<'listDocuments'>): DocumentRecord[] {
      requirePartner(repos, partnerId);
      return repos.documents.list(partnerId);
    },

    async open(source: FileSource): Promise<FileActionResult> {
      const filePath = recordedPath(source);
      return { done: await platform.openPath(filePath), path: filePath };
    },

    async showInFolder(source: FileSource): Promise<FileActionResult> {
      const filePath = recordedPath(source);
      return { done: await platform.showInFolder(filePath), path: filePath };
    },
  };
}

/** A week after `today`: a first meeting is rarely the same day. */
function weekLater(today: string): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7);
  return d.toISOString().slice(0, 10);
}

/** Who wrote the email or hosts the meeting, remembered for the next one. */
function senderOf(request: ChannelParsedInput<'exportDocument'>): Sender | null {
  if (request.kind === 'email') {
    return { name: request.input.senderName, position: request.input.senderPosition };
  }
  return null;
}
