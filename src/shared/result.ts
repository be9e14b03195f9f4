import type { z } from 'zod';

/** The closed list of error codes that may cross the API boundary. */
export const errorCodes = [
  /** The input did not match the channel's schema; `fields` says where. */
  'invalid_input',
  /** The thing asked for does not exist (any more). */
  'not_found',
  /** The request clashes with the current state (e.g. an archived partner). */
  'conflict',
  /** The caller may not make this request (browser mode: token, host or origin). */
  'forbidden',
  /** The channel does not exist. */
  'unknown_channel',
  /** The database cannot be used by this version of the app. */
  'unsupported_database',
  /** Anything else; the message is safe to show, details stay in the log. */
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ApiError {
  code: ErrorCode;
  /** A sentence for a person, never a stack trace. */
  message: string;
  /** For `invalid_input`: field path → message, shown beside the field. */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: ApiError): { ok: false; error: ApiError } => ({ ok: false, error });

/** The first message per field path ("contacts.0.email"), for showing beside each field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

export function invalidInput(error: z.ZodError): ApiError {
  const fields = fieldErrors(error);
  const count = Object.keys(fields).length;
  return {
    code: 'invalid_input',
    message:
      count === 1
        ? (Object.values(fields)[0] ?? 'Please check the highlighted field.')
        : `Please check the ${count} highlighted fields.`,
    fields,
  };
}
