import { VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { partnershipTypeLabels, partnershipTypes } from '../../../../shared/domain';
import { largestPairCount } from '../../../../shared/overlap/compute';
import { diagonalStep, heatStep } from '../../../../shared/overlap/heat';
import { partnersCount, typeShortLabels } from '../../../../shared/overlap/wording';
import { HeatLegend } from './HeatLegend';
import { MatrixCell } from './MatrixCell';
import classes from './overlap.module.css';
import type { OverlapPartProps } from './overlapProps';
import { useRovingCells } from './useRovingCells';

/** Column headings: short on screen, the full name for screen readers and on hover. */
export function TypeColumnHeaders() {
  return partnershipTypes.map((t) => (
    <th key={t} scope="col" title={partnershipTypeLabels[t]}>
      <span aria-hidden="true">{typeShortLabels[t]}</span>
      <VisuallyHidden>{partnershipTypeLabels[t]}</VisuallyHidden>
    </th>
  ));
}

/**
 * Types × types: each cell counts the partners with both types, the diagonal the partners with
 * that type. Each count lists its partners when chosen.
 */
export function TypeMatrix({ result, selection, onSelect }: OverlapPartProps) {
  const max = largestPairCount(result.matrix);
  const keys = useMemo(
    () => result.matrix.flatMap((row, i) => row.flatMap((v, j) => (v > 0 ? [`${i}:${j}`] : []))),
    [result.matrix],
  );
  const roving = useRovingCells(keys);
  const isSelected = (a: number, b: number) =>
    selection?.kind === 'pair' &&
    selection.a === partnershipTypes[a] &&
    selection.b === partnershipTypes[b];

  return (
    <>
      <div className={classes.tableScroll}>
        <table className={classes.matrix} onKeyDown={roving.onKeyDown}>
          <caption>
            <VisuallyHidden>
              Partnership types against partnership types: partners with both types; on the
              diagonal, partners with the type.
            </VisuallyHidden>
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <VisuallyHidden>Partnership type</VisuallyHidden>
              </th>
              <TypeColumnHeaders />
            </tr>
          </thead>
          <tbody>
            {partnershipTypes.map((a, i) => (
              <tr key={a}>
                <th scope="row">{partnershipTypeLabels[a]}</th>
                {partnershipTypes.map((b, j) => {
                  const count = result.matrix[i]![j]!;
                  const diagonal = i === j;
                  return (
                    <MatrixCell
                      key={b}
                      r={i}
                      c={j}
                      count={count}
                      step={diagonal ? diagonalStep : heatStep(count, max)}
                      diagonal={diagonal}
                      label={
                        diagonal
                          ? `${partnershipTypeLabels[a]}: ${partnersCount(count)} with this type`
                          : `${partnershipTypeLabels[a]} and ${partnershipTypeLabels[b]}: ${partnersCount(count)} with both`
                      }
                      pressed={isSelected(i, j)}
                      roving={roving}
                      onSelect={() => onSelect({ kind: 'pair', a, b })}
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <HeatLegend
        max={max}
        what="Partners with both types"
        diagonal="Diagonal: partners with the type"
      />
    </>
  );
}
