import {
  Button,
  Checkbox,
  Grid,
  Group,
  ScrollArea,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  type DocumentDraft,
  type DocumentFormat,
  type ExportResult,
  type KindedInput,
  documentFormatLabels,
  documentKindLabels,
  formatsOf,
} from '../../../../shared/documentHistory';
import {
  type DocumentModel,
  type MissingField,
  type TemplateKind,
  catalogues,
  missingFields,
  templateKinds,
  templateModel,
} from '../../../../shared/documents';
import { api } from '../../api';
import { useStore } from '../../store';
import { localIsoDate } from '../board/dates';
import { LoadError, Loading } from '../shell/LoadState';
import { serverFieldErrors } from '../shell/serverFieldErrors';
import { AgendaFields } from './AgendaFields';
import { AgreementFields } from './AgreementFields';
import { DocumentPreview } from './DocumentPreview';
import { EmailActions } from './EmailActions';
import { EmailFields } from './EmailFields';
import { ExportResultPanel } from './ExportResultPanel';
import { FieldKitProvider } from './FieldKit';
import { focusField } from './formPaths';
import { MissingDataAlert } from './MissingDataAlert';
import { OnePagerFields } from './OnePagerFields';
import classes from './documents.module.css';

const catalogue = catalogues.en;

type Input = KindedInput['input'];

interface KindState {
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  draft: DocumentDraft | null;
  values: Input | null;
  contactId: number | null;
  formats: DocumentFormat[];
  serverErrors: Record<string, string>;
}

const kindOptions = templateKinds.map((k) => ({ value: k, label: documentKindLabels[k] }));

/** The template's model for the preview; null while the form holds something it cannot draw. */
function previewModel(kind: TemplateKind, values: Input | null): DocumentModel | null {
  if (!values) return null;
  try {
    return templateModel(kind, values as never, catalogue);
  } catch {
    return null;
  }
}

/** Server messages arrive at `input.<path>`; the form's fields are the paths below `input`. */
const inputField = (path: string) =>
  path.startsWith('input.') ? path.slice('input.'.length) : null;

/**
 * Choose a document and its formats, check the pre-filled form beside a live preview, save.
 * Each document kind keeps its own values while the dialog is open, so switching from MoU to
 * the agenda and back loses nothing.
 */
