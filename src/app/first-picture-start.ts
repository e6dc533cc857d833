// The page's first script (vite-plugin-first-picture-entry.ts; main.tsx in dev): the worker starts
// while the app's own scripts still load.
import { OUTBOX_DB_NAME } from '../sync/outbox-db-name.ts';
import { startFirstPicture } from './first-picture.ts';

startFirstPicture(OUTBOX_DB_NAME);
