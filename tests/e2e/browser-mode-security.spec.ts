import http from 'node:http';
import { type Channel, httpChannelPath, tokenHeader } from '../../src/shared/api';
import { emptyInstitution } from '../../src/shared/institution';
import { expect, harnessMode, type LaunchedApp, test } from './harness';

interface Reply {
  status: number;
  body: { ok: boolean; error?: { code: string }; value?: unknown };
}

function post(
  app: LaunchedApp,
  channel: Channel,
  input: unknown,
  headers: Record<string, string>,
): Promise<Reply> {
  const { origin } = app.server!;
  const url = new URL(httpChannelPath(channel), origin);
  const payload = JSON.stringify({ input });
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as Reply['body'] }),
        );
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

const institution = { ...emptyInstitution, legalName: 'Intruder Ltd' };

const skipReasonElectron =
  'skipped because the Electron binary is installed: this transport exists only in browser mode';

test('browser mode refuses calls without the session key, from other origins and for other hosts', async ({
  launch,
}) => {
  test.skip(harnessMode() !== 'browser', skipReasonElectron);
  const app = await launch();
  const { token, origin } = app.server!;
  const port = new URL(origin).port;

  const noToken = await post(app, 'saveInstitution', institution, {});
  expect(noToken.status).toBe(403);
  expect(noToken.body.error?.code).toBe('forbidden');

  const wrongToken = await post(app, 'saveInstitution', institution, {
    [tokenHeader]: `${token}x`,
  });
  expect(wrongToken.status).toBe(403);

  const foreignOrigin = await post(app, 'saveInstitution', institution, {
    [tokenHeader]: token,
    origin: 'https://evil.example',
  });
  expect(foreignOrigin.status).toBe(403);
  expect(foreignOrigin.body.error?.code).toBe('forbidden');

  // DNS rebinding: a foreign name that resolves to 127.0.0.1 still carries its own Host.
  const foreignHost = await post(app, 'saveInstitution', institution, {
    [tokenHeader]: token,
    host: `attacker.example:${port}`,
  });
  expect(foreignHost.status).toBe(403);

  // None of the refused calls changed anything; a proper call works.
  const read = await post(app, 'getInstitution', undefined, {
    [tokenHeader]: token,
    origin,
  });
  expect(read.status).toBe(200);
  expect(read.body).toEqual({ ok: true, value: null });

  // The page itself carries the key it took from the address; a fetch without it is refused.
  const fromPage = await app.page.evaluate(async (path) => {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    return response.status;
  }, httpChannelPath('getInstitution'));
  expect(fromPage).toBe(403);
  await app.page.getByRole('button', { name: 'Institution profile', exact: true }).click();
  await expect(app.page.getByRole('heading', { name: 'Institution profile' })).toBeVisible();
  expect(new URL(app.page.url()).hash).toBe('');
  await app.close();
});

test('opening browser mode without the session key explains what to do', async ({ launch }) => {
  test.skip(harnessMode() !== 'browser', skipReasonElectron);
  const app = await launch();
  const stranger = await app.page.context().browser()!.newPage();
  await stranger.goto(app.server!.origin);
  const alert = stranger.getByRole('alert');
  // Today is the first screen.
  await expect(alert).toContainText("Today's list could not be loaded");
  await expect(alert).toContainText('Open the address printed at start-up.');
  await stranger.close();
  await app.close();
});
