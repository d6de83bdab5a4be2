/**
 * The `default` scenario's four certificates by the role each plays, found in the API's list the
 * same way by every suite: the one in use, the available one, the inactive one, the expired one.
 */
export type ListedCertificate = { id: string; binding_status: string; in_use: boolean; expires_on: string };

export type DefaultScenarioRoles<C extends ListedCertificate> = {
  inUse: C;
  available: C;
  inactive: C;
  expired: C;
};

export function defaultScenarioRoles<C extends ListedCertificate>(
  certificates: C[],
  now: number,
): DefaultScenarioRoles<C> {
  const inactive = certificates.filter((certificate) => certificate.binding_status === 'inactive');
  const find = (what: string, found: C | undefined) => {
    if (!found) throw new Error(`The default scenario has no ${what} any more: was the account changed?`);
    return found;
  };
  return {
    inUse: find(
      'certificate in use',
      certificates.find((certificate) => certificate.in_use),
    ),
    available: find(
      'available certificate',
      certificates.find((certificate) => certificate.binding_status === 'available' && !certificate.in_use),
    ),
    inactive: find(
      'inactive certificate',
      inactive.find((certificate) => Date.parse(certificate.expires_on) > now),
    ),
    expired: find(
      'expired certificate',
      inactive.find((certificate) => Date.parse(certificate.expires_on) <= now),
    ),
  };
}
