import type { StateCreator } from 'zustand';
import {
  type Agreement,
  type AgreementStatusInput,
  cardAgreementOf,
} from '../../../shared/agreement';
import type { ChannelInput } from '../../../shared/api';
import type { DocumentRecord, ExportInput, ExportResult } from '../../../shared/documentHistory';
import type { TemplateKind } from '../../../shared/documents/inputs';
import type { Result } from '../../../shared/result';
import { api } from '../api';
import type { StoreState } from '.';

/**
 * Documents and agreements of a partner: the export dialog (which partner, which document),
 * the document history of the open partner, and agreement bookkeeping. Agreement changes
 * update the open partner's detail and its card's badge from what the backend answered.
 */
export interface DocumentSlice {
  /** The partner the export dialog is open for, and the document chosen first. */
  exportTarget: { partnerId: number; kind: TemplateKind } | null;
  /** Counts openings, so that each opening gets a fresh form. */
  exportSeq: number;
  openExport: (partnerId: number, kind?: TemplateKind) => void;
  closeExport: () => void;
  exportDocument: (input: ExportInput) => Promise<Result<ExportResult>>;

  /** The document history of one partner. */
  documents: { partnerId: number; list: DocumentRecord[] } | null;
  documentsStatus: 'idle' | 'loading' | 'ready' | 'error';
  documentsError: string | null;
  loadDocuments: (partnerId: number) => Promise<void>;

  setAgreementStatus: (input: AgreementStatusInput) => Promise<Result<Agreement>>;
  attachSignedScan: (input: ChannelInput<'attachSignedScan'>) => Promise<Result<Agreement>>;
}

export const createDocumentSlice: StateCreator<StoreState, [], [], DocumentSlice> = (set, get) => {
  let documentsSeq = 0;

  /** Puts an agreement into the open partner's detail and the badge on its card. */
  const applyAgreement = (partnerId: number, agreement: Agreement) => {
    const detail = get().detail;
    const open = detail?.partner.id === partnerId ? detail : null;
    const agreements = [
      agreement,
      ...(open?.agreements ?? []).filter((a) => a.id !== agreement.id),
    ];
    agreements.sort((a, b) => b.id - a.id);
    if (open) set({ detail: { ...open, agreements } });
    const card = get().cardsById.get(partnerId);
    if (card) get().upsertCard({ ...card, agreement: cardAgreementOf(agreements) });
  };

  return {
    exportTarget: null,
    exportSeq: 0,
    openExport: (partnerId, kind = 'mou') =>
      set((s) => ({ exportTarget: { partnerId, kind }, exportSeq: s.exportSeq + 1 })),
    closeExport: () => set({ exportTarget: null }),
    async exportDocument(input) {
      const result = await api.exportDocument(input);
      if (!result.ok) return result;
      const { partnerId } = input;
      if (result.value.agreement) applyAgreement(partnerId, result.value.agreement);
      const shown = get().documents;
      if (shown?.partnerId === partnerId && result.value.saved.length > 0) {
        set({
          documents: { partnerId, list: [...result.value.saved].reverse().concat(shown.list) },
        });
      }
      return result;
    },

    documents: null,
    documentsStatus: 'idle',
    documentsError: null,
    async loadDocuments(partnerId) {
      const seq = ++documentsSeq;
      set((s) => ({
        documentsStatus: 'loading',
        documentsError: null,
        documents: s.documents?.partnerId === partnerId ? s.documents : null,
      }));
      const result = await api.listDocuments({ partnerId });
      if (seq !== documentsSeq) return;
      if (result.ok) {
        set({ documents: { partnerId, list: result.value }, documentsStatus: 'ready' });
      } else {
        set({ documentsStatus: 'error', documentsError: result.error.message });
      }
    },

    async setAgreementStatus(input) {
      const result = await api.setAgreementStatus(input);
      if (result.ok) applyAgreement(input.partnerId, result.value);
      return result;
    },
    async attachSignedScan(input) {
      const result = await api.attachSignedScan(input);
      if (result.ok) applyAgreement(input.partnerId, result.value);
      return result;
    },
  };
};
