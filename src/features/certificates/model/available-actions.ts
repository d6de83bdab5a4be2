import { formatDate } from '../../../lib/format-date';
import type { Certificate } from './certificate';
import { expiryState } from './expiry';

/** An action is shown and enabled, shown disabled with the reason, or hidden. */
export type ActionState = { kind: 'enabled' } | { kind: 'disabled'; reason: string } | { kind: 'hidden' };

export type CertificateActions = {
  activate: ActionState;
  deactivate: ActionState;
  turnOn: ActionState;
  delete: ActionState;
};

/** What the screen knows besides the certificate itself. */
export type ActionContext = {
  now: number;
  /** Certificates of the account that are available or being deployed; null while the list is unknown. */
  deployedCount: number | null;
};

/** Rule 3: available and pending_deployment together. */
export const MAX_DEPLOYED = 10;

const enabled: ActionState = { kind: 'enabled' };
const hidden: ActionState = { kind: 'hidden' };
const disabled = (reason: string): ActionState => ({ kind: 'disabled', reason });

/** How many certificates count against the limit of 10: available or being deployed. */
export const countDeployed = (certificates: Pick<Certificate, 'bindingStatus'>[]) =>
  certificates.filter(
    (certificate) =>
      certificate.bindingStatus === 'available' || certificate.bindingStatus === 'pending_deployment',
  ).length;

function activateInactive(certificate: Pick<Certificate, 'expiresOn'>, context: ActionContext): ActionState {
  if (expiryState(certificate, context.now) === 'expired' && certificate.expiresOn) {
    return disabled(
      `It expired on ${formatDate(certificate.expiresOn)}: an expired certificate is never deployed. Generate a new one.`,
    );
  }
  if (context.deployedCount !== null && context.deployedCount >= MAX_DEPLOYED) {
    return disabled(
      `At most ${MAX_DEPLOYED} certificates can be available at once (Pending ones count), and this account has ${context.deployedCount}. Deactivate one that is not in use first.`,
    );
  }
  return enabled;
}

function turnOnAvailable(certificate: Pick<Certificate, 'expiresOn'>, context: ActionContext): ActionState {
  if (expiryState(certificate, context.now) === 'expired' && certificate.expiresOn) {
    return disabled(
      `It expired on ${formatDate(certificate.expiresOn)}: turned on, every site Gateway inspects would fail on every device.`,
    );
  }
  return enabled;
}

/** Which lifecycle actions apply to a certificate in its current state (downloads always apply). */
export function availableActions(
  certificate: Pick<Certificate, 'bindingStatus' | 'inUse' | 'expiresOn'>,
  context: ActionContext,
): CertificateActions {
  switch (certificate.bindingStatus) {
    case 'inactive':
      return {
        activate: activateInactive(certificate, context),
        deactivate: hidden,
        turnOn: hidden,
        delete: enabled,
      };
    case 'pending_deployment':
      return {
        activate: disabled('Deploying across the edge: this takes a few moments.'),
        deactivate: hidden,
        turnOn: disabled('It can be turned on once it is Available.'),
        delete: hidden,
      };
    case 'pending_deletion':
      return {
        activate: hidden,
        deactivate: disabled('Being removed from the edge: this takes a few moments.'),
        turnOn: hidden,
        delete: disabled('It can be deleted once it is Inactive.'),
      };
    case 'available':
      return certificate.inUse
        ? {
            activate: hidden,
            deactivate: disabled('In use for inspection: turn on another certificate first.'),
            turnOn: hidden,
            delete: disabled('In use for inspection: turn on another certificate, then deactivate this one.'),
          }
        : {
            activate: hidden,
            deactivate: enabled,
            turnOn: turnOnAvailable(certificate, context),
            delete: disabled('Deactivate it first: only an Inactive certificate can be deleted.'),
          };
  }
}
