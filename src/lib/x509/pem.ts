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

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
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
  const lines = bytesToBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** Upper-case hex pairs joined by ':', as the API and `openssl x509 -fingerprint` show digests. */
export function toColonHex(bytes: ArrayBuffer | Uint8Array): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0').toUpperCase()).join(':');
}

export async function sha256Fingerprint(der: Uint8Array<ArrayBuffer>): Promise<string> {
  return toColonHex(await crypto.subtle.digest('SHA-256', der));
}
