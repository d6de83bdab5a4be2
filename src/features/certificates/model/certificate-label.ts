import type { Certificate } from './certificate';

/** The first block of the UUID, enough to tell certificates apart in a list. */
export const shortId = (id: string) => id.split('-')[0] ?? id;

/** What a person calls a certificate: its upload name, else its short id. */
export const certificateLabel = (certificate: Pick<Certificate, 'id' | 'name'>) =>
  certificate.name ?? `Certificate ${shortId(certificate.id)}`;

export const typeLabel = (certificate: Pick<Certificate, 'type'>) =>
  certificate.type === 'custom' ? 'Custom' : 'Gateway-managed';
