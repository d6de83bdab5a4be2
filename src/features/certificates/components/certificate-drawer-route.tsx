import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { Sheet } from '../../../components/ui/sheet';
import { useNow } from '../../../lib/use-now';
import { syncIntoList } from '../api/certificate-cache';
import { certificateKeys } from '../api/certificate-keys';
import { certificateQueries } from '../api/certificate-queries';
import { availableActions, countDeployed } from '../model/available-actions';
import type { Certificate } from '../model/certificate';
import { certificateLabel } from '../model/certificate-label';
import { freshestCertificate } from '../model/freshest';
import { certificatesPath } from '../paths';
import { BasicInformation } from './basic-information';
import { CertificateActions } from './certificate-actions';
import { CertificateDetails } from './certificate-details';
import { ExpiredNote } from './expired-note';
import { InstallOnDevices } from './install-on-devices';
import { PendingNote } from './pending-note';
import { RotationNote } from './rotation/rotation-note';
import { TurnOnAction } from './turn-on-action';

/** The drawer of one certificate; its address opens it directly, and Esc or Back closes it. */
export function CertificateDrawerRoute() {
  const { accountId = '', certificateId = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const now = useNow();
  const listKey = certificateKeys.list(accountId);
  // The list already holds this certificate, so the drawer shows at once and refreshes in the background.
  const detail = useQuery({
    ...certificateQueries.detail(accountId, certificateId),
    initialData: () => queryClient.getQueryData<Certificate[]>(listKey)?.find((c) => c.id === certificateId),
    initialDataUpdatedAt: () => queryClient.getQueryState(listKey)?.dataUpdatedAt,
  });
  const list = useQuery(certificateQueries.list(accountId));
  const fresh = detail.data;
  const freshAt = detail.dataUpdatedAt;
  useEffect(() => {
    // Only an answer newer than the list's may replace the list's copy.
    const listAt = queryClient.getQueryState(certificateKeys.list(accountId))?.dataUpdatedAt ?? 0;
    if (fresh && freshAt > listAt) syncIntoList(queryClient, accountId, fresh);
  }, [fresh, freshAt, queryClient, accountId]);
  const current =
    list.data?.find((certificate) => certificate.inUse && certificate.id !== certificateId) ?? null;

  const close = () => {
    // Opened from the list: step back, so Back after Esc does not reopen it. Opened by its address: go to the list.
    if ((location.state as { fromList?: boolean } | null)?.fromList) void navigate(-1);
    else void navigate({ pathname: certificatesPath(accountId), search: location.search }, { replace: true });
  };

  // Deleted elsewhere (another tab, another administrator): the last data received is no longer true.
  const gone = detail.isError && detail.error.status === 404;
  // Reopened after the row moved on (Pending became Available), the drawer never shows the older state.
  const certificate = gone
    ? undefined
    : freshestCertificate(
        { certificate: detail.data, receivedAt: detail.dataUpdatedAt },
        { certificate: list.data?.find((c) => c.id === certificateId), receivedAt: list.dataUpdatedAt },
      );
  const actions = certificate
    ? availableActions(certificate, { now, deployedCount: list.data ? countDeployed(list.data) : null })
    : null;
  return (
    <Sheet
      open
      onOpenChange={(open) => !open && close()}
      title={certificate ? certificateLabel(certificate) : `Certificate ${certificateId}`}
    >
      {certificate && actions ? (
        <>
          <PendingNote certificate={certificate} />
          <ExpiredNote certificate={certificate} now={now} />
          <RotationNote certificate={certificate} />
          <CertificateActions
            accountId={accountId}
            certificate={certificate}
            actions={actions}
            onDeleted={close}
          />
          <BasicInformation certificate={certificate} now={now}>
            <TurnOnAction
              accountId={accountId}
              certificate={certificate}
              current={current}
              state={actions.turnOn}
              now={now}
            />
          </BasicInformation>
          <InstallOnDevices accountId={accountId} certificate={certificate} now={now} />
          <CertificateDetails pem={certificate.pem} apiFingerprint={certificate.fingerprint} />
        </>
      ) : detail.isError ? (
        <div role="alert" className="callout callout--error">
          <p>
            {detail.error.status === 404
              ? 'This certificate does not exist (it may have been deleted).'
              : detail.error.message}
          </p>
          <div className="actions">
            {detail.error.status === 404 ? null : (
              <button type="button" className="button" onClick={() => void detail.refetch()}>
                Retry
              </button>
            )}
            <button type="button" className="button" onClick={close}>
              Back to the list
            </button>
          </div>
        </div>
      ) : (
        <p role="status">Loading certificate…</p>
      )}
    </Sheet>
  );
}
