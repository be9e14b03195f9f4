import { combine } from '@atlaskit/pragmatic-drag-and-drop/combine';
import {
  draggable,
  dropTargetForElements,
} from '@atlaskit/pragmatic-drag-and-drop/element/adapter';
import {
  attachClosestEdge,
  extractClosestEdge,
} from '@atlaskit/pragmatic-drag-and-drop-hitbox/closest-edge';
import type { Edge } from '@atlaskit/pragmatic-drag-and-drop-hitbox/types';
import { VisuallyHidden } from '@mantine/core';
import { memo, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { checklistTotal } from '../../../../shared/checklists';
import {
  partnershipTypeLabels,
  phaseLabels,
  stakeholderGroupLabels,
} from '../../../../shared/domain';
import { useStore } from '../../store';
import { AgreementBadge } from '../documents/AgreementBadge';
import classes from './board.module.css';
import { moveByStep, stepForKey } from './cardSteps';
import { plural } from '../partners/format';
import { daysInPhase, shortDate } from './dates';
import { cardData, isCardData, isNoMove, placementFor } from './dropPlacement';
import { CalendarIcon, ChecklistIcon, ClockIcon, UserIcon } from './icons';
import { MoveToMenu } from './MoveToMenu';
import { chipStyle } from './typeColors';

/** Drag behaviour of one card: it can be picked up, and dropped onto (top or bottom half). */
function useCardDnd(id: number, element: React.RefObject<HTMLDivElement | null>) {
  const [dragging, setDragging] = useState(false);
  const [edge, setEdge] = useState<Edge | null>(null);
  useEffect(() => {
    const el = element.current;
    if (!el) return;
    const currentPhase = () => useStore.getState().cardsById.get(id)?.phase ?? 'scouting';
    return combine(
      draggable({
        element: el,
        getInitialData: () => cardData(id, currentPhase()),
        onDragStart: () => setDragging(true),
        onDrop: () => setDragging(false),
      }),
      dropTargetForElements({
        element: el,
        canDrop: ({ source }) => isCardData(source.data),
        getData: ({ input, element: target }) =>
          attachClosestEdge(cardData(id, currentPhase()), {
            input,
            element: target,
            allowedEdges: ['top', 'bottom'],
          }),
        getIsSticky: () => true,
        onDrag: ({ self, source }) => {
          if (!isCardData(source.data)) return;
          const { columns } = useStore.getState();
          const placement = placementFor(columns, source.data.id, self.data);
          setEdge(
            isNoMove(columns, source.data.id, placement) ? null : extractClosestEdge(self.data),
          );
        },
        onDragLeave: () => setEdge(null),
        onDrop: () => setEdge(null),
      }),
    );
  }, [id, element]);
  return { dragging, edge };
}

/**
 * One partner on the board. Selects its own card by id, so that a move re-renders only the
 * moved card (and the columns' lists), never the thousands of others.
 */
export const PartnerCard = memo(function PartnerCard({ id }: { id: number }) {
  const card = useStore((s) => s.cardsById.get(id));
  const today = useStore((s) => s.today);
  const openPartner = useStore((s) => s.openPartner);
  const focusRequested = useStore((s) => s.focusRequest?.id === id);
  const clearFocusRequest = useStore((s) => s.clearFocusRequest);
  const ref = useRef<HTMLDivElement>(null);
  const nameRef = useRef<HTMLButtonElement>(null);
  const { dragging, edge } = useCardDnd(id, ref);

  useEffect(() => {
    if (!focusRequested) return;
    nameRef.current?.focus();
    clearFocusRequest();
  }, [focusRequested, clearFocusRequest]);

  if (!card) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys pressed in the menu's dropdown bubble here through the React tree; only the card's
    // own elements count.
    if (!event.currentTarget.contains(event.target as Node)) return;
    const step = stepForKey(event);
    if (!step) return;
    event.preventDefault();
    moveByStep(id, step);
  };

  const days = daysInPhase(card.phaseEnteredAt, today);
  const total = checklistTotal(card.phase);
  const overdue = card.nextFollowUp !== null && card.nextFollowUp < today;
  const dueToday = card.nextFollowUp === today;

  return (
    <div
      ref={ref}
      className={classes.card}
      data-dragging={dragging || undefined}
      data-overdue={overdue || undefined}
      onKeyDown={onKeyDown}
    >
      {edge && <div className={classes.dropLine} data-edge={edge} aria-hidden="true" />}
      <div className={classes.cardTop}>
        <button
          ref={nameRef}
          type="button"
          className={classes.name}
          dir="auto"
          onClick={() => openPartner(id)}
        >
          {card.name}
        </button>
        <MoveToMenu id={id} name={card.name} phase={card.phase} />
      </div>
      {card.stakeholderGroup && (
        <div className={classes.group}>{stakeholderGroupLabels[card.stakeholderGroup]}</div>
      )}
      {card.types.length > 0 && (
        <ul className={classes.chips} aria-label="Partnership types">
          {card.types.map((t) => (
            <li key={t} className={classes.chip} style={chipStyle(t)}>
              {partnershipTypeLabels[t]}
            </li>
          ))}
        </ul>
      )}
      {card.primaryContact && (
        <div className={classes.contact}>
          <UserIcon className={classes.icon} size={13} />
          <span dir="auto">
            <VisuallyHidden>Primary contact: </VisuallyHidden>
            {card.primaryContact}
          </span>
        </div>
      )}
      <div className={classes.meta}>
        {card.agreement && <AgreementBadge agreement={card.agreement} today={today} />}
        <span
          className={classes.metaItem}
          title={`In ${phaseLabels[card.phase]} since ${new Date(card.phaseEnteredAt).toLocaleDateString()}`}
        >
          <ClockIcon className={classes.icon} size={12} />
          {days === 0 ? 'Entered phase today' : `${plural(days, 'day')} in phase`}
        </span>
        <span
          className={`${classes.metaItem} ${card.checklistDone >= total ? classes.checklistDone : ''}`}
          aria-label={`Checklist ${card.checklistDone} of ${total} done`}
          title={`Checklist ${card.checklistDone} of ${total} done`}
          role="img"
        >
          <ChecklistIcon className={classes.icon} size={12} />
          {card.checklistDone}/{total}
        </span>
        {card.nextFollowUp && (
          <span
            className={`${classes.metaItem} ${overdue ? classes.overdue : ''}`}
            title={overdue ? 'Next follow-up (overdue)' : 'Next follow-up'}
          >
            <CalendarIcon className={classes.icon} size={12} />
            <VisuallyHidden>Next follow-up </VisuallyHidden>
            {shortDate(card.nextFollowUp, today)}
            {overdue && <span className={classes.overdueTag}>overdue</span>}
            {dueToday && <span className={classes.todayTag}>today</span>}
          </span>
        )}
      </div>
    </div>
  );
});
