import { readBoolean, readOptionalString, readRecord, readString } from '../../../lib/parse';
import type { BindingStatus, Certificate } from '../model/certificate';

const BINDING_STATUSES: Record<string, BindingStatus> = {
  inactive: 'inactive',
  pending_deployment: 'pending_deployment',
  available: 'available',
  // Older API versions say `active` for `available`.
  active: 'available',
  pending_deletion: 'pending_deletion',
};

function readTimestamp(record: Record<string, unknown>, field: string): string | null {
  const value = readOptionalString(record, field);
  if (value === null || value.startsWith('0001-01-01')) return null;
  if (Number.isNaN(Date.parse(value))) throw new Error(`"${field}" is not a date`);
  return value;
}

export function parseCertificate(value: unknown): Certificate {
  const record = readRecord(value, 'the certificate');
  const status = BINDING_STATUSES[readString(record, 'binding_status')];
  if (!status) throw new Error(`"binding_status" ${String(record.binding_status)} is not a known status`);
  const type = readString(record, 'type');
  if (type !== 'gateway_managed' && type !== 'custom') throw new Error(`"type" ${type} is not a known type`);
  return {
    id: readString(record, 'id'),
    name: readOptionalString(record, 'name') || null,
    bindingStatus: status,
    inUse: record.in_use === undefined ? false : readBoolean(record, 'in_use'),
    type,
    pem: readOptionalString(record, 'certificate') ?? '',
    fingerprint: readOptionalString(record, 'fingerprint') ?? '',
    issuerOrg: readOptionalString(record, 'issuer_org') ?? '',
    issuerRaw: readOptionalString(record, 'issuer_raw') ?? '',
    createdAt: readTimestamp(record, 'created_at'),
    updatedAt: readTimestamp(record, 'updated_at'),
    uploadedOn: readTimestamp(record, 'uploaded_on'),
    expiresOn: readTimestamp(record, 'expires_on'),
  };
}

/** The gateway path of an account, for every certificate and configuration call. */
export const gatewayPath = (accountId: string) => `/accounts/${encodeURIComponent(accountId)}/gateway`;
