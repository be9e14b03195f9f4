import {
  Alert,
  Button,
  Fieldset,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useId, useState } from 'react';
import { phaseLabels } from '../../../../shared/domain';
import {
  type TodaySettings,
  defaultTodaySettings,
  limitedPhases,
  maxLimitDays,
  minLimitDays,
  todaySettingsSchema,
} from '../../../../shared/today/settings';
import { useStore } from '../../store';
import { focusFirstInvalid } from '../shell/focusFirstInvalid';
import { showSaveFailure, useSaveKeys } from '../shell/formSave';
import { LoadError, Loading } from '../shell/LoadState';

const phaseHints: Record<(typeof limitedPhases)[number], string> = {
  scouting: 'From noting a prospect to reaching out.',
  first_contact: 'From the first message to a proposal.',
  proposal: 'From proposing to agreeing on the collaboration.',
  collaboration_setup: 'From agreeing to working together regularly.',
};

/** When the Today view calls a partnership stalled, and how often to check in. */
export function SettingsScreen() {
  const loadTodaySettings = useStore((s) => s.loadTodaySettings);
  const saveTodaySettings = useStore((s) => s.saveTodaySettings);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const formId = useId();

  const form = useForm<TodaySettings>({
    mode: 'controlled',
    initialValues: defaultTodaySettings,
    validate: schemaResolver(todaySettingsSchema, { sync: true }),
    validateInputOnBlur: true,
  });

  const { initialize } = form;
  const load = () =>
    loadTodaySettings().then((result) => {
      if (result.ok) initialize(result.value);
      else setLoadError(result.error.message);
    });
  useEffect(() => {
    void load();
    // Only the first load fills the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = form.onSubmit(
    async (values) => {
      setSaveError(null);
      const result = await saveTodaySettings(values);
      if (result.ok) {
        form.setInitialValues(result.value);
        form.setValues(result.value);
        form.resetDirty(result.value);
        notifications.show({
          color: 'teal',
          title: 'Settings saved',
          message: 'The Today view uses the new limits.',
        });
      } else {
        showSaveFailure(form, result.error, setSaveError, formId);
      }
    },
    () => focusFirstInvalid(formId),
  );

  const dirty = form.isDirty();
  useSaveKeys(submit, dirty);

  if (loadError) {
    return (
      <LoadError
        title="The settings could not be loaded"
        message={loadError}
        onRetry={() => {
          setLoadError(null);
          void load();
        }}
      />
    );
  }
  if (!form.initialized) return <Loading label="Loading the settings" />;

  const isDefault = JSON.stringify(form.getValues()) === JSON.stringify(defaultTodaySettings);
  const days = {
    min: minLimitDays,
    max: maxLimitDays,
    allowDecimal: false,
    // Out-of-range numbers are explained beside the field rather than silently changed.
    clampBehavior: 'none' as const,
    allowNegative: false,
    suffix: ' days',
    // Narrow box, full-width label and description.
    styles: { wrapper: { width: 180 } },
  };

  return (
    <form id={formId} onSubmit={submit} noValidate aria-labelledby="settings-title">
      <Stack gap="lg" maw={960}>
        <div>
          <Title order={1} id="settings-title" size="h2">
            Settings
          </Title>
          <Text c="dimmed" mt={4}>
            What the Today view reminds you of. They are kept with your data.
          </Text>
        </div>

        <Fieldset legend="Stalled partnerships">
          <Text size="sm" mb="sm">
            A partner shows as stalled on Today once it has been in its phase longer than this.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {limitedPhases.map((phase) => (
              <NumberInput
                key={phase}
                label={phaseLabels[phase]}
                description={phaseHints[phase]}
                {...days}
                {...form.getInputProps(`phaseLimits.${phase}`)}
              />
            ))}
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Check-ins">
          <NumberInput
            label="Check-in interval"
            description="Partners in Maintenance & growth are due a check-in this many days after the last logged interaction (90: every quarter). Logging any interaction counts."
            {...days}
            {...form.getInputProps('checkInDays')}
          />
        </Fieldset>

        {saveError && (
          <Alert color="red" title="Not saved" role="alert">
            {saveError}
          </Alert>
        )}

        <Group justify="space-between" className="save-bar">
          <Text size="sm" c="dimmed" aria-live="polite">
            {dirty ? 'You have unsaved changes.' : 'All changes saved.'}
          </Text>
          <Group gap="sm">
            <Button
              variant="default"
              disabled={isDefault}
              onClick={() => form.setValues(defaultTodaySettings)}
            >
              Reset to defaults
            </Button>
            <Button variant="default" disabled={!dirty} onClick={() => form.reset()}>
              Discard changes
            </Button>
            <Button type="submit" loading={form.submitting} title="Save settings (Ctrl+S / ⌘S)">
              Save settings
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
