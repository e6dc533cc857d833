import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkScenario, PROBLEM_RULES, type MediaInfo } from '../../src/core/checker.ts';
import { WORK_ASPECTS } from '../../src/core/work-aspects.ts';

// docs/scenario-format.md is what content makers copy from, so it must not drift from the code.
const docs = await readFile(new URL('../../docs/scenario-format.md', import.meta.url), 'utf8');

describe('docs/scenario-format.md', () => {
  it('has a worked example that passes the checker', async () => {
    const block = /<!-- worked-example:start -->\s*```json\n([\s\S]*?)```\s*<!-- worked-example:end -->/.exec(docs);
    expect(block).not.toBeNull();
    // The example's media are described in the text: panoramas 4096×2048, previews 512×256.
    const mediaInfo = async (path: string): Promise<MediaInfo> =>
      !path.endsWith('.jpg')
        ? { exists: true }
        : path.includes('-preview')
          ? { exists: true, width: 512, height: 256 }
          : { exists: true, width: 4096, height: 2048 };
    const result = await checkScenario(JSON.parse(block![1]!), {
      file: 'scenes/ouderenzorg/eerste-dienst/scenario.json',
      folder: { zorgcategorie: 'ouderenzorg', id: 'eerste-dienst' },
      mediaInfo,
    });
    expect(result.problems).toEqual([]);
  });

  it('points only at scenarios and files that exist (in the text and in the commands to run)', () => {
    // Inline `code` in the text and `npm run …` lines are what a reader opens or runs; sample
    // checker output shows made-up mistakes and is left out. Templates (`<zorgcategorie>`) too.
    const spans = [...docs.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
    const commands = docs.split('\n').filter((line) => line.startsWith('npm run'));
    const paths = [...spans, ...commands].flatMap((text) => [...text.matchAll(/(?<![\w/])scenes\/[\w./-]*[\w]/g)].map((m) => m[0]));
    expect(paths.length).toBeGreaterThan(3);
    const missing = [...new Set(paths)].filter((path) => !existsSync(fileURLToPath(new URL(`../../${path}`, import.meta.url))));
    expect(missing).toEqual([]);
  });

  it('lists every work aspect with its labels', () => {
    for (const [id, label] of Object.entries(WORK_ASPECTS)) {
      expect(docs).toContain(`| \`${id}\` | ${label.nl} | ${label.en} |`);
    }
  });

  it('documents every checker rule', () => {
    for (const rule of PROBLEM_RULES) expect(docs).toContain(`| \`${rule}\` |`);
  });
});
