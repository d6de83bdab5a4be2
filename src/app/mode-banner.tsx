import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { certificateKeys } from '../features/certificates/api/certificate-keys';
import { certificatesPath } from '../features/certificates/paths';
import { resetDemoData } from './demo-controls';
import { DemoSettingsButton } from './demo-settings-button';
import { useRuntime } from './runtime-context';

/** Says which mode this is, so nobody mistakes the demo for their real account. */
export function ModeBanner() {
  const { config, startup } = useRuntime();
  const { accountId = config.defaultAccountId } = useParams();
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    // A failed start is told by every request instead (lib/api-readiness.ts).
    startup?.then((message) => current && setNotice(message)).catch(() => undefined);
    return () => {
      current = false;
    };
  }, [startup]);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const reset = useMutation({
    mutationFn: () => resetDemoData(accountId),
    onSuccess: async () => {
      await navigate(certificatesPath(accountId));
      await queryClient.resetQueries({ queryKey: certificateKeys.account(accountId) });
    },
  });

  if (config.mode === 'live') {
    return (
      <p className="mode mode--live">
        <span className="mode__label">Live</span> account <code>{config.defaultAccountId}</code>
      </p>
    );
  }
  return (
    <div className="mode mode--mock">
      <p>
        <span className="mode__label">Mock demo</span> simulated data, nothing reaches Cloudflare
      </p>
      <DemoSettingsButton accountId={accountId} />
      <button
        type="button"
        className="button button--small"
        disabled={reset.isPending}
        onClick={() => reset.mutate()}
      >
        {reset.isPending ? 'Resetting…' : 'Reset demo data'}
      </button>
      {reset.isError ? (
        <p role="alert" className="mode__error">
          {reset.error.message}
        </p>
      ) : null}
      {notice ? (
        <p role="status" className="mode__notice">
          {notice}{' '}
          <button type="button" className="button button--small" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </p>
      ) : null}
    </div>
  );
}
