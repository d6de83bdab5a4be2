import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { CertificatesPage } from '../features/certificates/components/certificates-page';
import { LazyCertificateDrawerRoute } from '../features/certificates/components/lazy-certificate-parts';
import { CERTIFICATES_ROUTE, certificatesPath } from '../features/certificates/paths';
import { AppLayout } from './app-layout';
import { NotFound } from './not-found';
import { RouteErrorFallback } from './route-error-fallback';

export const appRoutes = (defaultAccountId: string): RouteObject[] => [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorFallback />,
    children: [
      { index: true, element: <Navigate to={certificatesPath(defaultAccountId)} replace /> },
      {
        path: CERTIFICATES_ROUTE,
        element: <CertificatesPage />,
        children: [
          {
            path: ':certificateId',
            // Loaded on first use (or once the list is up); the list stays on screen meanwhile.
            element: <LazyCertificateDrawerRoute />,
          },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export const createAppRouter = (defaultAccountId: string) => createBrowserRouter(appRoutes(defaultAccountId));
