import { execFile } from 'node:child_process';
import { rename, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from './panorama-sizes.ts';

const run = promisify(execFile);

/**
 * The preview of a 360° video: a frame one second in, 512×256, made with ffmpeg when the
 * computer has it (`FFMPEG` or `ffmpeg` on the PATH). Without ffmpeg, or when the frame cannot be
 * read, a plain dark 2:1 image stands in, so the scene still has the preview the format asks
 * for; the maker can replace it. Returns which of the two it made, and the video's size when
 * ffprobe could tell.
 */
export async function makeVideoPreview(input: string, output: string): Promise<{ frame: boolean; width?: number; height?: number }> {
  const ffmpeg = process.env.FFMPEG ?? 'ffmpeg';
  const tmp = `${output}.part.jpg`;
  let size: { width?: number; height?: number } = {};
  try {
    await run(ffmpeg, ['-v', 'error', '-y', '-ss', '1', '-i', input, '-frames:v', '1', '-vf', `scale=${PREVIEW_WIDTH}:${PREVIEW_HEIGHT}`, '-q:v', '4', tmp], {
      timeout: 60_000,
    });
    size = await videoSize(input, ffmpeg);
    // A frame ffmpeg wrote is re-encoded by sharp: the same JPEG settings as image previews.
    await sharp(tmp).resize(PREVIEW_WIDTH, PREVIEW_HEIGHT, { fit: 'fill' }).jpeg({ quality: 80 }).toFile(output);
    return { frame: true, ...size };
  } catch {
    await sharp({ create: { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, channels: 3, background: { r: 40, g: 44, b: 52 } } })
      .jpeg({ quality: 80 })
      .toFile(`${output}.part`);
    await rename(`${output}.part`, output);
    return { frame: false, ...size };
  } finally {
    await rm(tmp, { force: true });
  }
}

async function videoSize(input: string, ffmpeg: string): Promise<{ width?: number; height?: number }> {
  const ffprobe = process.env.FFPROBE ?? ffmpeg.replace(/ffmpeg(\.exe)?$/, 'ffprobe$1');
  try {
    const { stdout } = await run(ffprobe, ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=width,height', '-of', 'csv=p=0:s=x', input], {
      timeout: 30_000,
    });
    const [w, h] = stdout.trim().split('x').map(Number);
    return Number.isInteger(w) && Number.isInteger(h) ? { width: w, height: h } : {};
  } catch {
    return {};
  }
}
