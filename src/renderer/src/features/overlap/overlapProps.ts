import type { OverlapResult, OverlapSelection } from '../../../../shared/overlap/compute';

/** What each part of the overlap view gets: the numbers, what is chosen, and how to choose. */
export interface OverlapPartProps {
  result: OverlapResult;
  /** The chosen cell, bar or count of this part, if any. */
  selection: OverlapSelection | null;
  onSelect: (s: OverlapSelection) => void;
}
