import {
  type ContextMenuParams,
  Menu,
  type MenuItemConstructorOptions,
  type WebContents,
} from 'electron';

/** What a right click offers: spelling suggestions, then cut/copy/paste where they apply. */
export function contextMenuTemplate(
  params: ContextMenuParams,
  contents: WebContents,
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = params.dictionarySuggestions.map((word) => ({
    label: word,
    click: () => contents.replaceMisspelling(word),
  }));
  if (params.misspelledWord) {
    items.push({
      label: 'Add to dictionary',
      click: () => contents.session.addWordToSpellCheckerDictionary(params.misspelledWord),
    });
  }
  if (items.length) items.push({ type: 'separator' });
  if (params.isEditable) {
    items.push(
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { type: 'separator' },
      { role: 'selectAll' },
    );
  } else if (params.selectionText.trim()) {
    items.push({ role: 'copy' });
  }
  return items;
}

export function installContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, contents);
    if (template.length) Menu.buildFromTemplate(template).popup();
  });
}
