import { describe, expect, it } from 'vitest';
import { appEntryUrl, isAppUrl, isExternalUrlAllowed } from '../../src/main/electron/appUrl';
import { windowOptions } from '../../src/main/electron/windowOptions';
import { visibleState } from '../../src/main/electron/windowState';

describe('the main window', () => {
  it('has the security options of DESIGN.md §3', () => {
    const options = windowOptions('/app/out/preload/index.js');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('cannot have its security options overridden by remembered bounds', () => {
    const options = windowOptions('/p.js', { x: 10, y: 20, width: 1000, height: 700 });
    expect(options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700 });
    expect(options.webPreferences?.sandbox).toBe(true);
  });
});

describe('the navigation guard', () => {
  it.each([
    [appEntryUrl, true],
    ['app://partnerloom/assets/index.js', true],
    ['app://evil/index.html', false],
    ['file:///etc/passwd', false],
    ['https://partnerloom.example/', false],
    ['http://localhost:5173/', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('allows %s: %s', (url, allowed) => {
    expect(isAppUrl(url)).toBe(allowed);
  });

  it('allows the dev server only when one is running', () => {
    expect(isAppUrl('http://localhost:5173/index.html', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/index.html', 'http://localhost:5173')).toBe(false);
  });

  it.each([
    ['https://www.epale.example.eu/partner', true],
    ['mailto:office@example.eu', true],
    ['http://plain.example.eu', true],
    ['http://', false],
    ['file:///C:/Windows/system32/calc.exe', false],
    ['javascript:alert(1)', false],
    ['smb://server/share', false],
  ])('opens %s outside the app: %s', (url, allowed) => {
    expect(isExternalUrlAllowed(url)).toBe(allowed);
  });
});

describe('the remembered window position', () => {
  const screen = { x: 0, y: 0, width: 1920, height: 1040 };
  it('is kept when the window is on a display', () => {
    const saved = { bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximized: true };
    expect(visibleState(saved, [screen])).toEqual(saved);
  });
  it('keeps nothing but position, size and maximised state', () => {
    const saved = {
      bounds: { x: 100, y: 80, width: 1200, height: 800, frame: false, opacity: 0 },
      maximized: true,
      webPreferences: { sandbox: false },
    };
    expect(visibleState(saved, [screen])).toEqual({
      bounds: { x: 100, y: 80, width: 1200, height: 800 },
      maximized: true,
    });
  });
  it('is dropped when its display is gone', () => {
    expect(
      visibleState({ bounds: { x: 2500, y: 80, width: 1200, height: 800 } }, [screen]),
    ).toBeNull();
  });
  it.each([
    null,
    'x',
    {},
    { bounds: { x: 0, y: 0, width: 'big', height: 800 } },
    { bounds: { x: 0, y: 0, width: 50, height: 50 } },
  ])('is dropped when malformed: %j', (saved) => {
    expect(visibleState(saved, [screen])).toBeNull();
  });
});
