import { Alert, Button, Checkbox, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import {
  type AnnualReportFormat,
  type AnnualReportResult,
  annualReportFormatLabels,
  annualReportFormats,
} from '../../../../shared/activity/report';
import { useStore } from '../../store';
import { SavedFilesTable } from '../documents/FileButtons';

/**
 * The year's partnership activity as a report: choose the year and PDF, Word or both; the
 * files are saved (desktop: a save dialog; browser mode: the exports folder) and listed with
 * Open and Show in folder.
 */
export function AnnualReportDialog({
  opened,
  onClose,
  now,
  firstYear,
}: {
  opened: boolean;
  onClose: () => void;
  /** The backend's "now": the current year is the default. */
  now: number;
  /** The earliest year with partners. */
  firstYear: number;
}) {
  const exportReport = useStore((s) => s.exportAnnualReport);
  const thisYear = new Date(now).getFullYear();
  const years = Array.from({ length: thisYear - firstYear + 1 }, (_, i) => String(thisYear - i));
  const [year, setYear] = useState<string>(String(thisYear));
  const [formats, setFormats] = useState<AnnualReportFormat[]>(['pdf']);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<AnnualReportResult | null>(null);

  function close() {
    setResult(null);
    setError(null);
    onClose();
  }

  async function save() {
    if (formats.length === 0) {
      setError('Choose PDF, Word or both.');
      return;
    }
    setBusy(true);
    setError(null);
    const answer = await exportReport(Number(year), formats);
    setBusy(false);
    if (!answer.ok) setError(answer.error.message);
    else if (answer.value.saved.length > 0) setResult(answer.value);
    // Every save dialog cancelled: the form stays as it was.
  }

  return (
    <Modal opened={opened} onClose={close} title="Annual activity report" size="lg">
      {result ? (
        <Stack gap="md">
          <Alert color="teal" title="Saved" role="status">
            <Text size="sm">
              The activity report {year} was saved
              {result.saved.length > 1 ? ` in ${result.saved.length} formats` : ''}.
            </Text>
            {result.cancelled && (
              <Text size="sm" mt="xs">
                Saving the other format was cancelled.
              </Text>
            )}
          </Alert>
          <SavedFilesTable
            files={result.saved.map((file) => ({
              ...file,
              format: annualReportFormatLabels[file.format],
            }))}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setResult(null)}>
              Make another
            </Button>
            <Button onClick={close} data-autofocus>
              Done
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text size="sm">
            A summary of the year for your board, quality reviewers and funders: new partners,
            agreements signed, running partnerships, interactions, the funnel and the overlap of
            partnership types. For the current year the figures run up to today.
          </Text>
          <Select
            label="Year"
            data={years}
            value={year}
            onChange={(v) => v && setYear(v)}
            allowDeselect={false}
            w={160}
            data-autofocus
          />
          <Checkbox.Group
            label="Format"
            value={formats}
            onChange={(v) => setFormats(v)}
            error={error && formats.length === 0 ? error : undefined}
          >
            <Group mt={6}>
              {annualReportFormats.map((f) => (
                <Checkbox key={f} value={f} label={annualReportFormatLabels[f]} />
              ))}
            </Group>
          </Checkbox.Group>
          {error && formats.length > 0 && (
            <Alert color="red" title="The report was not saved" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button loading={busy} onClick={() => void save()}>
              Save report
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
