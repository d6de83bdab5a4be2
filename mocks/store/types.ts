export type BindingStatus = 'inactive' | 'pending_deployment' | 'available' | 'pending_deletion';

export type CertificateType = 'gateway_managed' | 'custom';

/** A certificate as the mock keeps it: the API's fields plus when its binding status last changed. */
export type StoredCertificate = {
  id: string;
  type: CertificateType;
  name?: string;
  binding_status: BindingStatus;
  status_changed_at: string;
  certificate: string;
  fingerprint: string;
  issuer_org: string;
  issuer_raw: string;
  created_at: string;
  updated_at: string;
  uploaded_on: string;
  expires_on: string;
};

export type GatewaySettings = Record<string, unknown> & { certificate?: { id: string } };

export type AccountState = {
  certificates: StoredCertificate[];
  /** The certificate Gateway inspects with; the nil UUID means Cloudflare's own root. */
  inUseId: string;
  /** When each certificate was generated, for the 3-in-24-hours limit. */
  generatedAt: string[];
  settings: GatewaySettings;
  configUpdatedAt: string;
};

/** How an account's mock misbehaves, set by the `slow` and `flaky` scenarios or by tests. */
export type AccountBehaviour = {
  latencyMs: number;
  /** Every first attempt of each mutation (method + path) fails with HTTP 500. */
  flaky: boolean;
  /** How long this account's pending states last; the store's default when absent. */
  pendingMs?: number;
};

export const NIL_UUID = '00000000-0000-0000-0000-000000000000';
export const NOT_APPLICABLE = '0001-01-01T00:00:00Z';
