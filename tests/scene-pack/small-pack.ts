import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';

export const SMALL_PATH = 'ouderenzorg/klein-pakket';

/** A complete small scenario on one photo: a question whose two options lead to two endings. */
export function smallScenario(version = '1.0.0', extra: { labelRechts?: string; moreNode?: boolean } = {}) {
  const media = { type: 'image', src: 'media/pano.jpg', preview: 'media/pano-preview.jpg' };
  const node = (id: string, more: object) => ({ id, title: { nl: `Scène ${id}`, en: `Scene ${id}` }, media, ...more });
  const ending = { ending: { takeaway: { nl: 'Goed gedaan.', en: 'Well done.' } } };
  const option = (id: 'links' | 'rechts', label: string) => ({
    id,
    label: { nl: label, en: label },
    next: id === 'links' ? 'einde-a' : 'einde-b',
    tags: ['samenwerken'],
    talkingPoint: { nl: 'Waarom?', en: 'Why?' },
  });
  return {
    formatVersion: 1,
    id: 'klein-pakket',
    version,
    zorgcategorie: 'ouderenzorg',
    title: { nl: 'Klein pakket', en: 'Small pack' },
    description: { nl: 'Een ochtend op de afdeling.', en: 'A morning on the ward.' },
    beroepen: [{ nl: 'Verzorgende IG', en: 'Care worker' }],
    niveaus: [3],
    startNode: 'start',
    nodes: [
      node('start', {
        question: {
          id: 'wat-eerst',
          kind: 'choice',
          prompt: { nl: 'Wat doe je eerst?', en: 'What first?' },
          options: [option('links', 'Ik help eerst mevrouw'), option('rechts', extra.labelRechts ?? 'Ik bel de collega')],
        },
      }),
      node('einde-a', ending),
      node('einde-b', ending),
      ...(extra.moreNode ? [node('einde-c', ending)] : []),
    ],
  };
}

export const panorama = (width = 1024) =>
  sharp({ create: { width, height: width / 2, channels: 3, background: { r: 40, g: 120, b: 200 } } })
    .jpeg({ quality: 80 })
    .toBuffer();

/** A scenes folder holding the small scenario and its two images, as a maker leaves it. */
export async function makeSmallScenes(scenario: object = smallScenario(), path = SMALL_PATH): Promise<{ dir: string; remove(): Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'small-pack-'));
  const dir = join(root, 'scenes');
  const put = async (rel: string, content: string | Buffer) => {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    await writeFile(join(dir, rel), content);
  };
  await put(`${path}/scenario.json`, `${JSON.stringify(scenario, null, 2)}\n`);
  await put(`${path}/media/pano.jpg`, await panorama(1024));
  await put(`${path}/media/pano-preview.jpg`, await panorama(512));
  return { dir, remove: () => rm(root, { recursive: true, force: true }) };
}

type SmallOption = { id: string; next?: string; label: { nl: string; en: string } } & Record<string, unknown>;

/** The start node's question of a smallScenario(), to change in a test. */
export function startQuestion(raw: ReturnType<typeof smallScenario>): { options: SmallOption[] } {
  return (raw.nodes[0] as unknown as { question: { options: SmallOption[] } }).question;
}
