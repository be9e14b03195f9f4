import type { InteractionKind } from '../../../../shared/domain';
import { StrokeIcon } from '../board/icons';

/** Outline icons (24×24 grid, stroke 2) for the logbook; decorative, the label says the kind. */
const paths: Record<InteractionKind, string[]> = {
  email: ['M3 6h18v12H3z', 'm3 7 9 6 9-6'],
  call: [
    'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2',
  ],
  meeting: [
    'M9 7a3 3 0 1 0 0 .01',
    'M3 21v-2a4 4 0 0 1 4-4h4a4 4 0 0 1 4 4v2',
    'M16 3.13a4 4 0 0 1 0 7.75',
    'M21 21v-2a4 4 0 0 0-3-3.85',
  ],
  event: ['M4 5h16v16H4z', 'M16 3v4', 'M8 3v4', 'M4 11h16'],
  note: [
    'M14 3v4a1 1 0 0 0 1 1h4',
    'M17 21H7a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h7l5 5v11a2 2 0 0 1-2 2',
    'M9 13h6',
    'M9 17h6',
  ],
};

export function InteractionKindIcon({ kind, size = 18 }: { kind: InteractionKind; size?: number }) {
  return (
    <StrokeIcon size={size}>
      {paths[kind].map((d) => (
        <path key={d} d={d} />
      ))}
    </StrokeIcon>
  );
}
