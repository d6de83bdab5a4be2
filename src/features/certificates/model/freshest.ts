import type { Certificate } from '../api/certificate';

/** A copy of a certificate and when the screen received it. */
export type Sighting = { certificate: Certificate | undefined; receivedAt: number };

const updatedAt = (certificate: Certificate) =>
  certificate.updatedAt ? Date.parse(certificate.updatedAt) : Number.NEGATIVE_INFINITY;

/**
 * The freshest state the screen holds of one certificate, from its detail and its row: the later
 * `updated_at` wins, and on a tie (turning on changes `in_use`, not `updated_at`) the later answer.
 */
export function freshestCertificate(...sightings: Sighting[]): Certificate | undefined {
  let best: { certificate: Certificate; receivedAt: number } | undefined;
  for (const { certificate, receivedAt } of sightings) {
    if (!certificate) continue;
    if (
      !best ||
      updatedAt(certificate) > updatedAt(best.certificate) ||
      (updatedAt(certificate) === updatedAt(best.certificate) && receivedAt > best.receivedAt)
    ) {
      best = { certificate, receivedAt };
    }
  }
  return best?.certificate;
}
