import { MANUAL_DOCS_URL } from './cloudflare-docs';

/**
 * How to make each kind of device trust a Gateway root certificate by hand: short steps per platform,
 * the file each one takes, and where Cloudflare documents it. Static words, shown in the drawer.
 */

export type InstallFile = 'crt' | 'pem' | 'mobileconfig';

export type InstallGuide = {
  platform: string;
  /** The file this platform's team needs. */
  file: InstallFile;
  steps: string[];
  /** Commands, shown as code; `{file}` stands for the downloaded file's name. */
  commands?: string[];
  docsUrl: string;
};

export const INSTALL_GUIDES: readonly InstallGuide[] = [
  {
    platform: 'Windows',
    file: 'crt',
    steps: [
      'Open the .crt file and choose Install Certificate.',
      'Store location: Local Machine. Place it in Trusted Root Certification Authorities.',
      'Or, as an administrator, run the command below (Group Policy or Intune can push the same file).',
    ],
    commands: ['certutil -addstore -f Root {file}'],
    docsUrl: `${MANUAL_DOCS_URL}#windows`,
  },
  {
    platform: 'macOS',
    file: 'crt',
    steps: [
      'Open the .crt file: Keychain Access adds it to the System keychain.',
      'Open the certificate there, expand Trust, and set "When using this certificate" to Always Trust.',
      'Or run the command below in Terminal. An MDM can push the .mobileconfig profile instead.',
    ],
    commands: ['sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain {file}'],
    docsUrl: `${MANUAL_DOCS_URL}#macos`,
  },
  {
    platform: 'iOS and iPadOS',
    file: 'mobileconfig',
    steps: [
      'Send the .mobileconfig profile to the device (AirDrop, mail or your MDM) and open it.',
      'Settings › General › VPN & Device Management: install the downloaded profile.',
      'Settings › General › About › Certificate Trust Settings: turn on full trust for the root certificate.',
    ],
    docsUrl: `${MANUAL_DOCS_URL}#ios`,
  },
  {
    platform: 'Android',
    file: 'crt',
    steps: [
      'Copy the .crt file to the device.',
      'Settings › Security › Encryption & credentials › Install a certificate › CA certificate, and pick the file.',
      'Apps that trust only the system store (not user certificates) need your MDM to install it.',
    ],
    docsUrl: `${MANUAL_DOCS_URL}#android`,
  },
  {
    platform: 'ChromeOS',
    file: 'crt',
    steps: [
      'Settings › Privacy and security › Security › Manage certificates › Authorities › Import, and pick the .crt file.',
      'Tick "Trust this certificate for identifying websites".',
      'For managed Chromebooks, upload it in the Google Admin console instead.',
    ],
    docsUrl: `${MANUAL_DOCS_URL}#chromeos`,
  },
  {
    platform: 'Linux',
    file: 'pem',
    steps: [
      'Copy the .pem file into the system store under a .crt name, then rebuild the store (Debian and Ubuntu shown; Fedora and RHEL use /etc/pki/ca-trust/source/anchors and update-ca-trust).',
    ],
    commands: [
      'sudo cp {file} /usr/local/share/ca-certificates/cloudflare-gateway.crt',
      'sudo update-ca-certificates',
    ],
    docsUrl: `${MANUAL_DOCS_URL}#linux`,
  },
  {
    platform: 'Firefox',
    file: 'pem',
    steps: [
      'Firefox keeps its own store: Settings › Privacy & Security › Certificates › View Certificates › Authorities › Import, and pick the .pem file.',
      'Tick "Trust this CA to identify websites". Or set security.enterprise_roots.enabled to true so it trusts the system store.',
    ],
    docsUrl: `${MANUAL_DOCS_URL}#firefox`,
  },
  {
    platform: 'Command-line tools',
    file: 'pem',
    steps: [
      'curl: CURL_CA_BUNDLE (SSL_CERT_FILE for OpenSSL builds) names a bundle of every CA to trust: the system bundle with the .pem appended.',
      'git: GIT_SSL_CAINFO (or git config http.sslCAInfo) names the same bundle.',
      'Python (requests, pip): REQUESTS_CA_BUNDLE names the bundle.',
      'Node.js: NODE_EXTRA_CA_CERTS adds the .pem to Node’s own roots.',
    ],
    commands: [
      'cat /etc/ssl/certs/ca-certificates.crt {file} > ~/ca-bundle.pem',
      'export CURL_CA_BUNDLE=~/ca-bundle.pem SSL_CERT_FILE=~/ca-bundle.pem',
      'export GIT_SSL_CAINFO=~/ca-bundle.pem',
      'export REQUESTS_CA_BUNDLE=~/ca-bundle.pem',
      'export NODE_EXTRA_CA_CERTS=/path/to/{file}',
    ],
    docsUrl: `${MANUAL_DOCS_URL}#python`,
  },
];
