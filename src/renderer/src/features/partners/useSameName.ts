import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useStore } from '../../store';

export interface SameNamePartner {
  id: number;
  name: string;
  archived: boolean;
}

/**
 * Partners already called `name` (case and accents ignored by the backend), looked up once the
 * typing pauses. Duplicates are allowed, so this only feeds a warning; a failed lookup is
 * simply no warning.
 */
export function useSameName(name: string, excludeId: number | null): SameNamePartner[] {
  const findSameName = useStore((s) => s.findSameName);
  const [query] = useDebouncedValue(name.trim().slice(0, 500), 350);
  const [answer, setAnswer] = useState<{ query: string; matches: SameNamePartner[] }>({
    query: '',
    matches: [],
  });
  useEffect(() => {
    if (query === '') return;
    let current = true;
    void findSameName(query, excludeId).then((result) => {
      if (current) setAnswer({ query, matches: result.ok ? result.value : [] });
    });
    return () => {
      current = false;
    };
  }, [query, excludeId, findSameName]);
  return answer.query === name.trim() && query !== '' ? answer.matches : [];
}

export function sameNameWarning(matches: SameNamePartner[], editing: boolean): string | null {
  if (matches.length === 0) return null;
  const still = editing ? 'You can still save it.' : 'You can still add this one.';
  const archived = matches.filter((m) => m.archived).length;
  if (matches.length === 1)
    return archived
      ? `A partner with this name exists in the archive. ${still}`
      : `A partner with this name exists on the board. ${still}`;
  const where =
    archived === 0
      ? 'on the board'
      : archived === matches.length
        ? 'in the archive'
        : `(${archived} in the archive)`;
  return `${matches.length} partners with this name exist ${where}. ${still}`;
}
