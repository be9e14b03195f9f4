import type { StateCreator } from 'zustand';
import {
  type PartnershipType,
  type Phase,
  phases,
  type StakeholderGroup,
} from '../../../shared/domain';
import type { BoardCard, MoveResult } from '../../../shared/partner';
import { decodeBoard } from '../../../shared/boardWire';
import type { Result } from '../../../shared/result';
import { api } from '../api';
import { appNow } from '../appNow';
import { idBefore, insertAfter, sortedByPosition, withoutId } from '../features/board/columnOrder';
import { localIsoDate } from '../features/board/dates';
import type { StoreState } from '.';

/** A given set of partners, named by where it came from ("From the overlap view: Training"). */
export interface IdSetFilter {
  label: string;
  ids: ReadonlySet<number>;
}

export interface BoardFilter {
  text: string;
  types: PartnershipType[];
  groups: StakeholderGroup[];
  countries: string[];
  overdueOnly: boolean;
  idSet: IdSetFilter | null;
}

const emptyBoardFilter: BoardFilter = {
  text: '',
  types: [],
  groups: [],
  countries: [],
  overdueOnly: false,
  idSet: null,
};

/** Whether the search or a filter the backend answers for is set. */
const isSearchActive = (f: BoardFilter): boolean =>
  f.text.trim() !== '' ||
  f.types.length > 0 ||
  f.groups.length > 0 ||
  f.countries.length > 0 ||
  f.overdueOnly;

export const isFilterActive = (f: BoardFilter): boolean => isSearchActive(f) || f.idSet !== null;

export type Columns = Record<Phase, readonly number[]>;

/** A committed move, with what is needed to take it back. */
export interface MoveDone {
  card: BoardCard;
  historyId: number | null;
  from: { phase: Phase; afterId: number | null; phaseEnteredAt: string };
}

/** A move as shown at once (before the backend confirms it), and its outcome. */
export interface PlannedMove {
  /** 1-based place in the target column, and the column's length. */
  position: number;
  total: number;
  done: Promise<Result<MoveDone>>;
}

/**
 * The board: cards by id and the ordered ids of each column, so that a move replaces two
 * column arrays and one card and nothing else re-renders.
 */
export interface BoardSlice {
  boardStatus: 'idle' | 'loading' | 'ready' | 'error';
  boardError: string | null;
  cardsById: ReadonlyMap<number, BoardCard>;
  /** Every active partner's id per phase, in display order. */
  columns: Columns;
  /** Countries of the cards on the board, sorted, for the filter. */
  countries: readonly string[];
  /** The local date, `YYYY-MM-DD`; "days in phase" and "overdue" count from it. */
  today: string;
  filter: BoardFilter;
  /** Ids matching the active search and filters; null when nothing filters the board. */
  matchIds: ReadonlySet<number> | null;
  filterError: string | null;
  /** A card that should take keyboard focus once it is on screen (after a keyboard move). */
  focusRequest: { id: number } | null;

  /** Loads (or reloads) every active partner's card. */
  loadBoard: () => Promise<void>;
  /** After a create, edit or restore elsewhere: put this card on the board (or replace it). */
  upsertCard: (card: BoardCard) => void;
  /** After an archive elsewhere. */
  removeCard: (id: number) => void;
  refreshToday: () => void;
  setFilter: (patch: Partial<BoardFilter>) => void;
  clearFilters: () => void;
  /** Opens the board showing exactly these partners (other filters and the search cleared). */
  showOnBoard: (idSet: IdSetFilter) => void;
  /**
   * Moves a card right after `afterId` (null: top) in `toPhase`'s full column order. The board
   * changes at once; null when the card is already there.
   */
  moveCard: (
    id: number,
    toPhase: Phase,
    afterId: number | null,
    options?: { focus?: boolean },
  ) => PlannedMove | null;
  /** Takes a committed move back: the card returns to where it was. */
  revertMove: (move: MoveDone) => Promise<Result<BoardCard>>;
  clearFocusRequest: () => void;
}

const emptyColumns = (): Record<Phase, number[]> => ({
  scouting: [],
  first_contact: [],
  proposal: [],
  collaboration_setup: [],
  maintenance_growth: [],
});

