import type { StateCreator } from 'zustand';
import type { ChannelInput } from '../../../shared/api';
import type {
  ExportKind,
  ExportResult,
  ImportPreview,
  ImportReport,
} from '../../../shared/portability/importContract';
import type { ImportMapping } from '../../../shared/portability/importFields';
import type { Result } from '../../../shared/result';
import { api } from '../api';
import type { StoreState } from '.';

/** Export files, and the import wizard's calls; a finished import refreshes what it changed. */
export interface ImportExportSlice {
  exportData: (kind: ExportKind) => Promise<Result<ExportResult>>;
  /** Reads a chosen file (or re-maps the one read before, by its token). */
  previewImport: (
    source: { file: File } | { token: string },
    mapping: ImportMapping | null,
  ) => Promise<Result<ImportPreview>>;
  commitImport: (input: ChannelInput<'commitImport'>) => Promise<Result<ImportReport>>;
}

/** The bytes of a chosen file as base64, as the import channels take them. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode takes a limited number of arguments.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export const createImportExportSlice: StateCreator<StoreState, [], [], ImportExportSlice> = (
  _set,
  get,
) => ({
  exportData: (kind) => api.exportData({ kind }),

  async previewImport(source, mapping) {
    if ('token' in source) return api.previewImport({ source, mapping });
    let base64: string;
    try {
      base64 = await base64Of(source.file);
    } catch {
      return {
        ok: false,
        error: { code: 'invalid_input', message: `“${source.file.name}” could not be read.` },
      };
    }
    return api.previewImport({ source: { fileName: source.file.name, base64 }, mapping });
  },

  async commitImport(input) {
    const result = await api.commitImport(input);
    if (result.ok) {
      await get().loadBoard();
      if (result.value.restored) await get().loadInstitution();
    }
    return result;
  },
});
