import type { BindingStatus, Certificate, CertificateType } from '../model/certificate';

// Read by hand rather than with a valibot schema, as the API's other answers are: a list of 2,000 is
// checked on a first visit, before its rows show, and valibot's pipelines (a dataset and a call per
// step and field) took 27-42 ms cold in Node and ~70 ms in the page for it, against 3-6 ms for this.
// The messages are the ones valibot gave: `"expires_on" is not a date (item 3 of the certificate list)`.

const BINDING_STATUSES = {
  inactive: 'inactive',
  pending_deployment: 'pending_deployment',
  available: 'available',
  // Older API versions say `active` for `available`.
  active: 'available',
  pending_deletion: 'pending_deletion',
} as const satisfies Record<string, BindingStatus>;

const TYPES: readonly CertificateType[] = ['gateway_managed', 'custom'];

/** A field the screen cannot use, and why (thrown, then worded with where it sits). */
class Refused {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {}
}

const refuse = (field: string, reason: string): never => {
  throw new Refused(field, reason);
};

type Fields = Record<string, unknown>;

/** A string that may be absent or null (null then). */
function optionalText(fields: Fields, field: string): string | null {
  const value = fields[field];
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : refuse(field, 'is not a string');
}

/** RFC 3339; the API's `0001-01-01…` (and an absent field) mean "does not apply", read as null. */
function timestamp(fields: Fields, field: string): string | null {
  const value = optionalText(fields, field);
  if (value === null || value.startsWith('0001-01-01')) return null;
  return Number.isNaN(Date.parse(value)) ? refuse(field, 'is not a date') : value;
}

function bindingStatus(fields: Fields): BindingStatus {
  const value = fields.binding_status;
  if (typeof value !== 'string') return refuse('binding_status', 'is not a string');
  return Object.hasOwn(BINDING_STATUSES, value)
    ? BINDING_STATUSES[value as keyof typeof BINDING_STATUSES]
    : refuse('binding_status', `${value} is not a known status`);
}

/** The API's certificate as the screen knows it; fields are checked in the order the API lists them. */
function readCertificate(value: unknown): Certificate {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return refuse('', 'is not an object');
  const fields = value as Fields;
  const id = typeof fields.id === 'string' ? fields.id : refuse('id', 'is not a string');
  const name = optionalText(fields, 'name');
  const status = bindingStatus(fields);
  const inUse =
    fields.in_use === undefined
      ? false
      : typeof fields.in_use === 'boolean'
        ? fields.in_use
        : refuse('in_use', 'is not true or false');
  const type = TYPES.includes(fields.type as CertificateType)
    ? (fields.type as CertificateType)
    : refuse('type', `${String(fields.type)} is not a known type`);
  return {
    id,
    name: name || null,
    bindingStatus: status,
    inUse,
    type,
    pem: optionalText(fields, 'certificate') ?? '',
    fingerprint: optionalText(fields, 'fingerprint') ?? '',
    issuerOrg: optionalText(fields, 'issuer_org') ?? '',
    issuerRaw: optionalText(fields, 'issuer_raw') ?? '',
    createdAt: timestamp(fields, 'created_at'),
    updatedAt: timestamp(fields, 'updated_at'),
    uploadedOn: timestamp(fields, 'uploaded_on'),
    expiresOn: timestamp(fields, 'expires_on'),
  };
}

/** Runs `read`, turning a refused field into the Error the API client reports. */
function worded<T>(read: () => T, what: string, item?: number): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    const where = item === undefined ? what : `item ${item + 1} of ${what}`;
    throw new Error(
      error.field
        ? `"${error.field}" ${error.reason}${item === undefined ? '' : ` (${where})`}`
        : `${where} ${error.reason}`,
    );
  }
}

export const parseCertificate = (value: unknown): Certificate =>
  worded(() => readCertificate(value), 'the certificate');

export function parseCertificateList(value: unknown): Certificate[] {
  if (!Array.isArray(value)) throw new Error('the certificate list is not a list');
  return value.map((item, index) => worded(() => readCertificate(item), 'the certificate list', index));
}

/** The gateway path of an account, for every certificate and configuration call. */
export const gatewayPath = (accountId: string) => `/accounts/${encodeURIComponent(accountId)}/gateway`;
