import { lazyComponent } from '../../../lib/lazy-component';

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

export function preloadCertificateParts(): void {
  for (const part of [
    LazyGenerateCertificateDialog,
    LazyUploadCertificateDialog,
    LazyCertificateDrawerRoute,
  ]) {
    // A failed preload is not an error yet: the part loads again when it is needed, and says so then.
    part.preload().catch(() => undefined);
  }
}