export function ExportFlow({
  partnerId,
  initialKind,
  onEdited,
  onClose,
}: {
  partnerId: number;
  initialKind: TemplateKind;
  onEdited: (edited: boolean) => void;
  onClose: () => void;
}) {
  const formId = useId();
  const [kind, setKind] = useState<TemplateKind>(initialKind);
  const [states, setStates] = useState<Partial<Record<TemplateKind, KindState>>>({});
  const [exporting, setExporting] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);
  const exportDocument = useStore((s) => s.exportDocument);
  const state = states[kind];

  const patch = useCallback(
    (k: TemplateKind, change: Partial<KindState>) =>
      setStates((all) => ({ ...all, [k]: { ...(all[k] as KindState), ...change } })),
    [],
  );

  /** Kinds whose draft was asked for; their state arrives with the answer. */
  const requested = useRef(new Set<TemplateKind>());
  const load = useCallback(
    async (k: TemplateKind) => {
      requested.current.add(k);
      const answer = await api.getDocumentDraft({ partnerId, kind: k, today: localIsoDate() });
      setStates((all) => ({
        ...all,
        [k]: answer.ok
          ? {
              status: 'ready',
              error: null,
              draft: answer.value,
              values: answer.value.input,
              contactId: answer.value.contactId,
              formats: [...formatsOf[k]],
              serverErrors: {},
            }
          : {
              status: 'error',
              error: answer.error.message,
              draft: null,
              values: null,
              contactId: null,
              formats: [...formatsOf[k]],
              serverErrors: {},
            },
      }));
    },
    [partnerId],
  );

  useEffect(() => {
    if (!requested.current.has(kind)) void load(kind);
  }, [kind, load]);

  const retry = () => {
    patch(kind, { status: 'loading' });
    void load(kind);
  };

  const values = state?.values ?? null;
  const deferredValues = useDeferredValue(values);
  const model = useMemo(() => previewModel(kind, deferredValues), [kind, deferredValues]);
  const missing: MissingField[] = useMemo(
    () => (values ? missingFields(kind, values as never, catalogue) : []),
    [kind, values],
  );
  const errors = useMemo(() => {
    const all: Record<string, string> = {};
    for (const m of missing) all[m.field] ??= m.message;
    return { ...all, ...(state?.serverErrors ?? {}) };
  }, [missing, state?.serverErrors]);

  const change = (next: Input) => {
    onEdited(true);
    patch(kind, { values: next, serverErrors: {} });
  };

  const focusFirstMissing = () => {
    const first = missing[0];
    if (first) focusField(formId, first.field);
  };

  const save = async (formats: DocumentFormat[]) => {
    if (!state?.values) return;
    if (missing.length > 0) {
      focusFirstMissing();
      return;
    }
    setExporting(true);
    const answer = await exportDocument({
      partnerId,
      kind,
      formats,
      input: state.values,
    } as Parameters<typeof exportDocument>[0]);
    setExporting(false);
    if (!answer.ok) {
      patch(kind, { serverErrors: serverFieldErrors(answer.error.fields, inputField) });
      notifications.show({
        color: 'red',
        title: 'The document was not saved',
        message: answer.error.message,
      });
      return;
    }
    if (answer.value.saved.length === 0) {
      notifications.show({ message: 'Saving was cancelled; nothing was written.' });
      return;
    }
    onEdited(false);
    setResult(answer.value);
  };

  if (result) {
    return (
      <ExportResultPanel result={result} onAnother={() => setResult(null)} onClose={onClose} />
    );
  }

  const formats = state?.formats ?? [];
  const kindFormats = formatsOf[kind];

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Stack gap="md">
          <Group align="flex-end" wrap="wrap">
            <Select
              style={{ flex: '1 1 260px' }}
              label="Document"
              data={kindOptions}
              value={kind}
              onChange={(v) => v && setKind(v)}
              allowDeselect={false}
              checkIconPosition="right"
              data-autofocus
            />
            {kind !== 'email' && (
              <Checkbox.Group
                label="Save as"
                value={formats}
                onChange={(v) => patch(kind, { formats: v })}
              >
                <Group gap="md" mt={8}>
                  {kindFormats.map((f) => (
                    <Checkbox
                      key={f}
                      value={f}
                      label={f === 'ics' ? 'Calendar (.ics)' : documentFormatLabels[f]}
                    />
                  ))}
                </Group>
              </Checkbox.Group>
            )}
          </Group>
          {!state || state.status === 'loading' ? (
            <Loading label="Preparing the form" />
          ) : state.status === 'error' || !state.draft || !values ? (
            <LoadError
              title="The form could not be prepared"
              message={state.error}
              onRetry={retry}
            />
          ) : (
            <>
              {/* The missing-data list scrolls with the form, so the buttons below always stay in view. */}
              <ScrollArea.Autosize mah="calc(100vh - 390px)" offsetScrollbars type="auto">
                <MissingDataAlert
                  missing={missing}
                  formId={formId}
                  partner={state.draft.partner}
                  onLeave={onClose}
                />
                <form
                  id={formId}
                  noValidate
                  aria-label={`${documentKindLabels[kind]} details`}
                  onSubmit={(e) => {
                    e.preventDefault();
                    void save(kind === 'email' ? ['eml'] : formats);
                  }}
                  onKeyDown={getHotkeyHandler([
                    ['mod+S', () => void save(kind === 'email' ? ['eml'] : formats)],
                  ])}
                >
                  <FieldKitProvider kit={{ values, onChange: change, errors, formId }}>
                    {(kind === 'mou' || kind === 'loi') && (
                      <AgreementFields
                        contacts={state.draft.contacts}
                        contactId={state.contactId}
                        onContact={(id) => patch(kind, { contactId: id })}
                      />
                    )}
                    {kind === 'one_pager' && <OnePagerFields />}
                    {kind === 'agenda' && <AgendaFields />}
                    {kind === 'email' && (
                      <EmailFields
                        contacts={state.draft.contacts}
                        contactId={state.contactId}
                        onContact={(id) => patch(kind, { contactId: id })}
                      />
                    )}
                  </FieldKitProvider>
                </form>
              </ScrollArea.Autosize>
              {kind === 'email' ? (
                <EmailActions
                  values={values}
                  saving={exporting}
                  blocked={missing.length > 0}
                  onBlocked={focusFirstMissing}
                  onSave={() => void save(['eml'])}
                />
              ) : (
                <Group justify="flex-end" gap="sm">
                  {formats.length === 0 && (
                    <Text size="sm" c="red.8">
                      Choose at least one format.
                    </Text>
                  )}
                  <Button variant="default" onClick={onClose}>
                    Cancel
                  </Button>
                  <Button
                    type="submit"
                    form={formId}
                    loading={exporting}
                    disabled={formats.length === 0}
                  >
                    {saveLabel(formats)}
                  </Button>
                </Group>
              )}
            </>
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <section aria-label="Preview" className={classes.previewFrame}>
          <Title order={3} size="h6" c="dimmed" mb="xs">
            Preview
          </Title>
          {model ? (
            <DocumentPreview model={model} />
          ) : (
            <Text size="sm" c="dimmed">
              {values ? 'The preview appears once the dates are complete.' : 'Loading…'}
            </Text>
          )}
        </section>
      </Grid.Col>
    </Grid>
  );
}

function saveLabel(formats: DocumentFormat[]): string {
  if (formats.length === 0) return 'Save';
  const names = formats.map((f) => (f === 'ics' ? 'calendar file' : documentFormatLabels[f]));
  const last = names.pop();
  return `Save as ${names.length > 0 ? `${names.join(', ')} and ${last}` : last}`;
}
