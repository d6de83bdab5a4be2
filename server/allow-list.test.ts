// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { matchOperation, OPERATIONS } from './allow-list.ts';

const A = '0123456789abcdef0123456789abcdef';
const ID = '2f0e3f0a-5b1c-4b7e-9a39-4e6c1c2d8b11';

describe('the allow-list', () => {
  test.each([
    ['GET', `/accounts/${A}/gateway/certificates`],
    ['GET', `/accounts/${A}/gateway/certificates/${ID}`],
    ['POST', `/accounts/${A}/gateway/certificates`],
    ['POST', `/accounts/${A}/gateway/certificates/${ID}/activate`],
    ['POST', `/accounts/${A}/gateway/certificates/${ID}/deactivate`],
    ['DELETE', `/accounts/${A}/gateway/certificates/${ID}`],
    ['GET', `/accounts/${A}/gateway/configuration`],
    ['PUT', `/accounts/${A}/gateway/configuration`],
    ['PATCH', `/accounts/${A}/gateway/configuration`],
    ['POST', `/accounts/${A}/mtls_certificates`],
    ['DELETE', `/accounts/${A}/mtls_certificates/${ID}`],
  ])('admits %s %s, an operation of the contract API table', (method, path) => {
    const match = matchOperation(method, path, A);
    expect(match).toMatchObject({ allowed: true, accountId: A, path });
  });

  test('has exactly the eleven operations of the contract API table', () => {
    expect(OPERATIONS).toHaveLength(11);
  });

  test.each([
    ['DELETE', `/accounts/${A}/gateway/certificates`],
    ['PUT', `/accounts/${A}/gateway/certificates/${ID}`],
    ['PATCH', `/accounts/${A}/gateway/certificates/${ID}`],
    ['GET', `/accounts/${A}/gateway/certificates/${ID}/activate`],
    ['DELETE', `/accounts/${A}/gateway/configuration`],
    ['POST', `/accounts/${A}/gateway/configuration`],
    ['GET', `/accounts/${A}/mtls_certificates`],
    ['GET', `/accounts/${A}/mtls_certificates/${ID}`],
    ['HEAD', `/accounts/${A}/gateway/certificates`],
    ['OPTIONS', `/accounts/${A}/gateway/certificates`],
    ['get', `/accounts/${A}/gateway/certificates`],
  ])('refuses %s %s: an operation the table does not have', (method, path) => {
    expect(matchOperation(method, path, A).allowed).toBe(false);
  });

  test.each([
    ['the mock’s scenario control', `/accounts/${A}/__mock/scenario`],
    ['the mock’s behaviour control', `/accounts/${A}/__mock/behaviour`],
    ['another Gateway resource', `/accounts/${A}/gateway/rules`],
    ['the account itself', `/accounts/${A}`],
    ['user tokens', '/user/tokens'],
    ['token verification', '/user/tokens/verify'],
    ['zones', '/zones'],
    ['the root', '/'],
    ['a trailing slash', `/accounts/${A}/gateway/certificates/`],
    ['a doubled slash', `/accounts/${A}/gateway//certificates`],
    ['an extra segment', `/accounts/${A}/gateway/certificates/${ID}/activate/more`],
    ['a climb out with ..', `/accounts/${A}/gateway/certificates/../../../user/tokens`],
    ['an encoded climb', `/accounts/${A}/gateway/certificates/%2e%2e%2f%2e%2e`],
    ['an encoded slash in the id', `/accounts/${A}/gateway/certificates/a%2Fb`],
    ['a dot in the id', `/accounts/${A}/gateway/certificates/..`],
    ['an over-long id', `/accounts/${A}/gateway/certificates/${'a'.repeat(65)}`],
  ])('refuses %s', (_, path) => {
    expect(matchOperation('GET', path, A).allowed).toBe(false);
    expect(matchOperation('POST', path, A).allowed).toBe(false);
  });

  test.each([
    ['31 hex characters', A.slice(1)],
    ['33 hex characters', `${A}0`],
    ['a non-hex character', `${A.slice(1)}g`],
    ['upper case', A.toUpperCase()],
    ['a name', 'my-account'],
  ])('refuses an account id of %s', (_, account) => {
    const match = matchOperation('GET', `/accounts/${account}/gateway/certificates`);
    expect(match.allowed).toBe(false);
  });

  test('admits any 32-hex account without a configured one, and only that one with it', () => {
    const other = 'fedcba9876543210fedcba9876543210';
    const path = `/accounts/${other}/gateway/certificates`;
    expect(matchOperation('GET', path).allowed).toBe(true);
    const refused = matchOperation('GET', path, A);
    expect(refused).toEqual({ allowed: false, reason: expect.stringContaining(`manages account ${A} only`) });
  });

  test('says what it forwards when it refuses', () => {
    const refused = matchOperation('POST', `/accounts/${A}/__mock/scenario`, A);
    expect(refused).toEqual({
      allowed: false,
      reason: expect.stringMatching(
        /does not forward POST .*__mock\/scenario.*certificate and configuration/,
      ),
    });
  });
});
