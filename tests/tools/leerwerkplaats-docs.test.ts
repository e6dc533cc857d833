import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { LEERVOORKEUREN } from '../../src/core/leervoorkeuren.ts';
import { checkProfile, PROFILE_CHECK_RULES } from '../../src/core/leerwerkplaats-checker.ts';
import { BEGELEIDINGSVORMEN, DIENSTEN, KENNISMAKINGEN, MATCH_CRITERIA, ROLLEN } from '../../src/core/leerwerkplaats-vocabulary.ts';
import type { LocalizedText } from '../../src/core/localized-text.ts';
import { OPLEIDINGEN } from '../../src/core/opleidingen.ts';

// docs/leerwerkplaatsprofiel-format.md is what beheerders copy from, so it must not drift from the code.
const docs = await readFile(new URL('../../docs/leerwerkplaatsprofiel-format.md', import.meta.url), 'utf8');
const example = /<!-- worked-example:start -->\s*```json\n([\s\S]*?)```\s*<!-- worked-example:end -->/.exec(docs)?.[1];

const check = (today: string) =>
  checkProfile(JSON.parse(example!), {
    file: 'scenes/leerwerkplaatsen/de-linde-kleinschalig-wonen.json',
    fileId: 'de-linde-kleinschalig-wonen',
    scenarios: new Set(['ouderenzorg/ochtend-verpleeghuis']),
    today,
  });

describe('docs/leerwerkplaatsprofiel-format.md', () => {
  it('has a worked example that passes the checker, and goes stale on the date the text says', () => {
    expect(example).toBeDefined();
    expect(check('2026-11-22').problems).toEqual([]);
    expect(check('2027-04-06').problems).toEqual([]);
    expect(check('2027-04-07').problems.map((p) => p.rule)).toEqual(['stale-profile', 'stale-profile', 'stale-profile', 'stale-profile']);
  });

  it('documents every rule a profile can break', () => {
    for (const rule of PROFILE_CHECK_RULES) expect(docs).toContain(`| \`${rule}\` |`);
  });

  it('lists every word of the word lists with its labels', () => {
    const lists: Record<string, LocalizedText>[] = [
      LEERVOORKEUREN,
      DIENSTEN.labels,
      BEGELEIDINGSVORMEN.labels,
      ROLLEN.labels,
      KENNISMAKINGEN.labels,
      MATCH_CRITERIA.labels,
    ];
    for (const list of lists) {
      for (const [id, label] of Object.entries(list)) expect(docs).toContain(`| \`${id}\` | ${label.nl} | ${label.en} |`);
    }
    for (const [id, o] of Object.entries(OPLEIDINGEN)) expect(docs).toContain(`| \`${id}\` | ${o.niveau} | ${o.nl} | ${o.en} |`);
  });
});
