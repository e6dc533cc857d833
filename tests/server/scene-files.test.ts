import { request } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/build-server.ts';
import { BOM_SCENARIO_PATH, makePackFixture, NAMED_MEDIA, SCENARIO_PATH, SECRET, type PackFixture } from '../scene-pack/pack-fixture.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

// Scene files never touch the database, so one kind (SQLite) is enough here.
let pack: PackFixture;
let db: TestDatabase;
let app: FastifyInstance;
let port: number;

beforeAll(async () => {
  pack = await makePackFixture();
  db = await createTestDatabase('sqlite');
  app = await buildServer({ database: db.database, scenesDir: pack.dir });
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as { port: number }).port;
});
afterAll(async () => {
  await app?.close();
  await db?.database.close();
  await db?.drop();
  await pack?.remove();
});

/** A GET with the path sent exactly as written (fetch would resolve "..", also when %-encoded). */
function get(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('scene files on the server', () => {
  it('serves every file a scenario names, also outside media/ (narration under audio/)', async () => {
    for (const path of [SCENARIO_PATH, BOM_SCENARIO_PATH]) {
      // The first scenario's info image is media/link.jpg instead (a link, tested below).
      for (const rel of NAMED_MEDIA.filter((r) => path !== SCENARIO_PATH || r !== 'media/rooster.jpg')) {
        const res = await get(`/scenes/${path}/${rel}`);
        expect(res, rel).toMatchObject({ status: 200, body: `${path}/${rel}` });
      }
    }
  });

  it('serves each scenario.json, the catalog and the JSON Schema', async () => {
    expect((await get(`/scenes/${SCENARIO_PATH}/scenario.json`)).status).toBe(200);
    expect((await get(`/scenes/${BOM_SCENARIO_PATH}/scenario.json`)).status).toBe(200);
    expect((await get('/scenes/scenario.schema.json')).body).toBe('{"title": "schema"}');
    const catalog = JSON.parse((await get('/scenes/index.json')).body) as { scenarios: { path: string }[] };
    expect(catalog.scenarios.map((s) => s.path)).toEqual([SCENARIO_PATH, BOM_SCENARIO_PATH]);
  });

  it.each([
    ['a media file no scenario names', `/scenes/${SCENARIO_PATH}/media/unused.jpg`],
    ['a render source', `/scenes/${SCENARIO_PATH}/rooms.json`],
    ['a leerwerkplaatsprofiel', '/scenes/leerwerkplaatsen/de-linde.json'],
    ['a profile through media/..', `/scenes/${SCENARIO_PATH}/media/../../../leerwerkplaatsen/de-linde.json`],
    ['a profile through %-encoded ../', `/scenes/${SCENARIO_PATH}/media/%2e%2e%2f%2e%2e%2f%2e%2e%2fleerwerkplaatsen/de-linde.json`],
    ['a profile through %-encoded ..', `/scenes/${SCENARIO_PATH}/media/%2E%2E/%2E%2E/%2E%2E/leerwerkplaatsen/de-linde.json`],
    ['a named file that is a link out of the pack', `/scenes/${SCENARIO_PATH}/media/link.jpg`],
  ])('answers 404 for %s', async (_what, path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('Zorggroep');
    expect(res.body).not.toContain(SECRET);
  });
});
