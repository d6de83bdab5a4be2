import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Modal } from '../../../../components/ui/modal';
import { certificateQueries } from '../../api/certificate-queries';
import type { Certificate } from '../../model/certificate';
import { certificateLabel } from '../../model/certificate-label';
import { displayStatus } from '../../model/display-status';
import { type RotationMemory, rotationProgress, type StepState, sameMemory } from '../../model/rotation';
import { useRotationMemory } from './rotation-memory';
import { RotationStepPanel } from './rotation-step-panel';
import './rotation.css';

type Props = { accountId: string; now: number; onClose: () => void };

const STATE_WORDS: Record<StepState, string> = { done: 'Done', current: 'Current', 'to-do': 'To do' };

const summarize = (certificate: Certificate | null, missing: string) =>
  certificate ? `${certificateLabel(certificate)} (${displayStatus(certificate)})` : missing;

/**
 * Rotate certificate: the five steps from the certificate in use to its successor, each one's state
 * read from the account, so closing, reloading or another tab never loses the place.
 */
export function RotateCertificateDialog({ accountId, now, onClose }: Props) {
  const list = useQuery(certificateQueries.list(accountId));
  const configuration = useQuery(certificateQueries.configuration(accountId));
  const [memory, remember] = useRotationMemory(accountId);
  const currentHeading = useRef<HTMLHeadingElement>(null);

  const rotation =
    list.data && configuration.data
      ? rotationProgress({ certificates: list.data, configuration: configuration.data, memory, now })
      : null;
  const proposed = rotation?.kind === 'rotation' ? rotation.memory : null;
  const complete = rotation?.kind === 'rotation' && rotation.action.kind === 'complete';
  const actionKind = rotation?.kind === 'rotation' ? rotation.action.kind : null;

  useEffect(() => {
    // Keep what the account says (the successor found, a memory that no longer applies dropped).
    if (proposed && !sameMemory(memory, proposed)) remember(proposed);
  }, [proposed, memory, remember]);

  useEffect(() => {
    // A step's button disappears when the step is done, and a confirmation that closes finds its opener
    // gone: either way focus falls to the dialog itself. Bring it to the step that is now current.
    const heading = currentHeading.current;
    const container = heading?.closest<HTMLElement>('[role="dialog"]');
    if (!actionKind || !heading || !container) return;
    const onFocus = (event: FocusEvent) => {
      if (event.target === container) heading.focus();
    };
    container.addEventListener('focusin', onFocus);
    const active = document.activeElement;
    if (!active || active === document.body || active === container) heading.focus();
    return () => container.removeEventListener('focusin', onFocus);
  }, [actionKind]);

  const close = () => {
    // A finished rotation is forgotten, so the next one starts from the certificate then in use.
    if (complete) remember(null);
    onClose();
  };
  const update = (change: Partial<RotationMemory>) => proposed && remember({ ...proposed, ...change });

  return (
    <Modal
      open
      onOpenChange={(open) => !open && close()}
      title="Rotate certificate"
      description="Replace the certificate in use with a new one without breaking HTTPS. Each step follows the account's real state: close this at any time and it continues where it stands."
    >
      <div className="rotation">
        {rotation?.kind === 'rotation' ? (
          <>
            <dl className="details rotation__summary">
              <dt>Replacing</dt>
              <dd>{summarize(rotation.from, 'The old certificate (deleted)')}</dd>
              <dt>Successor</dt>
              <dd>{summarize(rotation.successor, 'Not generated yet')}</dd>
            </dl>
            <ol className="rotation-steps">
              {rotation.steps.map((step, index) => (
                <li
                  key={step.name}
                  className={`rotation-step rotation-step--${step.state}`}
                  aria-current={step.state === 'current' ? 'step' : undefined}
                >
                  <div className="rotation-step__header">
                    <span className="rotation-step__number" aria-hidden="true">
                      {step.state === 'done' ? '✓' : index + 1}
                    </span>
                    <h3 ref={step.state === 'current' ? currentHeading : undefined} tabIndex={-1}>
                      {step.name}
                    </h3>
                    <span className={`tag rotation-step__state rotation-step__state--${step.state}`}>
                      {STATE_WORDS[step.state]}
                    </span>
                  </div>
                  {step.state === 'current' ? (
                    <RotationStepPanel
                      accountId={accountId}
                      action={rotation.action}
                      from={rotation.from}
                      successor={rotation.successor}
                      now={now}
                      onSuccessor={(successorId) => update({ successorId, devicesReady: false })}
                      onDevicesReady={() => update({ devicesReady: true })}
                    />
                  ) : null}
                </li>
              ))}
            </ol>
            {complete ? (
              <p role="status" className="callout callout--info">
                Rotation complete: Gateway inspects HTTPS traffic with{' '}
                {summarize(rotation.successor, 'the new certificate')}, and the old certificate is retired.
                Delete it from its drawer once no device needs it.
              </p>
            ) : null}
          </>
        ) : rotation?.kind === 'nothing-in-use' ? (
          <p className="callout callout--info">
            Gateway uses Cloudflare's own root certificate: there is no certificate of yours to rotate.
            Generate one, activate it, install it on devices, then turn it on from its drawer.
          </p>
        ) : list.isError || configuration.isError ? (
          <div role="alert" className="callout callout--error">
            <p>The account could not be read: {(list.error ?? configuration.error)?.message}</p>
            <button
              type="button"
              className="button"
              onClick={() => {
                if (list.isError) void list.refetch();
                if (configuration.isError) void configuration.refetch();
              }}
            >
              Retry
            </button>
          </div>
        ) : (
          <p role="status">Reading the account's certificates…</p>
        )}
        <div className="modal__actions">
          <button type="button" className="button" onClick={close}>
            Close
          </button>
        </div>
      </div>
    </Modal>
  );
}
