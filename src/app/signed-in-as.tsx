import { readAccessIdentity } from './access-identity';

/** The top bar's name of the administrator Cloudflare Access let in, or that nobody was checked. */
export function SignedInAs() {
  const identity = readAccessIdentity();
  if (identity === null) return null;
  if (identity.kind === 'off') {
    return (
      <p className="signed-in signed-in--off">
        <span className="mode__label">Access off</span> no sign-in check: for local use only
      </p>
    );
  }
  return (
    <p className="signed-in">
      Signed in as <strong>{identity.email}</strong>
    </p>
  );
}
