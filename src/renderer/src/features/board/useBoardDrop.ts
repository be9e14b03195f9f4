import { monitorForElements } from '@atlaskit/pragmatic-drag-and-drop/element/adapter';
import { useEffect } from 'react';
import { useStore } from '../../store';
import { isCardData, placementFor } from './dropPlacement';
import { moveWithFeedback } from './moveWithFeedback';

/** One listener for every drop on the board: the innermost target decides where the card goes. */
export function useBoardDrop(): void {
  useEffect(
    () =>
      monitorForElements({
        canMonitor: ({ source }) => isCardData(source.data),
        onDrop: ({ source, location }) => {
          const target = location.current.dropTargets[0];
          if (!target || !isCardData(source.data)) return;
          const placement = placementFor(useStore.getState().columns, source.data.id, target.data);
          if (placement) moveWithFeedback(source.data.id, placement.toPhase, placement.afterId);
        },
      }),
    [],
  );
}
