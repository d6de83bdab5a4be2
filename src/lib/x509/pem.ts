/** PEM <-> DER without any X.509 library, so the first screen can download files cheaply. */

// A body never runs past another BEGIN or END line, so each character is read about once: a lazy
// `[\s\S]*?` would rescan the rest of the text from every BEGIN, which hangs on hostile paste.
const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----((?:(?!-----(?:BEGIN|END) )[\s\S])*)-----END \1-----/g;

export type PemBlock = { label: string; der: Uint8Array<ArrayBuffer> };

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Bytes per String.fromCharCode call: well under any engine's limit on arguments. */
const CHUNK = 0x2000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    // A typed array is an array-like: apply takes it as it is, with no copy into an Array.
    binary += String.fromCharCode.apply(null, bytes.subarray(start, start + CHUNK) as unknown as number[]);
  }
  return btoa(binary);
}

/** Every PEM block in a text, in order; a block whose body is not base64 is reported as undecodable. */
export function readPemBlocks(text: string): Array<PemBlock | { label: string; der: null }> {
  return Array.from(text.matchAll(BLOCK), ([, label = '', body = '']) => {
    try {
      return { label, der: base64ToBytes(body) };
    } catch {
      return { label, der: null };
    }
  });
}

export function pemToDer(pem: string): Uint8Array<ArrayBuffer> {
  const block = readPemBlocks(pem).find((candidate) => candidate.label === 'CERTIFICATE');
  if (!block?.der) throw new Error('No certificate found in the PEM text.');
  return block.der;
}

export function derToPem(der: Uint8Array, label = 'CERTIFICATE'): string {
  const base64 = bytesToBase64(der);
  let body = '';
  for (let start = 0; start < base64.length; start += 64) body += `${base64.slice(start, start + 64)}\n`;
  return `-----BEGIN ${label}-----\n${body}-----END ${label}-----\n`;
}

const HEX_PAIRS = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0').toUpperCase());

/** Upper-case hex pairs joined by ':', as the API and `openssl x509 -fingerprint` show digests. */
export function toColonHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let hex = '';
  for (let i = 0; i < view.length; i++)
    hex += i === 0 ? HEX_PAIRS[view[i] ?? 0] : `:${HEX_PAIRS[view[i] ?? 0]}`;
  return hex;
}

export async function sha256Fingerprint(der: Uint8Array<ArrayBuffer>): Promise<string> {
  return toColonHex(await crypto.subtle.digest('SHA-256', der));
}
