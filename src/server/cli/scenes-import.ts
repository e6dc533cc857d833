import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { PackImportAnswer, PackRefused } from '../../core/api/scene-packs.ts';
import { DiskMediaStorage } from '../authoring/disk-media-storage.ts';
import { importPack } from '../authoring/install-pack.ts';
import { openDatabase } from '../db/open-database.ts';

const USAGE = `Usage: npm run scenes:import -- <pack.zip> --organisation "<name>" [--by <e-mail>]
  Checks a scene pack (docs/scene-packs.md) and installs its scenarios as published scenarios of
  the organisation, in DATA_DIR (default data/) and the database (DATABASE_URL, else SQLite there).
  Nothing is installed when anything is wrong; the report says what and how to fix it.`;

/** The report, Dutch first and English alongside, as the editor shows it. */
export function formatImportReport(outcome: PackImportAnswer | PackRefused): string[] {
  if ('problems' in outcome) {
    return [
      outcome.message,
      ...outcome.problems.flatMap((p) => [
        `${p.file}  [${p.code}]`,
        `  ${p.message.nl}`,
        `  ${p.message.en}`,
        `  oplossing: ${p.fix.nl}`,
        `  fix: ${p.fix.en}`,
      ]),
    ];
  }
  return outcome.installed.flatMap((i) => {
    if (!i.previousVersion || !i.changes) return [`${i.path} ${i.version}: nieuw geïnstalleerd / newly installed`];
    const c = i.changes;
    const list = (what: string, ids: string[]) => (ids.length ? [`  ${what}: ${ids.join(', ')}`] : []);
    return [
      `${i.path} ${i.previousVersion} → ${i.version} (versie ${i.previousVersion} blijft bewaard / version ${i.previousVersion} is kept)`,
      ...list('scènes erbij / nodes added', c.nodes.added),
      ...list('scènes weg / nodes removed', c.nodes.removed),
      ...list('scènes veranderd / nodes changed', c.nodes.changed),
      ...list('antwoorden erbij / options added', c.options.added),
      ...list('antwoorden weg / options removed', c.options.removed),
      ...list('antwoorden veranderd / options changed', c.options.changed),
      ...list('velden veranderd / fields changed', c.fields),
    ];
  });
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { organisation: { type: 'string' }, by: { type: 'string' }, scenes: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return (console.log(USAGE), 0);
  const [file] = positionals;
  if (!file || positionals.length > 1 || !values.organisation) return (console.log(USAGE), 2);
  if (!existsSync(file)) return (console.log(`scenes:import: "${file}" does not exist.`), 2);
  const dataDir = resolve(process.env.DATA_DIR ?? 'data');
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir });
  try {
    const org = await database.db.selectFrom('organisations').select('id').where('name', '=', values.organisation).executeTakeFirst();
    if (!org) {
      console.log(`scenes:import: no organisation "${values.organisation}" in ${database.describe}; make one with npm run user:add.`);
      return 2;
    }
    const ctx = {
      db: database.db,
      scenesDir: resolve(values.scenes ?? 'scenes'),
      now: () => Date.now(),
      authoring: { storage: new DiskMediaStorage(join(dataDir, 'storage')), publishedDir: join(dataDir, 'published') },
      // A running server reads the packs again within its cache time (10 s).
      scenarios: { invalidate: () => {} },
    };
    const outcome = await importPack(ctx, { organisationId: org.id, email: values.by ?? 'scenes:import' }, resolve(file), file.split(/[\\/]/).pop()!);
    for (const line of formatImportReport(outcome)) console.log(line);
    return 'problems' in outcome ? 1 : 0;
  } finally {
    await database.close();
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  main().then(
    (code) => (process.exitCode = code),
    (e: Error) => {
      console.error(`scenes:import: ${e.message}`);
      process.exitCode = 1;
    },
  );
}
