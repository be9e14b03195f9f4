import { parseCardAgreement } from './agreement';
import { type Phase, phases, stakeholderGroups } from './domain';
import type { Board, BoardCard } from './partner';
import { createStoredTypesReader } from './storedTypes';

/**
 * One card as `getBoard` sends it: the fields by position, as the database stores the card
 * summary (types as "training,mobility", the newest agreement as "mou|signed|2027-01-31") and
 * the stakeholder group as its index in the catalogue. Without a name on every field, the
 * board of 10,000 partners travels in less than half the bytes, and the backend creates no
 * objects for it.
 */
export type BoardRow = [
  id: number,
  name: string,
  group: number | null,
  country: string,
  position: number,
  phaseEnteredAt: string,
  types: string,
  primaryContact: string | null,
  nextFollowUp: string | null,
  checklistDone: number,
  agreement: string | null,
];

export interface BoardWire {
  /** One list per phase, in the order of `phases`; each in board order (position, then id). */
  columns: BoardRow[][];
}

/** Reads rows into cards; one reader per board, so that each type combination is parsed once. */
export function createCardReader(): (row: BoardRow, phase: Phase) => BoardCard {
  const storedTypes = createStoredTypesReader();
  return (row, phase) => {
    const [id, name, group, country, position, phaseEnteredAt, types] = row;
    return {
      id,
      name,
      stakeholderGroup: group === null ? null : (stakeholderGroups[group] ?? null),
      types: [...storedTypes(types)],
      country,
      primaryContact: row[7],
      phase,
      position,
      phaseEnteredAt,
      nextFollowUp: row[8],
      checklistDone: row[9],
      agreement: parseCardAgreement(row[10]),
    };
  };
}

/** The board as cards, by phase order, then position. */
export function decodeBoard(wire: BoardWire): Board {
  const read = createCardReader();
  return {
    cards: phases.flatMap((phase, i) => (wire.columns[i] ?? []).map((row) => read(row, phase))),
  };
}
