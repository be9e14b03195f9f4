import { Alert, Button, Checkbox, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type {
  ImportDecision,
  ImportReport,
  TablePreview,
} from '../../../../shared/portability/importContract';
import { useStore } from '../../store';
import { DuplicatesTable } from './DuplicatesTable';
import { RowsTable } from './RowsTable';
import { plural } from '../partners/format';

/** Step 3: every row as it will be imported, likely duplicates with a choice each, problems. */
export function ReviewStep({
  preview,
  onBack,
  onDone,
}: {
  preview: TablePreview;
  onBack: () => void;
  onDone: (report: ImportReport) => void;
}) {
  const commitImport = useStore((s) => s.commitImport);
  const [decisions, setDecisions] = useState<Record<number, ImportDecision>>({});
  const [others, setOthers] = useState<ImportDecision>('skip');
  const [skipProblems, setSkipProblems] = useState(false);
  const [importing, setImporting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const { counts } = preview;
  const duplicates = preview.rows.filter((r) => r.duplicate && r.problems.length === 0);
  const problems = preview.rows.filter((r) => r.problems.length > 0);
  const ready = preview.rows.filter((r) => r.problems.length === 0 && !r.duplicate);
  const unknownValues = preview.rows.filter((r) => r.problems.length === 0 && r.notices.length > 0);
  const decisionOf = (line: number) => decisions[line] ?? others;
  // Unlisted duplicates follow "others"; listed ones their own choice.
  const unlistedDuplicates = counts.duplicates - duplicates.length;
  const chosen = (d: ImportDecision) =>
    duplicates.filter((r) => decisionOf(r.line) === d).length +
    (others === d ? Math.max(0, unlistedDuplicates) : 0);
  const blocked = counts.problems > 0 && !skipProblems;
  const hasOwnChoices = Object.keys(decisions).length > 0;

  const run = async () => {
    setImporting(true);
    setError(null);
    const result = await commitImport({
      source: { token: preview.token },
      mapping: preview.mapping,
      decisions,
      otherDuplicates: others,
      skipProblemRows: skipProblems,
    });
    setImporting(false);
    if (result.ok) onDone(result.value);
    else setError(result.error.message);
  };

  return (
    <Stack gap="lg">
      <Text size="sm">
        {plural(preview.totalRows, 'row', 'rows')}: {counts.ready.toLocaleString()} ready,{' '}
        {plural(counts.duplicates, 'likely duplicate', 'likely duplicates')},{' '}
        {plural(counts.problems, 'with a problem', 'with problems')}.
      </Text>

      {counts.problems > 0 && (
        <Alert
          color="red"
          title={`${plural(counts.problems, 'row has', 'rows have')} problems`}
          role="region"
          aria-label="Rows with problems"
        >
          <List size="sm" spacing={2}>
            {problems.map((r) => (
              <List.Item key={r.line}>{r.problems.join(' ')}</List.Item>
            ))}
          </List>
          <Checkbox
            mt="sm"
            checked={skipProblems}
            onChange={(e) => setSkipProblems(e.currentTarget.checked)}
            label={`Skip ${counts.problems === 1 ? 'this row' : `these ${counts.problems} rows`} and import the rest`}
          />
        </Alert>
      )}

      {unknownValues.length > 0 && (
        <Alert
          color="yellow"
          title="Values Partnerloom does not know"
          role="region"
          aria-label="Values Partnerloom does not know"
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
        >
          <Text size="sm">These rows are imported with the values written into their notes:</Text>
          <List size="sm" spacing={2} mt={4}>
            {unknownValues.map((r) => (
              <List.Item key={r.line}>
                Line {r.line}, “{r.name}”: {r.notices.join(' ')}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}

      {counts.duplicates > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h4">
            Likely duplicates
          </Title>
          <Group gap="xs">
            <Text size="sm">For all of them:</Text>
            {(['skip', 'merge', 'import'] as const).map((d) => (
              <Button
                key={d}
                size="compact-sm"
                variant={others === d && !hasOwnChoices ? 'light' : 'default'}
                aria-pressed={others === d && !hasOwnChoices}
                onClick={() => {
                  setDecisions({});
                  setOthers(d);
                }}
              >
                {d === 'skip' ? 'Skip' : d === 'merge' ? 'Merge' : 'Import anyway'}
              </Button>
            ))}
          </Group>
          <DuplicatesTable
            rows={duplicates}
            decisionOf={decisionOf}
            onDecide={(line, d) => setDecisions((all) => ({ ...all, [line]: d }))}
          />
        </Stack>
      )}

      <Stack gap="xs">
        <Title order={3} size="h4">
          Rows as they will be imported
        </Title>
        <RowsTable rows={ready.length > 0 ? ready : duplicates} />
      </Stack>

      {preview.unlisted > 0 && (
        <Text size="sm" c="dimmed">
          {plural(preview.unlisted, 'more flagged row is', 'more flagged rows are')} not listed
          here; likely duplicates among them follow “For all of them”.
        </Text>
      )}

      {error && (
        <Alert color="red" title="Nothing was imported" role="alert">
          {error}
        </Alert>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack} disabled={importing}>
          Back
        </Button>
        <Group gap="sm">
          <Text size="sm" c="dimmed" aria-live="polite">
            {blocked
              ? 'Skip the rows with problems, or correct the file and choose it again.'
              : `${plural(counts.ready + chosen('import'), 'new partner', 'new partners')}, ${chosen('merge').toLocaleString()} merged, ${(chosen('skip') + (skipProblems ? counts.problems : 0)).toLocaleString()} skipped`}
          </Text>
          <Button onClick={() => void run()} loading={importing} disabled={blocked}>
            Import
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
