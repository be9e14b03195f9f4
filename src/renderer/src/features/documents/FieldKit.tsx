import { TextInput, Textarea } from '@mantine/core';
import { createContext, type ReactNode, useContext } from 'react';
import { fieldId, getPath, setPath } from './formPaths';

/** What every field of the export form needs: the values, a setter, the messages, the form id. */
export interface FieldKit<T> {
  values: T;
  onChange: (next: T) => void;
  errors: Record<string, string>;
  formId: string;
}

const KitContext = createContext<FieldKit<unknown> | null>(null);

export function FieldKitProvider<T>({ kit, children }: { kit: FieldKit<T>; children: ReactNode }) {
  // One context serves every template's input type; useFieldKit names the type again.
  return <KitContext.Provider value={kit as FieldKit<unknown>}>{children}</KitContext.Provider>;
}

export function useFieldKit<T>(): FieldKit<T> {
  const kit = useContext(KitContext) as FieldKit<T> | null;
  if (!kit) throw new Error('Export form fields need a FieldKitProvider.');
  return kit;
}

/** Value, change handler, message and id of the text at `path`. */
function useTextField(path: string) {
  const kit = useFieldKit<unknown>();
  const value = getPath(kit.values, path);
  return {
    id: fieldId(kit.formId, path),
    value: typeof value === 'string' ? value : '',
    error: kit.errors[path],
    onChange: (event: { currentTarget: { value: string } }) =>
      kit.onChange(setPath(kit.values, path, event.currentTarget.value)),
  };
}

interface TextFieldProps {
  path: string;
  label: string;
  description?: string;
  type?: 'text' | 'date' | 'time' | 'email';
  placeholder?: string;
}

export function TextField({
  path,
  label,
  description,
  type = 'text',
  placeholder,
}: TextFieldProps) {
  const props = useTextField(path);
  return (
    <TextInput
      label={label}
      description={description}
      type={type}
      placeholder={placeholder}
      dir={type === 'text' ? 'auto' : undefined}
      autoComplete="off"
      {...props}
    />
  );
}

export function LongTextField({ path, label, description }: Omit<TextFieldProps, 'type'>) {
  const props = useTextField(path);
  return (
    <Textarea
      label={label}
      description={description}
      autosize
      minRows={2}
      maxRows={10}
      dir="auto"
      {...props}
    />
  );
}
