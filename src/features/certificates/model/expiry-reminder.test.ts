import ICAL from 'ical.js';
import { expect, test } from 'vitest';
import { buildExpiryReminder } from './expiry-reminder';

const certificate = {
  id: '47a54ba7-1111-4222-8333-444455556666',
  name: null,
  fingerprint: 'AB:CD',
  expiresOn: '2027-03-15T10:30:00Z',
};

/** The file as a calendar application reads it. */
function readEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

test('two all-day events: 30 days before the certificate expires, and on the day', () => {
  const file = buildExpiryReminder(certificate, {
    url: 'https://console.example/accounts/a/certificates/47a54ba7',
  });
  expect(file.name).toBe('gateway-ca-47a54ba7-expiry.ics');
  expect(file.type).toBe('text/calendar');
  // Strict readers want CRLF line ends and all-day events as DTSTART/DTEND dates (no "P1DT" durations).
  expect(file.contents).toContain('\r\nDTSTART;VALUE=DATE:20270315\r\nDTEND;VALUE=DATE:20270316\r\n');
  expect(file.contents).not.toContain('DURATION');
  const [before, onTheDay] = readEvents(file.contents);

  expect(before?.summary).toBe('Certificate 47a54ba7 expires in 30 days');
  expect(before?.startDate.toString()).toBe('2027-02-13');
  expect(before?.startDate.isDate).toBe(true);
  expect(before?.endDate.toString()).toBe('2027-02-14');
  expect(onTheDay?.summary).toBe('Certificate 47a54ba7 expires today');
  expect(onTheDay?.startDate.toString()).toBe('2027-03-15');
  expect(onTheDay?.endDate.toString()).toBe('2027-03-16');
  // The screen's one date style, pinned to UTC: the file is read wherever its reader is.
  expect(onTheDay?.description).toContain('expires on Mar 15, 2027, 10:30 AM UTC');
  expect(onTheDay?.description).toContain('SHA-256 fingerprint: AB:CD');
  expect(onTheDay?.component.getFirstPropertyValue('url')).toBe(
    'https://console.example/accounts/a/certificates/47a54ba7',
  );
});

test('the UIDs are stable per certificate, so a second import updates rather than duplicates', () => {
  const once = readEvents(buildExpiryReminder(certificate).contents).map((event) => event.uid);
  const again = readEvents(buildExpiryReminder(certificate).contents).map((event) => event.uid);
  const other = readEvents(
    buildExpiryReminder({ ...certificate, id: '99999999-1111-4222-8333-444455556666' }).contents,
  ).map((event) => event.uid);
  expect(once).toEqual(again);
  expect(new Set(once).size).toBe(2);
  for (const uid of other) expect(once).not.toContain(uid);
  expect(once[0]).toContain(certificate.id);
});

test('a certificate without an expiry date gets no file', () => {
  expect(() => buildExpiryReminder({ ...certificate, expiresOn: null })).toThrow(/no expiry date/);
});
