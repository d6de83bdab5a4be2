import { lazy, Suspense } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { ROTATE_PARAM, withRotation } from './rotation-search';

const RotateCertificateDialog = lazy(() =>
  import('./rotate-certificate-dialog').then((module) => ({ default: module.RotateCertificateDialog })),
);

/** Renders the rotation dialog while the address asks for it; its code loads the first time it opens. */
export function RotationHost({ accountId, now }: { accountId: string; now: number }) {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  if (params.get(ROTATE_PARAM) !== '1') return null;
  const close = () => setParams(withRotation(params, false), { replace: true, state: location.state });
  return (
    <Suspense fallback={null}>
      <RotateCertificateDialog accountId={accountId} now={now} onClose={close} />
    </Suspense>
  );
}
