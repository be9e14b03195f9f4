import { Button, Group, Title } from '@mantine/core';
import { useInterval } from '@mantine/hooks';
import { useEffect } from 'react';
import { phases } from '../../../../shared/domain';
import { useStore } from '../../store';
import { boardPrefetched } from '../../startupPrefetch';
import { LoadError, Loading } from '../shell/LoadState';
import classes from './board.module.css';
import { BoardColumn } from './BoardColumn';
import { EmptyBoard } from './EmptyBoard';
import { FilterBar } from './FilterBar';
import { PlusIcon } from './icons';
import { ShortcutsPopover } from './ShortcutsPopover';
import { useBoardDrop } from './useBoardDrop';

/** The five-phase board: every active partner as a card, in its phase's column. */
export function BoardScreen() {
  const status = useStore((s) => s.boardStatus);
  const error = useStore((s) => s.boardError);
  const total = useStore((s) => s.cardsById.size);
  const loadBoard = useStore((s) => s.loadBoard);
  const refreshToday = useStore((s) => s.refreshToday);
  const openCreatePartner = useStore((s) => s.openCreatePartner);
  useBoardDrop();

  // Fresh on every later visit (partners may have been archived or restored elsewhere); the
  // first load was started by startupPrefetch, before React's first render, and is not repeated.
  useEffect(() => {
    if (!boardPrefetched()) void loadBoard();
  }, [loadBoard]);
  // "Days in phase" and "overdue" roll over at local midnight without a reload.
  useInterval(refreshToday, 60_000, { autoInvoke: true });

  const heading = (
    <Title order={1} size="h2" id="board-title">
      Board
    </Title>
  );

  if (status === 'error') {
    return (
      <LoadError
        title="The board could not be loaded"
        message={error}
        onRetry={() => void loadBoard()}
      />
    );
  }
  if (status !== 'ready') return <Loading label="Loading the board" />;
  if (total === 0) {
    return (
      <div>
        <Group justify="space-between" mb="md">
          {heading}
        </Group>
        <EmptyBoard />
      </div>
    );
  }

  return (
    <div className={classes.screen}>
      <Group justify="space-between" wrap="nowrap">
        {heading}
        <Group gap="sm" wrap="nowrap">
          <ShortcutsPopover />
          <Button leftSection={<PlusIcon size={16} />} onClick={openCreatePartner}>
            New partner
          </Button>
        </Group>
      </Group>
      <FilterBar />
      {/* Focusable, so that the row of columns can be scrolled sideways with the keyboard. */}
      <div className={classes.columns} role="group" aria-labelledby="board-title" tabIndex={0}>
        {phases.map((phase) => (
          <BoardColumn key={phase} phase={phase} />
        ))}
      </div>
    </div>
  );
}
