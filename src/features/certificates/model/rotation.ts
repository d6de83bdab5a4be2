import { formatDateTime } from '../../../lib/format-date';
import type { Certificate } from './certificate';
import { expiryState } from './expiry';
import { EMPTY_HISTORY, generationAllowance, rememberGenerations } from './generation-allowance';

/** The spec's five steps, in order; these words are the step headings. */
export const ROTATION_STEPS = [
  'Generate',
  'Activate',
  'Install on devices',
  'Turn on',
  'Retire the old certificate',
] as const;
export type RotationStepName = (typeof ROTATION_STEPS)[number];
export type StepState = 'done' | 'current' | 'to-do';

/** Rule 3: at most 10 certificates available or being deployed at once. */
export const AVAILABLE_LIMIT = 10;

/**
 * What the browser remembers of a rotation, so it continues with the same successor after a reload:
 * the certificate being replaced, the one replacing it, and whether the administrator said devices
 * trust it (the one step the API cannot know). The account's data always wins over it.
 */
export type RotationMemory = { fromId: string; successorId: string | null; devicesReady: boolean };

/** What the current step asks for; `blocked` says why its button cannot be used yet. */
export type RotationAction =
  | { kind: 'generate'; blocked: string | null }
  | { kind: 'activate'; certificate: Certificate; blocked: string | null }
  | { kind: 'deploying'; certificate: Certificate }
  | { kind: 'install'; certificate: Certificate }
  | { kind: 'turn-on'; certificate: Certificate }
  | { kind: 'retire'; certificate: Certificate }
  | { kind: 'removing'; certificate: Certificate }
  | { kind: 'complete' };

export type Rotation =
  | { kind: 'nothing-in-use' }
  | {
      kind: 'rotation';
      /** The certificate being replaced; null once it has been deleted. */
      from: Certificate | null;
      successor: Certificate | null;
      steps: Array<{ name: RotationStepName; state: StepState }>;
      action: RotationAction;
      /** What to remember now (the same as given when nothing changed). */
      memory: RotationMemory;
    };

type Input = {
  certificates: Certificate[];
  /** Gateway's configuration: which certificate it inspects with, null for Cloudflare's own root. */
  configuration: { certificateId: string | null };
  memory: RotationMemory | null;
  now: number;
};

const createdAt = (certificate: Certificate) =>
  certificate.createdAt ? Date.parse(certificate.createdAt) : Number.NEGATIVE_INFINITY;

/**
 * Without a remembered successor (another browser, cleared storage): the newest generated certificate
 * created after the one in use that is not in use, not being removed, and valid for more than 30 days.
 */
function deriveSuccessor(certificates: Certificate[], from: Certificate | null, now: number) {
  const after = from ? createdAt(from) : Number.NEGATIVE_INFINITY;
  return (
    certificates
      .filter(
        (certificate) =>
          certificate.id !== from?.id &&
          !certificate.inUse &&
          certificate.type === 'gateway_managed' &&
          certificate.bindingStatus !== 'pending_deletion' &&
          expiryState(certificate, now) === 'valid' &&
          createdAt(certificate) > after,
      )
      .sort((a, b) => createdAt(b) - createdAt(a) || a.id.localeCompare(b.id))[0] ?? null
  );
}

/** A remembered successor still qualifies unless it was removed, is being removed, or expired before use. */
const stillQualifies = (certificate: Certificate, inUseId: string | null, now: number) =>
  certificate.id === inUseId ||
  (certificate.bindingStatus !== 'pending_deletion' && expiryState(certificate, now) !== 'expired');

function activationBlocked(certificates: Certificate[]) {
  const deployed = certificates.filter(
    (c) => c.bindingStatus === 'available' || c.bindingStatus === 'pending_deployment',
  ).length;
  return deployed >= AVAILABLE_LIMIT
    ? `${deployed} certificates are available or pending, the most allowed is ${AVAILABLE_LIMIT}: deactivate one you no longer need first.`
    : null;
}

function generationBlocked(certificates: Certificate[], now: number) {
  const allowance = generationAllowance(rememberGenerations(EMPTY_HISTORY, certificates, now), now);
  return allowance.kind === 'none-left'
    ? `This account has generated 3 certificates in the last 24 hours, the most allowed. The next one can be generated after ${formatDateTime(allowance.nextAt)}.`
    : null;
}

/**
 * Where a rotation stands, from the account's real data: the list, the configuration (which
 * certificate is in use) and what this browser remembers. Reopened or reloaded, it lands on the same
 * step with the same successor, because every step's state is read from the certificates themselves.
 */
export function rotationProgress({ certificates, configuration, memory, now }: Input): Rotation {
  const byId = new Map(certificates.map((certificate) => [certificate.id, certificate]));
  const inUseId = configuration.certificateId;
  // A memory is about this rotation only while the certificate in use is its old or its new one.
  const remembered =
    memory && inUseId && (memory.fromId === inUseId || memory.successorId === inUseId) ? memory : null;
  const fromId = remembered?.fromId ?? inUseId;
  if (!fromId) return { kind: 'nothing-in-use' };
  const from = byId.get(fromId) ?? null;
  if (!from && !remembered) return { kind: 'nothing-in-use' };

  const candidate = remembered?.successorId ? byId.get(remembered.successorId) : undefined;
  const successor =
    candidate && stillQualifies(candidate, inUseId, now)
      ? candidate
      : deriveSuccessor(certificates, from, now);
  const devicesReady = Boolean(remembered?.devicesReady && remembered.successorId === successor?.id);

  const successorInUse = successor !== null && successor.id === inUseId;
  const deployed = successor?.bindingStatus === 'available';
  const installed = successorInUse || devicesReady;
  const retired = from === null || from.bindingStatus === 'inactive';

  const states: Record<RotationStepName, StepState> = {
    Generate: successor ? 'done' : 'current',
    Activate: !successor ? 'to-do' : deployed ? 'done' : 'current',
    'Install on devices': !deployed ? 'to-do' : installed ? 'done' : 'current',
    'Turn on': successorInUse ? 'done' : deployed && installed ? 'current' : 'to-do',
    'Retire the old certificate': !successorInUse ? 'to-do' : retired ? 'done' : 'current',
  };

  let action: RotationAction;
  if (!successor) action = { kind: 'generate', blocked: generationBlocked(certificates, now) };
  else if (successor.bindingStatus === 'pending_deployment')
    action = { kind: 'deploying', certificate: successor };
  else if (!deployed)
    action = { kind: 'activate', certificate: successor, blocked: activationBlocked(certificates) };
  else if (!installed) action = { kind: 'install', certificate: successor };
  else if (!successorInUse) action = { kind: 'turn-on', certificate: successor };
  else if (retired || !from) action = { kind: 'complete' };
  else if (from.bindingStatus === 'pending_deletion') action = { kind: 'removing', certificate: from };
  else action = { kind: 'retire', certificate: from };

  return {
    kind: 'rotation',
    from,
    successor,
    steps: ROTATION_STEPS.map((name) => ({ name, state: states[name] })),
    action,
    memory: { fromId, successorId: successor?.id ?? null, devicesReady },
  };
}

export const sameMemory = (a: RotationMemory | null, b: RotationMemory | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.fromId === b.fromId &&
    a.successorId === b.successorId &&
    a.devicesReady === b.devicesReady);
