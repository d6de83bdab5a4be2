import { type ComponentProps, lazy, Suspense } from 'react';
import { CertificatesSkeleton } from './certificates-skeleton';
import type { CertificatesTimeline as Timeline } from './certificates-timeline';

const CertificatesTimeline = lazy(() =>
  import('./certificates-timeline').then((module) => ({ default: module.CertificatesTimeline })),
);

/** The timeline's code arrives when the view is first chosen: the first screen is the table's. */
export function LazyCertificatesTimeline(props: ComponentProps<typeof Timeline>) {
  return (
    <Suspense fallback={<CertificatesSkeleton />}>
      <CertificatesTimeline {...props} />
    </Suspense>
  );
}
