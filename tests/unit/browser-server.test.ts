import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { httpChannelPath, tokenHeader } from '../../src/shared/api';
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
      httpChannelPath('getInstitution'),
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
    const response = await app.request(httpChannelPath('getInstitution'), apiCall(headers));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses non-JSON posts (no simple cross-site form submissions)', async () => {
    const { app } = setup();
    const response = await app.request(
      httpChannelPath('getInstitution'),
      apiCall({ 'content-type': 'text/plain' }),
    );
    expect(response.status).toBe(415);
  });

  it('refuses GET on the API', async () => {
    const { app } = setup();
    const response = await app.request(httpChannelPath('getInstitution'), {
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
    const { app, rendererDir } = setup();
    // A file right beside the renderer folder, which a traversal would reach.
    fs.writeFileSync(path.join(rendererDir, '..', 'secret.txt'), 'do not serve');
    for (const p of [
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/secret.txt%00.js',
    ]) {
      const response = await app.request(p, { headers: { host: '127.0.0.1:5555' } });
      expect(await response.text(), p).not.toContain('do not serve');
      expect(response.status, p).toBe(404);
    }
  });
});

describe('resolveStaticFile', () => {
  it('maps paths inside the folder, and app routes to index.html', () => {
    const root = path.join(tempDir(), 'renderer');
    fs.mkdirSync(root);
    fs.writeFileSync(path.join(root, 'index.html'), 'i');
    fs.writeFileSync(path.join(root, 'logo.svg'), 's');
    const index = path.join(root, 'index.html');
    expect(resolveStaticFile(root, '/logo.svg')).toBe(path.join(root, 'logo.svg'));
    expect(resolveStaticFile(root, '/')).toBe(index);
    expect(resolveStaticFile(root, '/settings')).toBe(index);
    expect(resolveStaticFile(root, '/missing.js')).toBeNull();
    expect(resolveStaticFile(root, '/%E0%A4%A')).toBeNull();
  });

  it('never leaves the folder, however the path is written', () => {
    const parent = tempDir();
    const root = path.join(parent, 'renderer');
    fs.mkdirSync(root);
    fs.writeFileSync(path.join(parent, 'secret.txt'), 'x');
    fs.writeFileSync(path.join(parent, 'secret'), 'x'); // extension-less: must not be served either
    for (const p of [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/a/../../secret.txt',
      '/..\\secret.txt',
      '/..%5csecret.txt',
      '/secret.txt%00',
    ]) {
      expect(resolveStaticFile(root, p), p).toBeNull();
    }
    // Extension-less paths fall back to index.html, which does not exist here.
    expect(resolveStaticFile(root, '/../secret')).toBeNull();
  });
});
