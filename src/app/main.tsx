import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import '../i18n/i18n-instance.ts';
import './styles.css';
import { startDeviceSync } from '../sync/device-session.ts';
import { OUTBOX_DB_NAME } from '../sync/outbox-db.ts';
import { startOfflineShell } from './offline-shell.ts';

// The start scene's preview is drawn while the rest of the app loads (first-picture.ts). A build
// starts it from a script of its own, ahead of this one (vite-plugin-first-picture-entry.ts).
if (import.meta.env.DEV) void import('./first-picture-start.ts');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The offline shell (offline-shell.ts): a headset that loses the network can still reload the app.
// Device-side retention and unsent answers; only touches IndexedDB when it already exists, so
// free play on a new device stores nothing.
if (typeof indexedDB !== 'undefined') {
  void indexedDB
    .databases?.()
    .then(async (dbs) => {
      if (dbs.some((d) => d.name === OUTBOX_DB_NAME)) await startDeviceSync();
    })
    .catch(() => undefined);
}

startOfflineShell();
