import type { Certificate } from './certificate';
import { certificateFileName } from './certificate-files';

/** "gateway-ca-1a2b3c4d.mobileconfig": kept apart from the profile builder, which loads on click. */
export const mobileconfigFileName = (certificate: Pick<Certificate, 'id' | 'name'>) =>
  certificateFileName(certificate, 'crt').replace(/\.crt$/, '.mobileconfig');