function countriesOf(cards: Iterable<BoardCard>): string[] {
  const set = new Set<string>();
  for (const card of cards) {
    const country = card.country.trim();
    if (country) set.add(country);
  }
  return [...set].sort((a, b) => a.localeCompare(b));
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

export const createBoardSlice: StateCreator<StoreState, [], [], BoardSlice> = (set, get) => {
  let loadSeq = 0;
  let filterSeq = 0;
  // Moves reach the backend one after another, in the order they were made, so that each
  // `afterId` refers to the column as the previous move left it.
  let queue: Promise<unknown> = Promise.resolve();
  let pendingMoves = 0;

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    pendingMoves++;
    const run = queue.then(task).finally(() => pendingMoves--);
    queue = run.catch(() => undefined);
    return run;
  }

  async function runFilter(): Promise<void> {
    const seq = ++filterSeq;
    const { filter, today } = get();
    const { idSet, ...search } = filter;
    if (!isFilterActive(filter)) {
      set({ matchIds: null, filterError: null });
      return;
    }
    if (!isSearchActive(filter)) {
      set({ matchIds: idSet?.ids ?? null, filterError: null });
      return;
    }
    const result = await api.findPartners({ ...search, text: search.text.trim(), today });
    // A slower, older search must not overwrite a newer one.
    if (seq !== filterSeq) return;
    if (result.ok) {
      const ids = idSet ? result.value.ids.filter((id) => idSet.ids.has(id)) : result.value.ids;
      set({ matchIds: new Set(ids), filterError: null });
    } else set({ filterError: result.error.message });
  }

  /** Shows a card at its new place at once; answers its 1-based position and column length. */
  function place(
    id: number,
    toPhase: Phase,
    afterId: number | null,
    patch: Partial<BoardCard>,
    focus: boolean,
  ): { position: number; total: number } | null {
    const s = get();
    const card = s.cardsById.get(id);
    if (!card) return null;
    const columns = { ...s.columns };
    columns[card.phase] = withoutId(columns[card.phase], id);
    const target = insertAfter(withoutId(columns[toPhase], id), id, afterId);
    columns[toPhase] = target;
    const cardsById = new Map(s.cardsById);
    cardsById.set(id, { ...card, ...patch, phase: toPhase });
    set({ columns, cardsById, ...(focus ? { focusRequest: { id } } : {}) });
    return { position: target.indexOf(id) + 1, total: target.length };
  }

  /** The backend's word on a move: the card as stored and the neighbours it renumbered. */
  function applyMoveResult(result: MoveResult): void {
    const s = get();
    const { card } = result;
    const cardsById = new Map(s.cardsById);
    cardsById.set(card.id, card);
    for (const { id, position } of result.renumbered) {
      const other = cardsById.get(id);
      if (other && other.position !== position) cardsById.set(id, { ...other, position });
    }
    const columns = { ...s.columns };
    for (const phase of phases) {
      if (phase !== card.phase) columns[phase] = withoutId(columns[phase], card.id);
    }
    if (!columns[card.phase].includes(card.id)) {
      columns[card.phase] = [...columns[card.phase], card.id];
    }
    // While later moves are still on their way, their cards' positions here are old; the
    // last result puts the column in the backend's order.
    if (pendingMoves <= 1) columns[card.phase] = sortedByPosition(columns[card.phase], cardsById);
    set({ cardsById, columns });
  }

  /** After a refused move the board is out of date (e.g. the partner was archived meanwhile). */
  function reloadAfterFailure<T>(result: Result<T>): Result<T> {
    if (!result.ok) void get().loadBoard();
    return result;
  }

  return {
    boardStatus: 'idle',
    boardError: null,
    cardsById: new Map(),
    columns: emptyColumns(),
    countries: [],
    today: localIsoDate(),
    filter: emptyBoardFilter,
    matchIds: null,
    filterError: null,
    focusRequest: null,

    async loadBoard() {
      const seq = ++loadSeq;
      if (get().boardStatus !== 'ready') set({ boardStatus: 'loading', boardError: null });
      const result = await api.getBoard();
      if (seq !== loadSeq) return;
      if (!result.ok) {
        set({ boardStatus: 'error', boardError: result.error.message });
        return;
      }
      const cardsById = new Map<number, BoardCard>();
      const lists = emptyColumns();
      for (const card of decodeBoard(result.value).cards) {
        cardsById.set(card.id, card);
        lists[card.phase].push(card.id);
      }
      const columns: Columns = { ...lists };
      for (const phase of phases) columns[phase] = sortedByPosition(lists[phase], cardsById);
      set({
        boardStatus: 'ready',
        boardError: null,
        cardsById,
        columns,
        countries: countriesOf(cardsById.values()),
      });
      if (isFilterActive(get().filter)) await runFilter();
    },

    upsertCard(card) {
      const s = get();
      const old = s.cardsById.get(card.id);
      const cardsById = new Map(s.cardsById);
      cardsById.set(card.id, card);
      const columns = { ...s.columns };
      if (old && old.phase !== card.phase) {
        columns[old.phase] = withoutId(columns[old.phase], card.id);
      }
      const target = columns[card.phase].includes(card.id)
        ? columns[card.phase]
        : [...columns[card.phase], card.id];
      columns[card.phase] = sortedByPosition(target, cardsById);
      const countries = countriesOf(cardsById.values());
      set({
        cardsById,
        columns,
        ...(sameList(countries, s.countries) ? {} : { countries }),
      });
      if (isFilterActive(s.filter)) void runFilter();
    },

    removeCard(id) {
      const s = get();
      const card = s.cardsById.get(id);
      if (!card) return;
      const cardsById = new Map(s.cardsById);
      cardsById.delete(id);
      const countries = countriesOf(cardsById.values());
      set({
        cardsById,
        columns: { ...s.columns, [card.phase]: withoutId(s.columns[card.phase], id) },
        ...(sameList(countries, s.countries) ? {} : { countries }),
      });
    },

    refreshToday() {
      const today = localIsoDate();
      if (today === get().today) return;
      set({ today });
      if (get().filter.overdueOnly) void runFilter();
    },

    setFilter(patch) {
      set((s) => ({ filter: { ...s.filter, ...patch } }));
      void runFilter();
    },

    clearFilters() {
      set({ filter: emptyBoardFilter });
      void runFilter();
    },

    showOnBoard(idSet) {
      set({ filter: { ...emptyBoardFilter, idSet } });
      void runFilter();
      get().navigate('board');
    },

    moveCard(id, toPhase, afterId, options = {}) {
      const s = get();
      const card = s.cardsById.get(id);
      if (!card || afterId === id) return null;
      const fromAfterId = idBefore(s.columns[card.phase], id);
      if (card.phase === toPhase && fromAfterId === afterId) return null;
      const from = { phase: card.phase, afterId: fromAfterId, phaseEnteredAt: card.phaseEnteredAt };
      const placed = place(
        id,
        toPhase,
        afterId,
        toPhase === card.phase ? {} : { phaseEnteredAt: appNow().toISOString() },
        options.focus ?? false,
      );
      if (!placed) return null;
      const done = enqueue(async (): Promise<Result<MoveDone>> => {
        const result = await api.movePartner({ id, toPhase, afterId });
        if (!result.ok) return reloadAfterFailure(result);
        applyMoveResult(result.value);
        return {
          ok: true,
          value: { card: result.value.card, historyId: result.value.historyId, from },
        };
      });
      return { ...placed, done };
    },

    async revertMove(move) {
      const { id } = move.card;
      const { phase, afterId, phaseEnteredAt } = move.from;
      place(id, phase, afterId, { phaseEnteredAt }, false);
      return enqueue(async (): Promise<Result<BoardCard>> => {
        const result = await api.undoMove({
          id,
          historyId: move.historyId,
          toPhase: phase,
          afterId,
        });
        if (!result.ok) return reloadAfterFailure(result);
        applyMoveResult(result.value);
        return { ok: true, value: result.value.card };
      });
    },

    clearFocusRequest: () => set({ focusRequest: null }),
  };
};
