import { type ComponentType, lazy, type ReactNode, Suspense, useState } from 'react';
import { Loading } from './LoadState';

/**
 * What the board does not need for its first paint is loaded when it is first shown: each of
 * these becomes a script of its own, fetched from the app's files (no network) in a few
 * milliseconds, so that the window parses and runs less code before the board appears. The
 * partner's page and form stay in the first script: they open from the board at every click.
 */
const named = <K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) => lazy(async () => ({ default: (await load())[name] }));

export const OverlapScreen = named(() => import('../overlap/OverlapScreen'), 'OverlapScreen');
export const ActivityScreen = lazy(() => import('../activity/ActivityScreen'));
export const ArchiveScreen = named(() => import('../partners/ArchiveScreen'), 'ArchiveScreen');
export const DataScreen = named(() => import('../data/DataScreen'), 'DataScreen');
export const RecoveryScreen = named(() => import('../data/RecoveryScreen'), 'RecoveryScreen');
export const InstitutionProfileScreen = named(
  () => import('../institution/InstitutionProfileScreen'),
  'InstitutionProfileScreen',
);
export const SettingsScreen = named(() => import('../settings/SettingsScreen'), 'SettingsScreen');
export const ExportDocumentModal = named(
  () => import('../documents/ExportDocumentModal'),
  'ExportDocumentModal',
);

/** A lazily loaded screen, with a spinner while its script arrives. */
export function LazyScreen({ label, children }: { label: string; children: ReactNode }) {
  return <Suspense fallback={<Loading label={label} />}>{children}</Suspense>;
}

/**
 * A dialog or drawer loaded the first time it is wanted, then kept (so that it can play its
 * closing animation and keep its state like any other).
 */
export function WhenNeeded({ needed, children }: { needed: boolean; children: ReactNode }) {
  const [wanted, setWanted] = useState(needed);
  if (needed && !wanted) setWanted(true);
  return wanted ? <Suspense fallback={null}>{children}</Suspense> : null;
}
