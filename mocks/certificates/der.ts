/**
 * Just enough DER to write the mock's root certificates, so that minting needs no X.509 library on
 * the first visit (the library is ~50 kB gzip and its ASN.1 schemas cost ~20 ms per certificate).
 * Reading certificates (uploads, the drawer's details) still uses the library, loaded when needed.
 */

export const concat = (parts: Uint8Array[]): Uint8Array<ArrayBuffer> => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

function lengthBytes(n: number): number[] {
  if (n < 0x80) return [n];
  const bytes: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return [0x80 | bytes.length, ...bytes];
}

/** One allocation per element: 2,000 certificates are written in a few tens of milliseconds. */
export const tlv = (tag: number, ...content: Uint8Array[]): Uint8Array<ArrayBuffer> => {
  let size = 0;
  for (const part of content) size += part.length;
  const header = lengthBytes(size);
  const out = new Uint8Array(1 + header.length + size);
  out[0] = tag;
  out.set(header, 1);
  let offset = 1 + header.length;
  for (const part of content) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

export const sequence = (...items: Uint8Array[]) => tlv(0x30, ...items);
export const set = (...items: Uint8Array[]) => tlv(0x31, ...items);
export const octetString = (bytes: Uint8Array) => tlv(0x04, bytes);
export const bitString = (bytes: Uint8Array) => tlv(0x03, Uint8Array.of(0), bytes);
export const explicit = (n: number, item: Uint8Array) => tlv(0xa0 | n, item);
export const TRUE = Uint8Array.of(0x01, 0x01, 0xff);

/** A non-negative INTEGER from big-endian bytes: leading zeros dropped, one added when the top bit is set. */
export function unsignedInteger(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start += 1;
  const trimmed = bytes.subarray(start);
  return tlv(0x02, (trimmed[0] ?? 0) & 0x80 ? concat([Uint8Array.of(0), trimmed]) : trimmed);
}

export function objectIdentifier(dotted: string): Uint8Array<ArrayBuffer> {
  const [first = 0, second = 0, ...rest] = dotted.split('.').map(Number);
  const bytes = [40 * first + second];
  for (const arc of rest) {
    const groups: number[] = [];
    for (let value = arc; ; value = Math.floor(value / 128)) {
      groups.unshift((value % 128) | (groups.length > 0 ? 0x80 : 0));
      if (value < 128) break;
    }
    bytes.push(...groups);
  }
  return tlv(0x06, Uint8Array.from(bytes));
}

/** The texts written here (names, times) are ASCII, or UTF-8 for an unusual organisation name. */
const ascii = (text: string) => new TextEncoder().encode(text);

const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));

/** PrintableString when the text allows it (as X.509 libraries write names), UTF8String otherwise. */
export const directoryString = (text: string) =>
  tlv(/^[A-Za-z0-9 '()+,\-./:=?]*$/.test(text) ? 0x13 : 0x0c, ascii(text));

/** RFC 5280: UTCTime for the years 1950 to 2049, GeneralizedTime otherwise; whole seconds, UTC. */
export function time(date: Date): Uint8Array<ArrayBuffer> {
  const year = date.getUTCFullYear();
  const utc = year >= 1950 && year < 2050;
  const text = `${utc ? twoDigits(year % 100) : String(year).padStart(4, '0')}${twoDigits(date.getUTCMonth() + 1)}${twoDigits(date.getUTCDate())}${twoDigits(date.getUTCHours())}${twoDigits(date.getUTCMinutes())}${twoDigits(date.getUTCSeconds())}Z`;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return tlv(utc ? 0x17 : 0x18, bytes);
}

/** WebCrypto's ECDSA signature (r and s side by side) as X.509's ECDSA-Sig-Value. */
export function ecdsaSignature(raw: Uint8Array): Uint8Array<ArrayBuffer> {
  const half = raw.length / 2;
  return sequence(unsignedInteger(raw.subarray(0, half)), unsignedInteger(raw.subarray(half)));
}
