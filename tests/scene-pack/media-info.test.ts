import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileMediaInfo } from '../../src/scene-pack/media-info.ts';

let root: string;
let folder: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'media-info-'));
  folder = join(root, 'scenes', 'ouderenzorg', 'demo');
  await mkdir(join(folder, 'media'), { recursive: true });
  // Noise, so the compressed data is long and cutting it loses real image rows.
  const noise = Buffer.from(Array.from({ length: 256 * 128 * 3 }, (_, i) => (i * 7919) % 251));
  const jpeg = await sharp(noise, { raw: { width: 256, height: 128, channels: 3 } })
    .jpeg()
    .toBuffer();
  await writeFile(join(folder, 'media', 'gang.jpg'), jpeg);
  await writeFile(join(folder, 'media', 'half.jpg'), jpeg.subarray(0, Math.floor(jpeg.length / 2)));
  await mkdir(join(root, 'elders'));
  await writeFile(join(root, 'elders', 'foto.jpg'), jpeg);
  await symlink(join(root, 'elders', 'foto.jpg'), join(folder, 'media', 'link.jpg'));
  await symlink('gang.jpg', join(folder, 'media', 'alias.jpg'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('fileMediaInfo', () => {
  it('measures a whole image', async () => {
    expect(await fileMediaInfo(folder)('media/gang.jpg')).toEqual({ exists: true, width: 256, height: 128, format: 'jpeg' });
  });

  it('finds a truncated JPEG unreadable, although its header is whole', async () => {
    expect((await sharp(await readFile(join(folder, 'media', 'half.jpg'))).metadata()).width).toBe(256);
    const info = await fileMediaInfo(folder)('media/half.jpg');
    expect(info.exists).toBe(true);
    expect(info.error).toMatch(/\S/);
  });

  it('refuses a symbolic link that points outside the scenario folder, and names where it points', async () => {
    const info = await fileMediaInfo(folder)('media/link.jpg');
    expect(info).toEqual({ exists: true, linkedOutside: join(root, 'elders', 'foto.jpg') });
  });

  it('accepts a symbolic link to a file inside the scenario folder', async () => {
    expect(await fileMediaInfo(folder)('media/alias.jpg')).toMatchObject({ exists: true, width: 256, height: 128 });
  });
});
