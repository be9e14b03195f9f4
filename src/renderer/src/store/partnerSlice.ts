import type { StateCreator } from 'zustand';
import type { Phase } from '../../../shared/domain';
import type {
  ArchivedPartner,
  BoardCard,
  DeletedPartner,
  Contact,
  ContactInput,
  Interaction,
  InteractionInput,
  Partner,
  PartnerDetail,
  PartnerInput,
} from '../../../shared/partner';
import { cardAgreementOf } from '../../../shared/agreement';
import { checklistTotal, isChecklistKey } from '../../../shared/checklists';
import type { ApiError, Result } from '../../../shared/result';
import { api } from '../api';
import type { StoreState } from '.';

/**
 * One partner at a time: which detail view is open and what it shows, the create/edit form,
 * and the archive list. Every change goes through the API and then updates the detail and the
 * partner's board card from what the backend answered, so both stay in step.
 */
export interface PartnerSlice {
  detailId: number | null;
  openPartner: (id: number) => void;
  closePartner: () => void;
  detail: PartnerDetail | null;
  detailStatus: 'idle' | 'loading' | 'ready' | 'error';
  detailError: ApiError | null;
  /**
   * (Re)loads the open partner; `quiet` keeps what is shown while loading. Resolves to the
   * failure, if any, so that the view can react to a partner deleted elsewhere.
   */
  loadDetail: (options?: { quiet?: boolean }) => Promise<ApiError | null>;

  createOpen: boolean;
  openCreatePartner: () => void;
  closeCreatePartner: () => void;
  /** The partner being edited in the form, as it was when "Edit" was chosen. */
  editPartner: Partner | null;
  openEditPartner: (partner: Partner) => void;
  closeEditPartner: () => void;
  /** Counts the form's openings, so that each opening gets a fresh form. */
  formSeq: number;
  /**
   * Confirmation dialogs open above the detail drawer. Mantine listens for Escape on the window
   * in every open dialog, so the drawer must not also close when one of these takes the key.
   */
  nestedDialogs: number;
  nestedDialogOpened: () => void;
  nestedDialogClosed: () => void;

  /** Partners already called this (active or archived), for the form's warning. */
  findSameName: (
    name: string,
    excludeId: number | null,
  ) => Promise<Result<{ id: number; name: string; archived: boolean }[]>>;
  createPartner: (
    partner: PartnerInput,
    contact: ContactInput | null,
  ) => Promise<Result<PartnerDetail>>;
  updatePartner: (id: number, partner: PartnerInput) => Promise<Result<Partner>>;
  /** Archives and takes the card off the board (the caller offers the undo). */
  archivePartner: (id: number) => Promise<Result<{ id: number; archivedAt: string }>>;
  restorePartner: (id: number) => Promise<Result<BoardCard>>;
  /** Moves an archived partner to "Recently deleted". */
  deletePartner: (id: number) => Promise<Result<{ id: number; deletedAt: string }>>;

  archived: ArchivedPartner[];
  archivedStatus: 'idle' | 'loading' | 'ready' | 'error';
  archivedError: string | null;
  loadArchived: () => Promise<void>;

  deleted: DeletedPartner[];
  deletedStatus: 'idle' | 'loading' | 'ready' | 'error';
  deletedError: string | null;
  loadDeleted: () => Promise<void>;
  /** From "Recently deleted" back to the archive. */
  undeletePartner: (id: number) => Promise<Result<ArchivedPartner>>;
  /** Deletes for good, now. */
  purgePartner: (id: number) => Promise<Result<{ id: number }>>;

  saveContact: (id: number | null, contact: ContactInput) => Promise<Result<Contact[]>>;
  deleteContact: (id: number) => Promise<Result<Contact[]>>;
  saveInteraction: (
    id: number | null,
    interaction: InteractionInput,
  ) => Promise<Result<Interaction>>;
  deleteInteraction: (id: number) => Promise<Result<{ id: number }>>;
  setFollowUpDone: (id: number, done: boolean) => Promise<Result<Interaction>>;
  setChecklistItem: (phase: Phase, actionKey: string, done: boolean) => Promise<Result<string[]>>;
}

/** Newest first; on the same day the entry logged last comes first. */
function sortInteractions(list: Interaction[]): Interaction[] {
  return [...list].sort((a, b) =>
    a.occurredOn === b.occurredOn ? b.id - a.id : a.occurredOn < b.occurredOn ? 1 : -1,
  );
}

