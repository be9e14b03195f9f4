import crypto from 'node:crypto';
import fs from 'node:fs';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { httpPathPrefix, tokenHeader } from '../../shared/api';
import { maxRestoreFileBytes } from '../../shared/backup';
import { type Result, fail } from '../../shared/result';
import type { Backend } from '../backend';
import { securityHeaders } from '../backend/security';
import { contentTypeOf, resolveStaticFile } from '../backend/staticFiles';

export interface BrowserServerOptions {
  backend: Pick<Backend, 'call'>;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** The per-launch secret every API call must carry. */
  token: string;
  /** The port actually listened on, known only after listen(): read per request. */
  port: () => number;
}

const forbidden = (c: Context, message: string) =>
  c.json(fail({ code: 'forbidden', message }), 403);

function tokenMatches(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/**
 * Browser mode: the renderer and the API contract over HTTP, for 127.0.0.1 only. Every
 * request must name our own host (no DNS rebinding); API calls must also come from our own
 * origin, as JSON, with the launch token.
 */
export function createBrowserApp(options: BrowserServerOptions): Hono {
  const app = new Hono();

  app.use(async (c, next) => {
    const port = options.port();
    const host = c.req.header('host');
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return forbidden(c, 'This address is not served here.');
    }
    await next();
    for (const [name, value] of Object.entries(securityHeaders)) c.header(name, value);
    c.header('Cache-Control', 'no-store');
  });

  app.post(
    `${httpPathPrefix}:channel`,
    bodyLimit({
      // A database file chosen for a restore travels as base64 (4 bytes for every 3).
      maxSize: Math.ceil(maxRestoreFileBytes / 3) * 4 + 1024 * 1024,
      onError: (c) =>
        c.json(fail({ code: 'invalid_input', message: 'The request is too large.' }), 413),
    }),
    async (c) => {
      const port = options.port();
      const origin = c.req.header('origin');
      if (
        origin !== undefined &&
        origin !== `http://127.0.0.1:${port}` &&
        origin !== `http://localhost:${port}`
      ) {
        return forbidden(c, 'Requests from other sites are refused.');
      }
      if (!tokenMatches(c.req.header(tokenHeader), options.token)) {
        return forbidden(
          c,
          'This request lacks the session key. Open the address printed at start-up.',
        );
      }
      if (!(c.req.header('content-type') ?? '').startsWith('application/json')) {
        return c.json(fail({ code: 'invalid_input', message: 'Requests must be JSON.' }), 415);
      }
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        return c.json(
          fail({ code: 'invalid_input', message: 'The request is not valid JSON.' }),
          400,
        );
      }
      const input =
        typeof body === 'object' && body !== null && 'input' in body ? body.input : undefined;
      const result: Result<unknown> = await options.backend.call(c.req.param('channel'), input);
      const status = !result.ok && result.error.code === 'unknown_channel' ? 404 : 200;
      return c.json(result, status);
    },
  );

  app.all(`${httpPathPrefix}*`, (c) =>
    c.req.method === 'POST'
      ? c.json(
          fail({ code: 'unknown_channel', message: 'The app asked for something unknown.' }),
          404,
        )
      : c.json(fail({ code: 'unknown_channel', message: 'Use POST for API calls.' }), 405),
  );

  app.get('*', (c) => {
    const file = resolveStaticFile(options.rendererDir, c.req.path);
    if (file === null) return c.text('Not found', 404);
    return c.body(fs.readFileSync(file), 200, { 'Content-Type': contentTypeOf(file) });
  });

  return app;
}
