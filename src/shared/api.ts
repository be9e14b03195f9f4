import { z } from 'zod';
import type { AppInfo } from './appInfo';
import { type Institution, institutionInputSchema } from './institution';
import type { Result } from './result';

/**
 * The API contract: every channel between the renderer and the backend, declared once.
 * The preload, the IPC registration, the HTTP routes of browser mode, the renderer client
 * and the tests all derive from this object; no channel name is written anywhere else.
 */

interface ChannelSpec<I extends z.ZodType, R> {
  input: I;
  /** Type-only marker for the result; never set at run time. */
  result?: R;
}

/** `channel<Result>()(inputSchema)`: the result type is named, the input type inferred. */
const channel =
  <R>() =>
  <I extends z.ZodType>(input: I): ChannelSpec<I, R> => ({ input });

const noInput = z.undefined({ error: 'This request takes no input.' });

export const contract = {
  getAppInfo: channel<AppInfo>()(noInput),
  getInstitution: channel<Institution | null>()(noInput),
  saveInstitution: channel<Institution>()(institutionInputSchema),
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const channels = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** What a caller passes. */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives, after validation and normalisation. */
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelResult<C extends Channel> =
  Contract[C] extends ChannelSpec<z.ZodType, infer R> ? R : never;

type Args<C extends Channel> = undefined extends ChannelInput<C> ? [] : [input: ChannelInput<C>];

/** The client's shape: one async function per channel, resolving to a Result envelope. */
export type Api = {
  [C in Channel]: (...args: Args<C>) => Promise<Result<ChannelResult<C>>>;
};

/** IPC channel name of a contract channel (Electron transport). */
export const ipcChannelName = (c: Channel): string => `partnerloom:${c}`;

/** URL path of a contract channel (browser-mode HTTP transport). */
export const httpPathPrefix = '/api/';
export const httpChannelPath = (c: Channel): string => `${httpPathPrefix}${c}`;

/** Header that carries browser mode's per-launch secret. */
export const tokenHeader = 'x-partnerloom-token';
