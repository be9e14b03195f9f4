import {
  app,
  type BaseWindow,
  BrowserWindow,
  Menu,
  type MenuItemConstructorOptions,
} from 'electron';

/**
 * A Go menu entry. The page handles the same keys itself (so that browser mode has them
 * too): the accelerator is shown but left to the page, and choosing the entry with the mouse
 * presses the keys in the page.
 */
function goTo(label: string, key: string, isMac: boolean): MenuItemConstructorOptions {
  return {
    label,
    accelerator: `CmdOrCtrl+${key}`,
    registerAccelerator: false,
    click: (_item, window?: BaseWindow) => {
      if (!(window instanceof BrowserWindow)) return;
      const modifiers: ('meta' | 'control')[] = [isMac ? 'meta' : 'control'];
      window.webContents.sendInputEvent({ type: 'keyDown', keyCode: key, modifiers });
      window.webContents.sendInputEvent({ type: 'keyUp', keyCode: key, modifiers });
    },
  };
}

/** The usual menus and shortcuts; Edit's roles make copy/paste work in every field. */
export function installMenu(isDev: boolean): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: '&File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        ...(isDev
          ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const)
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Go',
      submenu: [goTo('Board', '1', isMac), goTo('Today', '2', isMac), goTo('Settings', ',', isMac)],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        // macOS has About in the app menu already.
        ...(isMac ? [] : [{ label: `About ${app.getName()}`, click: () => app.showAboutPanel() }]),
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
