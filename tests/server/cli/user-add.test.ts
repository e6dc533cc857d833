import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../../src/server/build-server.ts';
import { openDatabase } from '../../../src/server/db/open-database.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'bbvr-user-add-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function userAdd(args: string[], password: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli/user-add.ts', ...args], {
    env: { ...process.env, DATA_DIR: dataDir, USER_PASSWORD: password, DATABASE_URL: '' },
    encoding: 'utf8',
  });
}

describe('npm run user:add', () => {
  it('creates the first beheerder, who can then log in; refuses a duplicate and a short password', async () => {
    const ok = userAdd(['--email', 'Beheer@ROC.nl', '--organisation', 'ROC Test'], 'a long enough password');
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('beheer@roc.nl (beheerder)');
    const again = userAdd(['--email', 'beheer@roc.nl', '--organisation', 'ROC Test'], 'a long enough password');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
    const short = userAdd(['--email', 'b@roc.nl', '--organisation', 'ROC Test', '--role', 'begeleider'], 'short');
    expect(short.status).toBe(1);
    expect(short.stderr).toContain('at least 12 characters');
    const badRole = userAdd(['--email', 'c@roc.nl', '--organisation', 'ROC Test', '--role', 'admin'], 'a long enough password');
    expect(badRole.status).toBe(1);
    expect(badRole.stderr).toContain('beheerder, begeleider or maker');
    const maker = userAdd(['--email', 'maker@roc.nl', '--organisation', 'ROC Test', '--role', 'maker'], 'a long enough password');
    expect(maker.status, maker.stderr).toBe(0);
    expect(maker.stdout).toContain('maker@roc.nl (maker)');

    const database = await openDatabase({ dataDir });
    const app = await buildServer({ database });
    try {
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'beheer@roc.nl', password: 'a long enough password' } });
      expect(login.statusCode).toBe(200);
      expect(login.json()).toEqual({ email: 'beheer@roc.nl', role: 'beheerder', organisation: 'ROC Test' });
    } finally {
      await app.close();
      await database.close();
    }
  }, 60_000);
});
