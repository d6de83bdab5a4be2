import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import type { AccessIdentity } from '../server/index-html.ts';
import { API_PREFIX, type Log } from '../server/proxy.ts';
import { type AccessConfig, isLoopback } from './access-config.ts';
import { accessRefusal } from './access-refusal.ts';

export type AccessVariables = { accessIdentity: AccessIdentity };

type KeySet = ReturnType<typeof createRemoteJWKSet>;

// One key set per team domain for the isolate's life: jose caches the keys it fetched (10 min) and
// fetches again when a token names a key it has not seen (a rotation), at most every 30 s.
const keySets = new Map<string, KeySet>();

function keySetFor(teamDomain: string): KeySet {
  let keys = keySets.get(teamDomain);
  if (!keys) {
    keys = createRemoteJWKSet(new URL('/cdn-cgi/access/certs', teamDomain), { timeoutDuration: 5_000 });
    keySets.set(teamDomain, keys);
  }
  return keys;
}

/** Why a token was refused, in words for the person and the log (never the token itself). */
function describeFailure(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the sign-in has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'the sign-in is for another Access application';
    if (error.claim === 'iss') return 'the sign-in is from another Access team';
    return `the sign-in's ${error.claim} claim is not valid`;
  }
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWSSignatureVerificationFailed) {
    return "the sign-in is not signed by the Access team's keys";
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the sign-in is not signed with RS256';
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) {
    return "the Access team's keys could not be fetched";
  }
  if (error instanceof errors.JOSEError) return 'the sign-in token is not valid';
  if (error instanceof TypeError) return "the Access team's keys could not be fetched";
  return 'the sign-in could not be checked';
}

/**
 * Cloudflare Access on every request, pages, assets and API alike: the JWT Access adds as the
 * `Cf-Access-Jwt-Assertion` header (or, from a browser, the `CF_Authorization` cookie) must be
 * RS256, signed by a key of `${teamDomain}/cdn-cgi/access/certs`, for this application (`aud`),
 * from this team (`iss`) and in date. The checked identity goes on to the page.
 */
export function accessGuard(
  config: AccessConfig,
  log: Log,
): MiddlewareHandler<{ Variables: AccessVariables }> {
  if (config.mode === 'off') {
    return async (c, next) => {
      // A Worker deployed with the check off by mistake still refuses everyone but this machine.
      if (!isLoopback(new URL(c.req.url).hostname)) {
        log(`refused ${c.req.method} ${c.req.path.slice(0, 200)}: ACCESS_DISABLED=true outside loopback`);
        return accessRefusal(
          c.req.path,
          'ACCESS_DISABLED=true is for local use only; this console is not answering on loopback.',
        );
      }
      c.set('accessIdentity', { kind: 'off' });
      return next();
    };
  }

  const { teamDomain, audience } = config;
  return async (c, next) => {
    const token = c.req.header('cf-access-jwt-assertion') || getCookie(c, 'CF_Authorization');
    if (!token) {
      log(`refused ${c.req.method} ${c.req.path.slice(0, 200)}: no Access token`);
      return accessRefusal(c.req.path, 'Sign in through Cloudflare Access to use this console.');
    }
    let email: string;
    try {
      const { payload } = await jwtVerify(token, keySetFor(teamDomain), {
        algorithms: ['RS256'],
        audience,
        issuer: teamDomain,
        requiredClaims: ['exp'],
      });
      // People have an email; a service token has only its common name.
      const name = payload.email ?? payload.common_name ?? payload.sub;
      email = typeof name === 'string' ? name : 'an Access service token';
    } catch (error) {
      const reason = describeFailure(error);
      log(`refused ${c.req.method} ${c.req.path.slice(0, 200)}: ${reason}`);
      return accessRefusal(c.req.path, `Refused by Cloudflare Access: ${reason}. Sign in again.`);
    }
    c.set('accessIdentity', { kind: 'signed-in', email });
    await next();
    // The team shares one token, so the Worker's log says who made each change.
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.path.startsWith(`${API_PREFIX}/`)) {
      log(`${email}: ${c.req.method} ${c.req.path.slice(0, 200)} -> ${c.res.status}`);
    }
  };
}
