import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32 } from 'node:zlib';
import { fileTypeFromBuffer } from 'file-type/node';
import yauzl from 'yauzl';
import { DEFAULT_PACK_LIMITS, entryIsLink, entryPathIsSafe, entryType, type PackLimits } from '../core/pack-entry-rules.ts';
import { packProblem, type PackProblem } from '../core/pack-problems.ts';

/** Enough of the start of a file for file-type to name it. */
const SNIFF_BYTES = 4100;

export interface UnpackedEntry {
  sha256: string;
  bytes: number;
}

export interface Unpacked {
  /** Every refusal found; the files that passed are in `dest` and `entries`. */
  problems: PackProblem[];
  /** The files written to `dest`, by path in the pack, with their measured sha256 and size. */
  entries: Map<string, UnpackedEntry>;
}

class Stop extends Error {
  constructor(readonly problem: PackProblem) {
    super(problem.message.en);
  }
}

const openZip = (file: string) =>
  new Promise<yauzl.ZipFile>((done, fail) =>
    // Names are decoded and judged here (decodeStrings: false), so a bad name is a line in the report,
    // not an error that ends the reading; sizes are measured here too, against our limits.
    yauzl.open(file, { lazyEntries: true, decodeStrings: false, validateEntrySizes: false, autoClose: true }, (err, zip) => (err ? fail(err) : done(zip))),
  );

/**
 * Reads a scene pack .zip into `dest` (an empty folder the caller owns and removes), entry by
 * entry, refusing: names that leave the pack (absolute, "..", backslash, drive letter), links,
 * the same name twice, types not allowed by name or not matching by content, and more bytes
 * than the limits allow, counted as they are inflated (a header can lie; a zip bomb is stopped
 * at the limit, not after). A CRC that does not match is a damaged entry. Nothing outside `dest`
 * is ever written; a refused entry is not written at all.
 */
export async function unpackPack(zipFile: string, dest: string, limits: PackLimits = DEFAULT_PACK_LIMITS, packName = 'pack.zip'): Promise<Unpacked> {
  const problems: PackProblem[] = [];
  const entries = new Map<string, UnpackedEntry>();
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(zipFile);
  } catch (e) {
    return { problems: [packProblem('not-a-zip', packName, { reason: (e as Error).message })], entries };
  }
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    return { problems: [packProblem('too-many-entries', packName, { limit: limits.maxEntries })], entries };
  }
  const root = resolve(dest);
  const seen = new Set<string>();
  let total = 0;

  const readEntry = async (entry: yauzl.Entry): Promise<void> => {
    const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw ?? (entry.fileName as unknown as Buffer), entry.extraFields, true);
    if (!entryPathIsSafe(name)) return void problems.push(packProblem('path-outside', name, {}));
    if (entryIsLink(entry.externalFileAttributes)) return void problems.push(packProblem('link-entry', name, {}));
    if (name.endsWith('/')) return;
    // Case-insensitive: on a Mac or Windows disk "A.jpg" and "a.jpg" are one file.
    if (seen.has(name.toLowerCase())) return void problems.push(packProblem('duplicate-entry', name, {}));
    seen.add(name.toLowerCase());
    const type = entryType(name);
    if (!type) return void problems.push(packProblem('unknown-file-type', name, { found: name.includes('.') ? `.${name.split('.').pop()}` : 'no extension' }));
    const limit = limits.maxEntryBytes[type.kind];
    if (entry.uncompressedSize > limit) return void problems.push(packProblem('entry-too-large', name, { limit }));
    const target = join(root, ...name.split('/'));
    // Belt and braces: the name was judged above, and the path it makes must still be inside.
    if (!target.startsWith(root + sep)) return void problems.push(packProblem('path-outside', name, {}));

    let stream: Readable;
    try {
      stream = await zip.openReadStreamPromise(entry);
    } catch (e) {
      return void problems.push(packProblem('damaged-entry', name, { reason: (e as Error).message }));
    }
    const hash = createHash('sha256');
    let bytes = 0;
    let crc = 0;
    const head: Buffer[] = [];
    let headBytes = 0;
    async function* measure(source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        bytes += chunk.length;
        total += chunk.length;
        if (bytes > limit) throw new Stop(packProblem('entry-too-large', name, { limit }));
        if (total > limits.maxTotalBytes) throw new Stop(packProblem('pack-too-large', packName, { limit: limits.maxTotalBytes }));
        hash.update(chunk);
        crc = crc32(chunk, crc);
        if (headBytes < SNIFF_BYTES) {
          head.push(chunk);
          headBytes += chunk.length;
        }
        yield chunk;
      }
    }
    await mkdir(dirname(target), { recursive: true });
    try {
      await pipeline(stream, measure, createWriteStream(target, { flags: 'wx' }));
    } catch (e) {
      await rm(target, { force: true });
      if (e instanceof Stop) {
        problems.push(e.problem);
        if (e.problem.code === 'pack-too-large') throw e;
        return;
      }
      return void problems.push(packProblem('damaged-entry', name, { reason: (e as Error).message }));
    }
    if (bytes !== entry.uncompressedSize || crc !== entry.crc32) {
      await rm(target, { force: true });
      const reason = bytes !== entry.uncompressedSize ? `${bytes} bytes, the zip says ${entry.uncompressedSize}` : 'CRC-32 does not match';
      return void problems.push(packProblem('damaged-entry', name, { reason }));
    }
    if (type.content.length) {
      const found = await fileTypeFromBuffer(Buffer.concat(head)).catch(() => undefined);
      if (!found || !type.content.includes(found.ext)) {
        await rm(target, { force: true });
        return void problems.push(
          packProblem('unknown-file-type', name, {
            found: found ? `the content is ${found.ext}, not what the name says` : 'the content is not a known media format',
          }),
        );
      }
    }
    entries.set(name, { sha256: hash.digest('hex'), bytes });
  };

  await new Promise<void>((done, fail) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      readEntry(entry).then(
        () => zip.readEntry(),
        (e: unknown) => {
          zip.close();
          if (e instanceof Stop) done();
          else fail(e as Error);
        },
      );
    });
    zip.once('end', () => done());
    zip.once('error', (e: Error) => {
      problems.push(packProblem('not-a-zip', packName, { reason: e.message }));
      done();
    });
    zip.readEntry();
  });
  return { problems, entries };
}
