import fs from 'node:fs/promises';
import { protocol } from 'electron';
import { securityHeaders } from '../backend/security';
import { contentTypeOf, resolveStaticFile } from '../backend/staticFiles';
import { appHost, appScheme } from './appUrl';

/** Must run before the app is ready. */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves the built renderer on app://partnerloom/ with our CSP and security headers. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    const file = url.host === appHost ? resolveStaticFile(rendererDir, url.pathname) : null;
    if (file === null) return new Response('Not found', { status: 404 });
    return new Response(await fs.readFile(file), {
      headers: { ...securityHeaders, 'Content-Type': contentTypeOf(file) },
    });
  });
}
