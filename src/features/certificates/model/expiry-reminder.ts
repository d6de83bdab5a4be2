import { createEvents, type EventAttributes } from 'ics';
import { formatDateTimeUtc } from '../../../lib/format-date';
import type { Certificate } from './certificate';
import { certificateFileName } from './certificate-files';
import { certificateLabel } from './certificate-label';
import { EXPIRING_SOON_DAYS } from './expiry';

/**
 * An iCalendar file (RFC 5545) with two all-day events for a certificate: 30 days before it expires
 * and the day it does. The UIDs come from the certificate's id, so importing the file again updates
 * the same two events instead of adding copies. Loaded only when someone asks for the file (it brings
 * the `ics` library).
 */

const DAY_MS = 86_400_000;

/** The calendar date (UTC) of a moment, as `ics` wants it. */
const utcDate = (at: number): [number, number, number] => {
  const date = new Date(at);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
};

export const reminderUids = (id: string) => ({
  before: `${id}-expires-in-${EXPIRING_SOON_DAYS}-days@zt-certificates-console`,
  onTheDay: `${id}-expires@zt-certificates-console`,
});

export const reminderFileName = (certificate: Pick<Certificate, 'id' | 'name'>) =>
  certificateFileName(certificate, 'crt').replace(/\.crt$/, '-expiry.ics');

type Options = {
  /** The console's address of the certificate, to link from the events. */
  url?: string;
};

export function buildExpiryReminder(
  certificate: Pick<Certificate, 'id' | 'name' | 'fingerprint' | 'expiresOn'>,
  { url }: Options = {},
) {
  if (!certificate.expiresOn) throw new Error('This certificate has no expiry date to be reminded of.');
  const expiresAt = Date.parse(certificate.expiresOn);
  const label = certificateLabel(certificate);
  const uids = reminderUids(certificate.id);
  const description = [
    `The Cloudflare Gateway root certificate ${label} expires on ${formatDateTimeUtc(expiresAt)}.`,
    'When it expires, devices get certificate errors on every site Gateway inspects over HTTPS if it is still in use.',
    'Rotate it before then: generate a new certificate, activate it, install it on devices, turn it on, and retire the old one.',
    `Certificate ID: ${certificate.id}`,
    certificate.fingerprint ? `SHA-256 fingerprint: ${certificate.fingerprint}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  const common = {
    description,
    categories: ['Cloudflare Gateway', 'Certificates'],
    busyStatus: 'FREE',
    transp: 'TRANSPARENT',
    ...(url ? { url } : {}),
  } satisfies Partial<EventAttributes>;
  const events: EventAttributes[] = [
    {
      ...common,
      uid: uids.before,
      title: `${label} expires in ${EXPIRING_SOON_DAYS} days`,
      start: utcDate(expiresAt - EXPIRING_SOON_DAYS * DAY_MS),
      end: utcDate(expiresAt - (EXPIRING_SOON_DAYS - 1) * DAY_MS),
    },
    {
      ...common,
      uid: uids.onTheDay,
      title: `${label} expires today`,
      start: utcDate(expiresAt),
      end: utcDate(expiresAt + DAY_MS),
    },
  ];
  const { error, value } = createEvents(events, {
    productId: 'zt-certificates-console/expiry-reminder',
    calName: 'Certificate expiry',
  });
  if (error || !value) throw error ?? new Error('The calendar file could not be made.');
  return { name: reminderFileName(certificate), contents: value, type: 'text/calendar' };
}
