import { lazy } from 'react';

/**
 * What the list's first screen does not show, loaded when first needed: the Generate and Upload
 * dialogs, and the drawer with its details and confirmations. Keeps the first screen's script near
 * the floor's; preloadCertificateParts fetches them once the rows are up, so a first click is prompt.
 */
const loadGenerate = () => import('./generate-certificate-dialog');
const loadUpload = () => import('./upload-certificate-dialog');
const loadDrawer = () => import('./certificate-drawer-route');

export const LazyGenerateCertificateDialog = lazy(async () => ({
  default: (await loadGenerate()).GenerateCertificateDialog,
}));
export const LazyUploadCertificateDialog = lazy(async () => ({
  default: (await loadUpload()).UploadCertificateDialog,
}));
export const LazyCertificateDrawerRoute = lazy(async () => ({
  default: (await loadDrawer()).CertificateDrawerRoute,
}));

export function preloadCertificateParts(): void {
  void loadGenerate();
  void loadUpload();
  void loadDrawer();
}
