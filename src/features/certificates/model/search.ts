import type { Certificate } from './certificate';
import { certificateLabel } from './certificate-label';

/** Separates the parts of a key, so a query never matches across two of them. */
const SEPARATOR = '\u0000';
/** What devices put between a fingerprint's hex pairs: colons (Firefox, openssl), spaces (macOS), dashes. */
const FINGERPRINT_SEPARATORS = /[\s:-]/g;
const HEX = /^[0-9a-f]+$/;

/** A list's certificates, with their search keys made on the first search (see searchCertificates). */
export type SearchIndex = { certificates: Certificate[]; keys: string[] | null };

/**
 * Everything a search may match, lower-cased once: the name (or the label the screen shows), the id,
 * and the fingerprint with and without its colons.
 */
export function searchKey(certificate: Certificate): string {
  const fingerprint = certificate.fingerprint.toLowerCase();
  return [
    certificateLabel(certificate),
    certificate.name ?? '',
    certificate.id,
    fingerprint,
    fingerprint.replace(FINGERPRINT_SEPARATORS, ''),
  ]
    .join(SEPARATOR)
    .toLowerCase();
}

/**
 * A whole list's index: its keys are made once, by the first search, so that a keystroke only compares
 * strings, and a list nobody searches (the first visit) never pays for them (2,000: 5-20 ms).
 */
export const buildSearchIndex = (certificates: Certificate[]): SearchIndex => ({ certificates, keys: null });

/** The query as it is compared, and its hex-only form when it could be a fingerprint copied with separators. */
export function normaliseQuery(query: string): { text: string; hex: string | null } {
  const text = query.trim().toLowerCase();
  const hex = text.replace(FINGERPRINT_SEPARATORS, '');
  return { text, hex: hex !== text && HEX.test(hex) ? hex : null };
}

/** The certificates whose name, id or fingerprint contains the query, in any case; all of them for an empty query. */
export function searchCertificates(index: SearchIndex, query: string): Certificate[] {
  const { text, hex } = normaliseQuery(query);
  if (text === '') return index.certificates;
  index.keys ??= index.certificates.map(searchKey);
  const { keys } = index;
  return index.certificates.filter((_, i) => {
    const key = keys[i] ?? '';
    return key.includes(text) || (hex !== null && key.includes(hex));
  });
}
