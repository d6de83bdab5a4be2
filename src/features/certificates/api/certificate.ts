import * as v from 'valibot';
import { optionalString, parseWith } from '../../../lib/schema';
import type { BindingStatus, Certificate } from '../model/certificate';

const BINDING_STATUSES = {
  inactive: 'inactive',
  pending_deployment: 'pending_deployment',
  available: 'available',
  // Older API versions say `active` for `available`.
  active: 'available',
  pending_deletion: 'pending_deletion',
} as const satisfies Record<string, BindingStatus>;

const bindingStatus = v.pipe(
  v.string('is not a string'),
  v.check(
    (value) => Object.hasOwn(BINDING_STATUSES, value),
    (issue) => `${issue.input} is not a known status`,
  ),
  v.transform((value) => BINDING_STATUSES[value as keyof typeof BINDING_STATUSES]),
);

/** RFC 3339; the API's `0001-01-01…` (and an absent field) mean "does not apply", read as null. */
const timestamp = v.pipe(
  optionalString(),
  v.transform((value) => (value == null || value.startsWith('0001-01-01') ? null : value)),
  v.check((value) => value === null || !Number.isNaN(Date.parse(value)), 'is not a date'),
);

const apiCertificate = v.object(
  {
    id: v.string('is not a string'),
    name: optionalString(),
    binding_status: bindingStatus,
    in_use: v.optional(v.boolean('is not true or false'), false),
    type: v.picklist(['gateway_managed', 'custom'], (issue) => `${issue.input} is not a known type`),
    certificate: optionalString(),
    fingerprint: optionalString(),
    issuer_org: optionalString(),
    issuer_raw: optionalString(),
    created_at: timestamp,
    updated_at: timestamp,
    uploaded_on: timestamp,
    expires_on: timestamp,
  },
  'is not an object',
);

const toCertificate = (api: v.InferOutput<typeof apiCertificate>): Certificate => ({
  id: api.id,
  name: api.name || null,
  bindingStatus: api.binding_status,
  inUse: api.in_use,
  type: api.type,
  pem: api.certificate ?? '',
  fingerprint: api.fingerprint ?? '',
  issuerOrg: api.issuer_org ?? '',
  issuerRaw: api.issuer_raw ?? '',
  createdAt: api.created_at ?? null,
  updatedAt: api.updated_at ?? null,
  uploadedOn: api.uploaded_on ?? null,
  expiresOn: api.expires_on ?? null,
});

export const parseCertificate = (value: unknown): Certificate =>
  toCertificate(parseWith(apiCertificate, value, 'the certificate'));

export const parseCertificateList = (value: unknown): Certificate[] =>
  parseWith(v.array(apiCertificate, 'is not a list'), value, 'the certificate list').map(toCertificate);

/** The gateway path of an account, for every certificate and configuration call. */
export const gatewayPath = (accountId: string) => `/accounts/${encodeURIComponent(accountId)}/gateway`;
