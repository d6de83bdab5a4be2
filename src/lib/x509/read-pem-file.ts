import { derToPem } from './pem';

/** A certificate or key is a few kilobytes; anything this large is the wrong file. */
export const MAX_PEM_FILE_BYTES = 1024 * 1024;

export type PemFileResult = { ok: true; pem: string; converted: boolean } | { ok: false; message: string };

const DER_SEQUENCE = 0x30;

/**
 * Reads a picked file as PEM text: `.pem` (or a `.crt` that holds PEM) as is, DER bytes converted with
 * `label`. The result is only ever put in a text field, never rendered as markup.
 */
export async function readPemFile(file: File, label: 'CERTIFICATE' | 'PRIVATE KEY'): Promise<PemFileResult> {
  if (file.size > MAX_PEM_FILE_BYTES) {
    return {
      ok: false,
      message: `${file.name} is larger than 1 MB: a ${label === 'CERTIFICATE' ? 'certificate' : 'key'} file is a few kilobytes. Choose the ${label === 'CERTIFICATE' ? 'certificate' : 'key'} itself.`,
    };
  }
  if (file.size === 0) return { ok: false, message: `${file.name} is empty.` };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  if (text.includes('-----BEGIN ')) return { ok: true, pem: text, converted: false };
  if (bytes[0] === DER_SEQUENCE) return { ok: true, pem: derToPem(bytes, label), converted: true };
  return {
    ok: false,
    message: `${file.name} is neither PEM text nor DER: export it as .pem (text) or .crt (DER) and choose it again.`,
  };
}
