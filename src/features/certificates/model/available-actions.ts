import type { Certificate } from './certificate';

/** An action is shown and enabled, shown disabled with the reason, or hidden. */
export type ActionState = { kind: 'enabled' } | { kind: 'disabled'; reason: string } | { kind: 'hidden' };

export type CertificateActions = {
  activate: ActionState;
  deactivate: ActionState;
  turnOn: ActionState;
  delete: ActionState;
};

const enabled: ActionState = { kind: 'enabled' };
const hidden: ActionState = { kind: 'hidden' };
const disabled = (reason: string): ActionState => ({ kind: 'disabled', reason });

/** Which lifecycle actions apply to a certificate in its current state (downloads always apply). */
export function availableActions(
  certificate: Pick<Certificate, 'bindingStatus' | 'inUse'>,
): CertificateActions {
  switch (certificate.bindingStatus) {
    case 'inactive':
      return { activate: enabled, deactivate: hidden, turnOn: hidden, delete: enabled };
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
            turnOn: enabled,
            delete: disabled('Deactivate it first: only an Inactive certificate can be deleted.'),
          };
  }
}
