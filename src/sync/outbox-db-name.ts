/**
 * The name of the device's own database (outbox-db.ts), on its own so the page's first script
 * (app/first-picture-start.ts) can look for it without loading Dexie.
 */
export const OUTBOX_DB_NAME = 'beroepsbeeld';
