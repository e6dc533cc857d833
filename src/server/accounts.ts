import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Role } from '../core/api/sessions.ts';
import type { Database } from './db/schema.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from './security/password.ts';

export interface NewFacilitator {
  email: string;
  password: string;
  role: Role;
  /** Organisation by name: created when it does not exist yet. */
  organisation: string;
}

/** Creates a facilitator account (and its organisation when new). Used by `npm run user:add` and the API. */
export async function addFacilitator(db: Kysely<Database>, input: NewFacilitator, now = Date.now()): Promise<{ id: string; organisationId: string }> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error(`"${input.email}" is not an e-mail address`);
  if (input.password.length < MIN_PASSWORD_LENGTH) throw new Error(`the password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  const name = input.organisation.trim();
  if (!name || name.length > 120) throw new Error('the organisation name must be 1–120 characters');
  const password_hash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('facilitators').select('id').where('email', '=', email).executeTakeFirst())
      throw new Error(`an account for ${email} already exists`);
    let org = await trx.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirst();
    if (!org) {
      org = { id: randomUUID() };
      await trx.insertInto('organisations').values({ id: org.id, name, default_retention_days: null, created_at: now }).execute();
    }
    const id = randomUUID();
    await trx.insertInto('facilitators').values({ id, organisation_id: org.id, email, password_hash, role: input.role, created_at: now }).execute();
    return { id, organisationId: org.id };
  });
}
