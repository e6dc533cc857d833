import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { Role } from '../../core/api/sessions.ts';
import { addFacilitator } from '../accounts.ts';
import { openDatabase } from '../db/open-database.ts';

/**
 * `npm run user:add`: creates a facilitator account. The first one is a beheerder of a new
 * organisation; the password is asked for without echo unless given in USER_PASSWORD (scripts).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, organisation: { type: 'string' }, role: { type: 'string' } } });
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const ask = async (q: string, given?: string) => given ?? (await rl.question(q)).trim();
  const email = await ask('E-mail: ', values.email);
  const organisation = await ask('Organisatie / organisation: ', values.organisation);
  const role = Role.safeParse(values.role ?? 'beheerder');
  if (!role.success) throw new Error(`--role must be beheerder, begeleider or maker, not "${values.role}"`);
  let password = process.env.USER_PASSWORD;
  if (!password && !process.stdin.isTTY) password = await rl.question('Wachtwoord / password: ');
  rl.close();
  if (!password) {
    process.stdout.write('Wachtwoord / password (min. 12 tekens): ');
    password = await readHidden();
  }
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR ?? 'data' });
  try {
    await addFacilitator(database.db, { email, password, organisation, role: role.data });
    console.log(`Account ${email.toLowerCase()} (${role.data}) for "${organisation}" created in ${database.describe}. Log in at /#/begeleider.`);
  } finally {
    await database.close();
  }
}

/** Reads a line from a TTY without showing it. */
function readHidden(): Promise<string> {
  return new Promise((resolve) => {
    let input = '';
    process.stdin.setRawMode(true);
    process.stdin.resume();
    const onData = (buf: Buffer) => {
      for (const ch of buf.toString('utf8')) {
        if (ch === '\r' || ch === '\n') {
          process.stdin.setRawMode(false);
          process.stdin.off('data', onData);
          process.stdout.write('\n');
          return resolve(input);
        }
        if (ch === '\u0003') process.exit(130);
        if (ch === '\u007f') input = input.slice(0, -1);
        else input += ch;
      }
    };
    process.stdin.on('data', onData);
  });
}

main().catch((e: Error) => {
  console.error(`user:add: ${e.message}`);
  process.exit(1);
});
