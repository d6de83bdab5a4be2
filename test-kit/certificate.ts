import type { Certificate } from '../src/features/certificates/model/certificate';

/**
 * A certificate as the screen holds it, for model and component tests: generated, Inactive, not in
 * use, created in 2026 and expiring in 2030, with whatever fields the test sets.
 */
export const aCertificate = (fields: Partial<Certificate> = {}): Certificate => ({
  id: 'c0ffee00-0000-4000-8000-000000000001',
  name: null,
  bindingStatus: 'inactive',
  inUse: false,
  type: 'gateway_managed',
  pem: '',
  fingerprint: '',
  issuerOrg: '',
  issuerRaw: '',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: null,
  uploadedOn: null,
  expiresOn: '2030-01-01T00:00:00Z',
  ...fields,
});
