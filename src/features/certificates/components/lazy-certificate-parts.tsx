import { lazyComponent } from '../../../lib/lazy-component';
import { eachWhenIdle } from '../../../lib/when-idle';

/**
 * What the list's first screen does not show, loaded when first needed: the Generate and Upload
 * dialogs, and the drawer with its details and confirmations. Keeps the first screen's script near
 * the floor's; preloadCertificateParts fetches them once the rows are up, so a first click is prompt.
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

/**
 * Fetches the parts in idle moments, one at a time: starting a part's import puts a modulepreload link
 * in the page for each of its files, and the three at once were one 15-35 ms task on a slow machine,
 * just after the rows. Returns a cancel for those not yet started.
 */
export function preloadCertificateParts(): () => void {
  return eachWhenIdle(
    [LazyGenerateCertificateDialog, LazyUploadCertificateDialog, LazyCertificateDrawerRoute].map(
      (part) => () => {
        // A failed preload is not an error yet: the part loads again when it is needed, and says so then.
        part.preload().catch(() => undefined);
      },
    ),
  );
}
