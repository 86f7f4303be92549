import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { keepServiceWorker, workerUsed } from './app/service-worker';
import { languageReady } from './i18n';
import './styles.css';

// Installable, and the app shell opens without a connection (the visit notebook works offline).
if (workerUsed()) keepServiceWorker(navigator.serviceWorker);

// English readers get English from the first paint (their texts are a chunk of their own).
void languageReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
