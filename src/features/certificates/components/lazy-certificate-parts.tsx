import { lazyComponent } from '../../../lib/lazy-component';
import { onIntentOrAfter } from '../../../lib/on-intent-or-after';
import { eachWhenIdle } from '../../../lib/when-idle';

/**
 * What the list's first screen does not show, loaded when first needed: the Generate and Upload
 * dialogs, and the drawer with its details and confirmations. Keeps the first screen's script near
 * the floor's; preloadCertificateParts fetches them at the user's first gesture or soon after the rows, so a first click is prompt.
 */
export const LazyGenerateCertificateDialog = lazyComponent(
  async () => (await import('./generate-certificate-dialog')).GenerateCertificateDialog,
);
export const LazyUploadCertificateDialog = lazyComponent(
  async () => (await import('./upload-certificate-dialog')).UploadCertificateDialog,
);
export const LazyCertificateDrawerRoute = lazyComponent(
  async () => (await import('./certificate-drawer-route')).CertificateDrawerRoute,
);

/** How long after the rows the parts are fetched when the user has not yet reached for anything. */
export const PRELOAD_AFTER_MS = 3000;

/**
 * Fetches the parts in idle moments, one at a time: starting a part's import puts a modulepreload link
 * in the page for each of its files, and the three at once were one 15-35 ms task on a slow machine,
 * just after the rows. They start at the first sign that the user is about to act (a pointer moving, a
 * key, a focus) or PRELOAD_AFTER_MS after the rows, whichever is first: right after the rows, their
 * tasks (30-60 ms each with the parts' evaluation, on a slow phone) competed with the first moments on
 * the page. A click before they are in loads its part at once (the click itself is such a sign).
 * Returns a cancel for those not yet started.
 */
export function preloadCertificateParts(): () => void {
  let cancelIdle = () => {};
  const cancelWait = onIntentOrAfter(() => {
    cancelIdle = eachWhenIdle(
      [LazyGenerateCertificateDialog, LazyUploadCertificateDialog, LazyCertificateDrawerRoute].map(
        (part) => () => {
          // A failed preload is not an error yet: the part loads again when it is needed, and says so then.
          part.preload().catch(() => undefined);
        },
      ),
    );
  }, PRELOAD_AFTER_MS);
  return () => {
    cancelWait();
    cancelIdle();
  };
}
