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
import { readBase64 } from '../features/data/readBase64';
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

export const createImportExportSlice: StateCreator<StoreState, [], [], ImportExportSlice> = (
  _set,
  get,
) => ({
  exportData: (kind) => api.exportData({ kind }),

  async previewImport(source, mapping) {
    if ('token' in source) return api.previewImport({ source, mapping });
    const read = await readBase64(source.file);
    if (!read.ok) return read;
    return api.previewImport({
      source: { fileName: source.file.name, base64: read.value },
      mapping,
    });
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
