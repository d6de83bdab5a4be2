/** The domain's certificate, as the screen knows it: the API's object, read and named for the UI. */

export type BindingStatus = 'inactive' | 'pending_deployment' | 'available' | 'pending_deletion';
export type CertificateType = 'gateway_managed' | 'custom';

export type Certificate = {
  id: string;
  /** Custom certificates carry the name given at upload; generated ones have none. */
  name: string | null;
  bindingStatus: BindingStatus;
  inUse: boolean;
  type: CertificateType;
  pem: string;
  fingerprint: string;
  issuerOrg: string;
  issuerRaw: string;
  /** RFC 3339, or null where the API says the field does not apply (0001-01-01). */
  createdAt: string | null;
  updatedAt: string | null;
  uploadedOn: string | null;
  expiresOn: string | null;
};

/** The configuration's certificate id when Cloudflare's own root is in use. */
export const NIL_UUID = '00000000-0000-0000-0000-000000000000';
