import { VisuallyHidden } from '@mantine/core';
import type { HeatStep } from '../../../../shared/overlap/heat';
import classes from './overlap.module.css';
import type { useRovingCells } from './useRovingCells';

/**
 * One count of a matrix: a button on its heat colour that lists the partners, or — for zero —
 * a visibly empty cell (screen readers still hear "0").
 */
export function MatrixCell({
  r,
  c,
  count,
  step,
  label,
  pressed,
  diagonal = false,
  roving,
  onSelect,
}: {
  r: number;
  c: number;
  count: number;
  step: HeatStep | null;
  label: string;
  pressed: boolean;
  diagonal?: boolean;
  roving: ReturnType<typeof useRovingCells>;
  onSelect: () => void;
}) {
  if (count === 0 || !step) {
    return (
      <td>
        <div className={classes.empty}>
          <VisuallyHidden>0</VisuallyHidden>
        </div>
      </td>
    );
  }
  const key = `${r}:${c}`;
  return (
    <td>
      <button
        type="button"
        className={classes.cell}
        style={{ background: step.fill, color: step.text }}
        data-r={r}
        data-c={c}
        data-diagonal={diagonal || undefined}
        aria-label={label}
        aria-pressed={pressed}
        title={label}
        tabIndex={roving.tabIndex(key)}
        onFocus={() => roving.onFocus(key)}
        onClick={onSelect}
      >
        {count}
      </button>
    </td>
  );
}
