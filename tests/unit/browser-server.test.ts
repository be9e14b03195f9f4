import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenHeader } from '../../src/shared/api';
import { createBrowserApp } from '../../src/main/browser/server';
import { contentSecurityPolicy } from '../../src/main/backend/security';
import { resolveStaticFile } from '../../src/main/backend/staticFiles';
import { tempDir, testBackend } from './helpers/backend';

function setup() {
  const rendererDir = tempDir();
  fs.writeFileSync(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><title>Partnerloom</title>',
  );
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  const app = createBrowserApp({
    backend: testBackend(),
    rendererDir,
    token: 'secret-token',
    port: () => 5555,
  });
  return { app, rendererDir };
}

const apiCall = (headers: Record<string, string>) => ({
  method: 'POST',
  headers: {
    host: '127.0.0.1:5555',
    'content-type': 'application/json',
    [tokenHeader]: 'secret-token',
    ...headers,
  },
  body: '{}',
});

describe('browser mode', () => {
  it('answers a proper call', async () => {
    const { app } = setup();
    const response = await app.request(
      '/api/getInstitution',
      apiCall({ origin: 'http://127.0.0.1:5555' }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, value: null });
  });

  it.each([
    ['no token', { [tokenHeader]: '' }],
    ['a wrong token', { [tokenHeader]: 'secret-tokex' }],
    ['a foreign origin', { origin: 'https://evil.example' }],
    ['a null origin', { origin: 'null' }],
    ['another port', { origin: 'http://127.0.0.1:5556' }],
    ['a foreign host (DNS rebinding)', { host: 'evil.example:5555' }],
    ['the right host on another port', { host: '127.0.0.1:80' }],
  ])('refuses a call with %s', async (_label, headers) => {
    const { app } = setup();
    const response = await app.request('/api/getInstitution', apiCall(headers));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses non-JSON posts (no simple cross-site form submissions)', async () => {
    const { app } = setup();
    const response = await app.request(
      '/api/getInstitution',
      apiCall({ 'content-type': 'text/plain' }),
    );
    expect(response.status).toBe(415);
  });

  it('refuses GET on the API', async () => {
    const { app } = setup();
    const response = await app.request('/api/getInstitution', {
      headers: { host: '127.0.0.1:5555' },
    });
    expect(response.status).toBe(405);
  });

  it('serves the app with the CSP and security headers', async () => {
    const { app } = setup();
    const response = await app.request('/', { headers: { host: 'localhost:5555' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(await response.text()).toContain('<title>Partnerloom</title>');
    const script = await app.request('/assets/app.js', { headers: { host: '127.0.0.1:5555' } });
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('refuses static files for a foreign host too', async () => {
    const { app } = setup();
    expect((await app.request('/', { headers: { host: 'evil.example' } })).status).toBe(403);
  });

  it('never serves files outside the renderer folder', async () => {
    const { app } = setup();
    for (const p of [
      '/../package.json',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2fsecret',
      '/a%00.js',
      '/..%5c..%5cwin.ini',
    ]) {
      const response = await app.request(p, { headers: { host: '127.0.0.1:5555' } });
      const body = await response.text();
      expect(body, p).not.toMatch(/root:|"name": "partnerloom"/);
    }
  });
});

describe('resolveStaticFile', () => {
  it('maps paths inside the folder, and app routes to index.html', () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'index.html'), 'i');
    fs.writeFileSync(path.join(root, 'logo.svg'), 's');
    expect(resolveStaticFile(root, '/logo.svg')).toBe(path.join(root, 'logo.svg'));
    expect(resolveStaticFile(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticFile(root, '/settings')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticFile(root, '/missing.js')).toBeNull();
    expect(resolveStaticFile(root, '/%E0%A4%A')).toBeNull();
    expect(resolveStaticFile(root, '/../../etc/passwd')).not.toBe('/etc/passwd');
    expect(resolveStaticFile(root, '/..%2f..%2fetc/passwd')).not.toBe('/etc/passwd');
  });
});
