import type { TablePreview } from '../../../../shared/portability/importContract';

const delimiterNames: Record<string, string> = {
  ',': 'commas',
  ';': 'semicolons',
  '\t': 'tabs',
  '|': 'vertical bars',
};

/** "partners.csv: 120 rows, UTF-8, separated by semicolons". */
export function fileSummary(p: TablePreview): string {
  const rows = p.totalRows === 1 ? '1 row' : `${p.totalRows.toLocaleString()} rows`;
  const how =
    p.format === 'xlsx'
      ? `sheet “${p.sheet ?? ''}”`
      : [
          p.encoding,
          p.delimiter ? `separated by ${delimiterNames[p.delimiter] ?? p.delimiter}` : null,
        ]
          .filter(Boolean)
          .join(', ');
  return `“${p.fileName}”: ${rows}, ${how}.`;
}

/** The tables of a JSON export, as the restore step names them. */
export const tableLabels: Record<string, string> = {
  institution: 'Institution profile',
  partners: 'Partners',
  contacts: 'Contacts',
  interactions: 'Logbook entries',
  phase_history: 'Phase changes',
  checklist_state: 'Ticked key actions',
  agreements: 'Agreements',
  documents: 'Generated documents',
};
