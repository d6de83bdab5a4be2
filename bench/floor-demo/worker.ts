import { HttpResponse, http } from 'msw';
import { setupWorker } from 'msw/browser';
import { ROWS } from '../floor/app.tsx';

export const worker = setupWorker(http.get('/api/rows', () => HttpResponse.json(ROWS)));
