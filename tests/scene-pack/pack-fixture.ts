import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { validProfile } from '../core/fixtures/leerwerkplaats.ts';
import { validScenario } from '../core/fixtures/scenarios.ts';

/** Every file the fixture's scenario names (validScenario), relative to its folder. */
export const NAMED_MEDIA = [
  'media/gang.jpg',
  'media/gang-preview.jpg',
  'media/rooster.jpg',
  'audio/gang-nl.mp3',
  'media/kamer.mp4',
  'media/kamer.webm',
  'media/kamer-preview.jpg',
  'media/afronding.jpg',
  'media/afronding-preview.jpg',
  'media/einde.jpg',
  'media/einde-preview.jpg',
];

export const SCENARIO_PATH = 'ouderenzorg/ochtendzorg';
/** A second scenario, saved by a Windows editor: UTF-8 with a byte order mark. */
export const BOM_SCENARIO_PATH = 'thuiszorg/met-bom';
export const SECRET = 'not for devices';

export interface PackFixture {
  /** The scenes folder. */
  dir: string;
  remove(): Promise<void>;
}

/**
 * A scene pack on disk as a content maker leaves it: the scenario's media (narration under
 * audio/, beside media/), a render source, a media file no scenario names, a profile (only for
 * facilitators), a symbolic link named by the scenario that points outside the pack, and a
 * scenario saved with a byte order mark. Each file's content is its own path, so a test can
 * tell which file it got.
 */
export async function makePackFixture(): Promise<PackFixture> {
  const root = await mkdtemp(join(tmpdir(), 'scene-pack-'));
  const dir = join(root, 'scenes');
  const put = async (rel: string, content: string) => {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    await writeFile(join(dir, rel), content);
  };

  const scenario = validScenario();
  // The info hotspot's image is a link to a file outside the pack.
  const linked = {
    ...scenario,
    nodes: scenario.nodes.map((n, i) =>
      i === 0 ? { ...n, hotspots: n.hotspots?.map((h) => (h.kind === 'info' ? { ...h, image: 'media/link.jpg' } : h)) } : n,
    ),
  };
  await put(`${SCENARIO_PATH}/scenario.json`, JSON.stringify(linked, null, 2));
  for (const rel of NAMED_MEDIA) await put(`${SCENARIO_PATH}/${rel}`, `${SCENARIO_PATH}/${rel}`);
  await put(`${SCENARIO_PATH}/media/unused.jpg`, 'unused');
  await put(`${SCENARIO_PATH}/rooms.json`, '{"render": "source"}');
  await mkdir(join(root, 'outside'));
  await writeFile(join(root, 'outside', 'secret.jpg'), SECRET);
  await symlink(join(root, 'outside', 'secret.jpg'), join(dir, SCENARIO_PATH, 'media', 'link.jpg'));

  const bom = { ...validScenario(), id: 'met-bom', zorgcategorie: 'thuiszorg' };
  await put(`${BOM_SCENARIO_PATH}/scenario.json`, '\uFEFF' + JSON.stringify(bom, null, 2));
  for (const rel of NAMED_MEDIA) await put(`${BOM_SCENARIO_PATH}/${rel}`, `${BOM_SCENARIO_PATH}/${rel}`);

  await put('leerwerkplaatsen/de-linde.json', JSON.stringify(validProfile(), null, 2));
  await put('leerwerkplaatsen/met-bom.json', '\uFEFF' + JSON.stringify({ ...validProfile(), id: 'met-bom' }, null, 2));
  await put('scenario.schema.json', '{"title": "schema"}');
  return { dir, remove: () => rm(root, { recursive: true, force: true }) };
}
