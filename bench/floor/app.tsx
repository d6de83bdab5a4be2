// The floor's app: the least an app on the console's framework packages (React, react-dom, react-query,
// react-router, Radix Dialog) can ship. It renders a small table; a row opens a dialog through a route.
// The floor has its rows at hand; the demo floor (bench/floor-demo) asks an MSW worker for them.
import * as Dialog from '@radix-ui/react-dialog';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Link, Outlet, RouterProvider, useNavigate, useParams } from 'react-router';

export type Row = { id: string; name: string; status: string; expires: string };

export const ROWS: Row[] = Array.from({ length: 5 }, (_, i) => ({
  id: `row-${i + 1}`,
  name: `Certificate ${i + 1}`,
  status: i === 0 ? 'Available and In-Use' : 'Inactive',
  expires: `203${i}-01-01`,
}));

let loadRows: (() => Promise<Row[]>) | null = null;

const useRows = () =>
  useQuery(
    loadRows
      ? { queryKey: ['rows'], queryFn: loadRows }
      : { queryKey: ['rows'], queryFn: () => ROWS, initialData: ROWS },
  );

function Table() {
  const { data } = useRows();
  const navigate = useNavigate();
  return (
    <main style={{ font: '16px/1.5 system-ui, sans-serif', padding: 16 }}>
      <h1>Certificates</h1>
      <table>
        <thead>
          <tr>
            <th scope="col">Certificate</th>
            <th scope="col">Status</th>
            <th scope="col">Expires</th>
          </tr>
        </thead>
        <tbody>
          {data?.map((row) => (
            <tr key={row.id} onClick={() => void navigate(`/${row.id}`)}>
              <th scope="row">
                <Link to={`/${row.id}`} onClick={(event) => event.stopPropagation()}>
                  {row.name}
                </Link>
              </th>
              <td>{row.status}</td>
              <td>{row.expires}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Outlet />
    </main>
  );
}

function Drawer() {
  const { id } = useParams();
  const navigate = useNavigate();
  const row = useRows().data?.find((candidate) => candidate.id === id);
  return (
    <Dialog.Root open onOpenChange={() => void navigate('/')}>
      <Dialog.Portal>
        <Dialog.Overlay style={{ position: 'fixed', inset: 0, background: 'rgb(0 0 0 / 0.3)' }} />
        <Dialog.Content style={{ position: 'fixed', inset: '0 0 0 40%', background: 'white', padding: 16 }}>
          <Dialog.Title>{row?.name ?? id}</Dialog.Title>
          <Dialog.Description>Details of this row</Dialog.Description>
          <Dialog.Close>Close</Dialog.Close>
          <div className="sheet__body">
            <h2>Basic information</h2>
            <p>{row?.status}</p>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function App() {
  const [client] = useState(() => new QueryClient());
  const [router] = useState(() =>
    createBrowserRouter([
      { path: '/', element: <Table />, children: [{ path: ':id', element: <Drawer /> }] },
    ]),
  );
  return (
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}

/** Renders the floor; with `load`, its rows come from that request instead of being at hand. */
export function renderFloor(load?: () => Promise<Row[]>) {
  loadRows = load ?? null;
  const root = document.getElementById('root');
  if (root)
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
}
