import type { Certificate } from './certificate';

/** A copy of a certificate and when the screen received it. */
export type Sighting = { certificate: Certificate | undefined; receivedAt: number };

const updatedAt = (certificate: Certificate) =>
  certificate.updatedAt ? Date.parse(certificate.updatedAt) : Number.NEGATIVE_INFINITY;

const sameState = (a: Certificate, b: Certificate) =>
  a.bindingStatus === b.bindingStatus && a.inUse === b.inUse;

/**
 * The freshest state the screen holds of one certificate, from its detail and its row (the detail
 * first): the later `updated_at` wins. On a tie, a later answer wins only when it shows another state
 * (turning on changes `in_use`, not `updated_at`); otherwise the first, fuller copy stays.
 */
export function freshestCertificate(...sightings: Sighting[]): Certificate | undefined {
  let best: { certificate: Certificate; receivedAt: number } | undefined;
  for (const { certificate, receivedAt } of sightings) {
    if (!certificate) continue;
    const newer =
      !best ||
      updatedAt(certificate) > updatedAt(best.certificate) ||
      (updatedAt(certificate) === updatedAt(best.certificate) &&
        receivedAt > best.receivedAt &&
        !sameState(certificate, best.certificate));
    if (newer) best = { certificate, receivedAt };
  }
  return best?.certificate;
}
