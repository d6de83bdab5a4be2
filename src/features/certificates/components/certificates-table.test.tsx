import { createEvent, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, useLocation } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { expect, test } from 'vitest';
import { aCertificate } from '../../../../test-kit/certificate';
import { DEFAULT_VIEW } from '../model/list-view';
import { CertificatesTable } from './certificates-table';

const ACCOUNT = '0123456789abcdef0123456789abcdef';
const LIST = `/accounts/${ACCOUNT}/certificates`;
const certificates = [
  aCertificate({ id: '47a54ba7-0000-4000-8000-000000000001' }),
  aCertificate({ id: '9c0ffee0-0000-4000-8000-000000000002' }),
];

function Opened() {
  const location = useLocation();
  return (
    <p>
      Opened {location.pathname}
      {location.search} {JSON.stringify(location.state)}
    </p>
  );
}

function renderTable(search = '?status=Inactive&sort=expires') {
  const router = createMemoryRouter(
    [
      {
        path: LIST,
        element: (
          <CertificatesTable
            accountId={ACCOUNT}
            certificates={certificates}
            view={DEFAULT_VIEW}
            onSort={() => {}}
            now={Date.parse('2026-12-02T00:00:00Z')}
            search={search}
          />
        ),
      },
      { path: `${LIST}/:certificateId`, element: <Opened /> },
    ],
    { initialEntries: [`${LIST}${search}`] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

test("each row's link leads to its certificate and keeps the list's view in the address", () => {
  renderTable();
  expect(screen.getByRole('link', { name: 'Certificate 47a54ba7' })).toHaveAttribute(
    'href',
    `${LIST}/${certificates[0]?.id}?status=Inactive&sort=expires`,
  );
});

test('a plain click opens the certificate in the page, as one navigation from the list', async () => {
  const router = renderTable();
  const link = screen.getByRole('link', { name: 'Certificate 9c0ffee0' });
  const click = createEvent.click(link, { button: 0 });
  fireEvent(link, click);
  expect(click.defaultPrevented).toBe(true);
  expect(
    await screen.findByText(
      `Opened ${LIST}/${certificates[1]?.id}?status=Inactive&sort=expires {"fromList":true}`,
    ),
  ).toBeInTheDocument();
  expect(router.state.historyAction).toBe('PUSH');
});

test.each([
  ['Ctrl', { ctrlKey: true }],
  ['Cmd', { metaKey: true }],
  ['Shift', { shiftKey: true }],
  ['a middle button', { button: 1 }],
])('a click with %s is left to the browser (a new tab or window): the page stays on the list', (_, init) => {
  const router = renderTable();
  const link = screen.getByRole('link', { name: 'Certificate 47a54ba7' });
  const click = createEvent.click(link, { button: 0, ...init });
  fireEvent(link, click);
  expect(click.defaultPrevented).toBe(false);
  expect(router.state.location.pathname).toBe(LIST);
});
