// Imported first by main.tsx, so the worker starts before the rest of the app's modules run.
import { OUTBOX_DB_NAME } from '../sync/outbox-db.ts';
import { startFirstPicture } from './first-picture.ts';

startFirstPicture(OUTBOX_DB_NAME);