/** The card the board shows for this partner, derived from its detail. */
export function cardFromDetail(detail: PartnerDetail): BoardCard {
  const { partner } = detail;
  const openDue = detail.interactions
    .filter((i) => i.doneAt === null && i.dueOn !== null)
    .map((i) => i.dueOn as string)
    .sort();
  const ticked = detail.checklist[partner.phase] ?? [];
  return {
    id: partner.id,
    name: partner.name,
    stakeholderGroup: partner.stakeholderGroup,
    types: partner.types,
    country: partner.country,
    primaryContact: detail.contacts.find((c) => c.isPrimary)?.name ?? null,
    phase: partner.phase,
    position: partner.position,
    phaseEnteredAt: partner.phaseEnteredAt,
    nextFollowUp: openDue[0] ?? null,
    checklistDone: Math.min(
      ticked.filter((key) => isChecklistKey(partner.phase, key)).length,
      checklistTotal(partner.phase),
    ),
    agreement: cardAgreementOf(detail.agreements),
  };
}

const notOpen = {
  ok: false as const,
  error: { code: 'not_found' as const, message: 'This partner is no longer open.' },
};

export const createPartnerSlice: StateCreator<StoreState, [], [], PartnerSlice> = (set, get) => {
  /** Bumped by every change, so a quiet reload that started earlier cannot undo a newer one. */
  let changeSeq = 0;

  /** Applies a change to the open partner (if it is still `partnerId`) and refreshes its card. */
  const changeDetail = (partnerId: number, change: (d: PartnerDetail) => PartnerDetail) => {
    changeSeq += 1;
    const current = get().detail;
    if (!current || current.partner.id !== partnerId) return;
    const next = change(current);
    set({ detail: next });
    get().upsertCard(cardFromDetail(next));
    void get().loadDetail({ quiet: true });
  };

  const openId = (): number | null => get().detail?.partner.id ?? null;

  return {
    detailId: null,
    detail: null,
    detailStatus: 'idle',
    detailError: null,
    openPartner: (id) =>
      set((s) =>
        s.detailId === id
          ? {}
          : {
              detailId: id,
              // Reopening the same partner shows what it showed until the reload arrives.
              detail: s.detail?.partner.id === id ? s.detail : null,
              detailStatus: 'idle',
              detailError: null,
            },
      ),
    closePartner: () => set({ detailId: null }),
    async loadDetail({ quiet = false } = {}) {
      const id = get().detailId;
      if (id === null) return null;
      const seq = changeSeq;
      if (!quiet) set({ detailStatus: 'loading', detailError: null });
      const result = await api.getPartner({ id });
      if (get().detailId !== id) return null;
      if (result.ok) {
        if (!quiet || seq === changeSeq)
          set({ detail: result.value, detailStatus: 'ready', detailError: null });
        return null;
      }
      if (!quiet || result.error.code === 'not_found')
        set({ detailStatus: 'error', detailError: result.error });
      return result.error;
    },

    createOpen: false,
    openCreatePartner: () =>
      set((s) =>
        s.createOpen ? {} : { createOpen: true, editPartner: null, formSeq: s.formSeq + 1 },
      ),
    closeCreatePartner: () => set({ createOpen: false }),
    editPartner: null,
    openEditPartner: (partner) =>
      set((s) => ({ editPartner: partner, createOpen: false, formSeq: s.formSeq + 1 })),
    formSeq: 0,
    closeEditPartner: () => set({ editPartner: null }),
    nestedDialogs: 0,
    nestedDialogOpened: () => set((s) => ({ nestedDialogs: s.nestedDialogs + 1 })),
    nestedDialogClosed: () => set((s) => ({ nestedDialogs: Math.max(0, s.nestedDialogs - 1) })),

    findSameName: (name, excludeId) => api.findSameName({ name, excludeId }),
    async createPartner(partner, contact) {
      const result = await api.createPartner({ partner, contact });
      if (result.ok) {
        changeSeq += 1;
        set({
          detailId: result.value.partner.id,
          detail: result.value,
          detailStatus: 'ready',
          detailError: null,
        });
        get().upsertCard(cardFromDetail(result.value));
      }
      return result;
    },
    async updatePartner(id, partner) {
      const result = await api.updatePartner({ id, partner });
      if (!result.ok) return result;
      const p = result.value;
      if (openId() === id) {
        // Also puts the edited partner's card on the board.
        changeDetail(id, (d) => ({ ...d, partner: p }));
      } else {
        const card = get().cardsById.get(id);
        const { name, stakeholderGroup, types, country } = p;
        if (card) get().upsertCard({ ...card, name, stakeholderGroup, types, country });
      }
      return result;
    },

    async archivePartner(id) {
      const result = await api.archivePartner({ id });
      if (!result.ok) return result;
      get().removeCard(id);
      const shown = get().detail?.partner;
      if (get().detailId === id) set({ detailId: null });
      if (shown?.id === id && get().archivedStatus === 'ready') {
        const entry: ArchivedPartner = {
          id,
          name: shown.name,
          stakeholderGroup: shown.stakeholderGroup,
          phase: shown.phase,
          archivedAt: result.value.archivedAt,
        };
        set((s) => ({ archived: [entry, ...s.archived.filter((a) => a.id !== id)] }));
      }
      return result;
    },
    async restorePartner(id) {
      const result = await api.restorePartner({ id });
      if (result.ok) {
        get().upsertCard(result.value);
        set((s) => ({ archived: s.archived.filter((a) => a.id !== id) }));
      }
      return result;
    },
    async deletePartner(id) {
      const result = await api.deletePartner({ id });
      if (result.ok) {
        const { deletedAt } = result.value;
        set((s) => {
          const entry = s.archived.find((a) => a.id === id);
          return {
            archived: s.archived.filter((a) => a.id !== id),
            deleted: entry ? [{ ...entry, deletedAt }, ...s.deleted] : s.deleted,
          };
        });
      }
      return result;
    },

    archived: [],
    archivedStatus: 'idle',
    archivedError: null,
    async loadArchived() {
      set({ archivedStatus: 'loading', archivedError: null });
      const result = await api.listArchived();
      if (result.ok) set({ archived: result.value, archivedStatus: 'ready' });
      else set({ archivedStatus: 'error', archivedError: result.error.message });
    },

    deleted: [],
    deletedStatus: 'idle',
    deletedError: null,
    async loadDeleted() {
      set({ deletedStatus: 'loading', deletedError: null });
      const result = await api.listDeleted();
      if (result.ok) set({ deleted: result.value, deletedStatus: 'ready' });
      else set({ deletedStatus: 'error', deletedError: result.error.message });
    },
    async undeletePartner(id) {
      const result = await api.undeletePartner({ id });
      if (result.ok) {
        const back = result.value;
        set((s) => ({
          deleted: s.deleted.filter((d) => d.id !== id),
          archived: [back, ...s.archived.filter((a) => a.id !== id)].sort((a, b) =>
            a.archivedAt < b.archivedAt ? 1 : a.archivedAt > b.archivedAt ? -1 : b.id - a.id,
          ),
        }));
      }
      return result;
    },
    async purgePartner(id) {
      const result = await api.purgePartner({ id });
      if (result.ok) set((s) => ({ deleted: s.deleted.filter((d) => d.id !== id) }));
      return result;
    },

    async saveContact(id, contact) {
      const partnerId = openId();
      if (partnerId === null) return notOpen;
      const result = await api.saveContact({ partnerId, id, contact });
      if (result.ok) changeDetail(partnerId, (d) => ({ ...d, contacts: result.value }));
      return result;
    },
    async deleteContact(id) {
      const partnerId = openId();
      if (partnerId === null) return notOpen;
      const result = await api.deleteContact({ partnerId, id });
      if (result.ok)
        changeDetail(partnerId, (d) => ({
          ...d,
          contacts: result.value,
          interactions: d.interactions.map((i) =>
            i.contactId === id ? { ...i, contactId: null } : i,
          ),
        }));
      return result;
    },
    async saveInteraction(id, interaction) {
      const partnerId = openId();
      if (partnerId === null) return notOpen;
      const result = await api.saveInteraction({ partnerId, id, interaction });
      if (result.ok)
        changeDetail(partnerId, (d) => ({
          ...d,
          interactions: sortInteractions([
            result.value,
            ...d.interactions.filter((i) => i.id !== result.value.id),
          ]),
        }));
      return result;
    },
    async deleteInteraction(id) {
      const partnerId = openId();
      if (partnerId === null) return notOpen;
      const result = await api.deleteInteraction({ partnerId, id });
      if (result.ok)
        changeDetail(partnerId, (d) => ({
          ...d,
          interactions: d.interactions.filter((i) => i.id !== id),
        }));
      return result;
    },
    async setFollowUpDone(id, done) {
      const partnerId = openId();
      if (partnerId === null) return notOpen;
      const result = await api.setFollowUpDone({ partnerId, id, done });
      if (result.ok)
        changeDetail(partnerId, (d) => ({
          ...d,
          interactions: d.interactions.map((i) => (i.id === id ? result.value : i)),
        }));
      return result;
    },
    async setChecklistItem(phase, actionKey, done) {
      const partnerId = openId();
      if (partnerId === null) return notOpen;
      const result = await api.setChecklistItem({ partnerId, phase, actionKey, done });
      if (result.ok)
        changeDetail(partnerId, (d) => ({
          ...d,
          checklist: { ...d.checklist, [phase]: result.value },
        }));
      return result;
    },
  };
};
