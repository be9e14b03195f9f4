import { fail, ok, type Result } from '../../../../shared/result';

/**
 * A chosen file's bytes as base64, as the channels that take files want them (both transports
 * carry JSON); a file that cannot be read (moved, no permission) as an error to show.
 */
export async function readBase64(file: File): Promise<Result<string>> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return fail({ code: 'invalid_input', message: `“${file.name}” could not be read.` });
  }
  let binary = '';
  // In slices: String.fromCharCode takes a limited number of arguments.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return ok(btoa(binary));
}
