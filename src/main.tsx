import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { readAppConfig } from './app/app-config';
import './styles.css';

async function start() {
  const config = readAppConfig();
  // The mock is imported only in mock mode, and awaited so the first request already has an answer.
  const notice = config.mode === 'mock' ? await (await import('./app/start-mock')).startMock() : null;
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App runtime={{ config, notice }} />
    </StrictMode>,
  );
}

void start();
