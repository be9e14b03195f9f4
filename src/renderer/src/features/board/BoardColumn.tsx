import { combine } from '@atlaskit/pragmatic-drag-and-drop/combine';
import { dropTargetForElements } from '@atlaskit/pragmatic-drag-and-drop/element/adapter';
import { VisuallyHidden } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { type Phase, phaseLabels } from '../../../../shared/domain';
import { useStore } from '../../store';
import classes from './board.module.css';
import { visibleIdsOf } from './cardSteps';
import { columnData, isCardData, isNoMove, placementFor } from './dropPlacement';
import { PartnerCard } from './PartnerCard';

type DropState = 'none' | 'over' | 'top' | 'end';

/**
 * Drop targets of the column itself: the header (top of the column) and the whole section
 * (its end, when not over a card). Answers what to highlight: the column while a card is over
 * it, and a line at the top or end when a drop there would move the card.
 */
function useColumnDrop(
  phase: Phase,
  section: React.RefObject<HTMLElement | null>,
  header: React.RefObject<HTMLElement | null>,
): DropState {
  const [state, setState] = useState<DropState>('none');
  useEffect(() => {
    const sectionEl = section.current;
    const headerEl = header.current;
    if (!sectionEl || !headerEl) return;
    const canDrop = ({ source }: { source: { data: Record<string | symbol, unknown> } }) =>
      isCardData(source.data);
    return combine(
      dropTargetForElements({
        element: headerEl,
        canDrop,
        getData: () => columnData(phase, 'top'),
      }),
      dropTargetForElements({
        element: sectionEl,
        canDrop,
        getData: () => columnData(phase, 'end'),
        // The section sees every drag over the column; the innermost target says where.
        onDrag: ({ source, location }) => {
          const inner = location.current.dropTargets[0];
          if (!isCardData(source.data) || !inner) return;
          const at =
            inner.element === headerEl ? 'top' : inner.element === sectionEl ? 'end' : null;
          const { columns } = useStore.getState();
          const moves =
            at !== null &&
            !isNoMove(columns, source.data.id, placementFor(columns, source.data.id, inner.data));
          setState(moves ? at : 'over');
        },
        onDragLeave: () => setState('none'),
        onDrop: () => setState('none'),
      }),
    );
  }, [phase, section, header]);
  return state;
}

/**
 * One phase of the board: a labelled section whose list of cards scrolls on its own and only
 * renders the cards in view, so a column of 4,000 partners costs what a column of 20 does.
 */
export const BoardColumn = memo(function BoardColumn({ phase }: { phase: Phase }) {
  const ids = useStore((s) => s.columns[phase]);
  const matchIds = useStore((s) => s.matchIds);
  const focusId = useStore((s) => s.focusRequest?.id ?? null);
  const visible = useMemo(() => visibleIdsOf(ids, matchIds), [ids, matchIds]);
  const headingId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const headerRef = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const dropState = useColumnDrop(phase, sectionRef, headerRef);

  // The app does not use React Compiler; the virtualizer re-renders this column when it must.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => bodyRef.current,
    // Close to a typical card's height, so that the first measurement rarely re-renders.
    estimateSize: () => 160,
    overscan: 6,
    getItemKey: (index) => visible[index] ?? index,
    // React 19 warns about flushSync during rendering; a frame's delay is not visible here.
    useFlushSync: false,
  });

  // A card moved with the keyboard may land outside the rendered window: bring it into view,
  // so that it mounts and takes focus.
  useEffect(() => {
    if (focusId === null) return;
    const index = visible.indexOf(focusId);
    if (index !== -1) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [focusId, visible, virtualizer]);

  const totalSize = virtualizer.getTotalSize();
  return (
    <section
      ref={sectionRef}
      className={classes.column}
      aria-labelledby={headingId}
      data-drag-over={dropState !== 'none' || undefined}
    >
      <header ref={headerRef} className={classes.columnHeader}>
        <h2 id={headingId} className={classes.columnTitle}>
          {phaseLabels[phase]}
        </h2>
        <span className={classes.columnCount}>
          {matchIds ? `${visible.length} of ${ids.length}` : ids.length}
          <VisuallyHidden> {ids.length === 1 && !matchIds ? 'partner' : 'partners'}</VisuallyHidden>
        </span>
      </header>
      <div ref={bodyRef} className={classes.columnBody}>
        {visible.length === 0 ? (
          <p className={classes.columnEmpty}>
            {matchIds ? 'No matching partners in this phase.' : 'No partners in this phase yet.'}
          </p>
        ) : (
          <div
            role="list"
            aria-labelledby={headingId}
            className={classes.list}
            style={{ height: totalSize }}
          >
            {virtualizer.getVirtualItems().map((item) => (
              <div
                key={item.key}
                role="listitem"
                aria-posinset={item.index + 1}
                aria-setsize={visible.length}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className={classes.row}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <PartnerCard id={visible[item.index] ?? -1} />
              </div>
            ))}
            {dropState === 'top' && (
              <div className={classes.dropLine} style={{ top: -5 }} aria-hidden="true" />
            )}
            {dropState === 'end' && (
              <div className={classes.dropLine} style={{ top: totalSize - 5 }} aria-hidden="true" />
            )}
          </div>
        )}
      </div>
    </section>
  );
});
