import { bytesToBase64, pemToDer } from '../../../lib/x509/pem';
import type { Certificate } from './certificate';
import { certificateFileName } from './certificate-files';
import { certificateLabel } from './certificate-label';
import { mobileconfigFileName } from './mobileconfig-name';

/**
 * An Apple configuration profile (XML property list) that installs the certificate as a trusted root:
 * one `com.apple.security.root` payload carrying the DER. Double-clicked on a Mac, opened on an iPhone
 * or pushed by an MDM. Loaded only when someone asks for the file.
 */

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** 16 bytes as an RFC 9562 version 8 (custom) UUID, upper case as Apple writes them. */
function uuidFrom(bytes: Uint8Array): string {
  const b = Uint8Array.from(bytes.slice(0, 16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x80;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = hex(b).toUpperCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The profile's and the payload's UUIDs, from the SHA-256 of the DER: the same certificate always gets
 * the same UUIDs, so installing its profile again replaces it rather than adding a second one.
 */
export async function profileUuids(der: Uint8Array<ArrayBuffer>) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', der));
  return { profile: uuidFrom(digest.slice(0, 16)), payload: uuidFrom(digest.slice(16, 32)) };
}

export const MOBILECONFIG_TYPE = 'application/x-apple-aspen-config';

export async function buildMobileconfig(certificate: Pick<Certificate, 'id' | 'name' | 'pem'>) {
  const der = pemToDer(certificate.pem);
  const uuids = await profileUuids(der);
  const label = escapeXml(certificateLabel(certificate));
  const data = (bytesToBase64(der).match(/.{1,64}/g) ?? []).map((line) => `\t\t\t${line}`).join('\n');
  const identifier = `zt-certificates-console.gateway-root.${uuids.profile}`;
  const contents = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
\t<key>PayloadContent</key>
\t<array>
\t\t<dict>
\t\t\t<key>PayloadCertificateFileName</key>
\t\t\t<string>${escapeXml(certificateFileName(certificate, 'crt'))}</string>
\t\t\t<key>PayloadContent</key>
\t\t\t<data>
${data}
\t\t\t</data>
\t\t\t<key>PayloadDescription</key>
\t\t\t<string>Adds the Cloudflare Gateway root certificate ${label} to the trusted roots.</string>
\t\t\t<key>PayloadDisplayName</key>
\t\t\t<string>${label}</string>
\t\t\t<key>PayloadIdentifier</key>
\t\t\t<string>com.apple.security.root.${uuids.payload}</string>
\t\t\t<key>PayloadType</key>
\t\t\t<string>com.apple.security.root</string>
\t\t\t<key>PayloadUUID</key>
\t\t\t<string>${uuids.payload}</string>
\t\t\t<key>PayloadVersion</key>
\t\t\t<integer>1</integer>
\t\t</dict>
\t</array>
\t<key>PayloadDescription</key>
\t<string>Lets this device trust HTTPS traffic inspected by Cloudflare Gateway.</string>
\t<key>PayloadDisplayName</key>
\t<string>Cloudflare Gateway root: ${label}</string>
\t<key>PayloadIdentifier</key>
\t<string>${identifier}</string>
\t<key>PayloadRemovalDisallowed</key>
\t<false/>
\t<key>PayloadType</key>
\t<string>Configuration</string>
\t<key>PayloadUUID</key>
\t<string>${uuids.profile}</string>
\t<key>PayloadVersion</key>
\t<integer>1</integer>
</dict>
</plist>
`;
  return { name: mobileconfigFileName(certificate), contents, type: MOBILECONFIG_TYPE };
}
