import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { readAccessIdentity } from './access-identity';
import { SignedInAs } from './signed-in-as';

function setMeta(attributes: Record<string, string>) {
  const meta = document.createElement('meta');
  meta.name = 'zt-console-access';
  for (const [name, value] of Object.entries(attributes)) meta.setAttribute(name, value);
  document.head.append(meta);
}

afterEach(() => {
  for (const meta of document.head.querySelectorAll('meta[name="zt-console-access"]')) meta.remove();
});

describe('the signed-in administrator in the top bar', () => {
  test('names the email the edge Worker read from the Access token', () => {
    setMeta({ content: 'signed-in', 'data-email': 'ada@example.com' });
    render(<SignedInAs />);
    expect(screen.getByText('ada@example.com')).toBeInTheDocument();
    expect(screen.getByText(/Signed in as/)).toHaveTextContent('Signed in as ada@example.com');
  });

  test('says so when the Access check is off', () => {
    setMeta({ content: 'off' });
    render(<SignedInAs />);
    expect(screen.getByText(/no sign-in check: for local use only/)).toHaveTextContent(
      'Access off no sign-in check: for local use only',
    );
  });

  test('shows nothing without the edge (the demo, npm run serve)', () => {
    const { container } = render(<SignedInAs />);
    expect(container).toBeEmptyDOMElement();
  });

  test('ignores a signed-in tag without an email', () => {
    setMeta({ content: 'signed-in', 'data-email': ' ' });
    expect(readAccessIdentity()).toBeNull();
  });
});
