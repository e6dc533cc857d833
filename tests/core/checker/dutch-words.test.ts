import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenario, type MediaInfo, type Problem } from '../../../src/core/checker.ts';
import { SCHEMA_MESSAGES_NL } from '../../../src/core/checker/schema-issues.ts';
import { formatProblem } from '../../../src/tools/scenes-check.ts';
import { mediaStub, validMedia, validScenario } from '../fixtures/scenarios.ts';

// Fixtures are broken on purpose in ways the types forbid, so mutations work on plain JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function problems(mutate: (s: Json) => void, media: (m: Record<string, MediaInfo>) => void = () => {}): Promise<Problem[]> {
  const s: Json = validScenario();
  mutate(s);
  const files = validMedia();
  media(files);
  return (await checkScenario(s, { file: 'x/scenario.json', mediaInfo: mediaStub(files) })).problems;
}

/**
 * A praktijkopleider sees the Dutch next to the field in the editor and never sees the file,
 * so the Dutch must not be the English or JSON talk ("node", "is missing", `"en": "…"`).
 */
const ENGLISH_OR_JSON = /\b(node|nodes|is missing|expected|must|the|Add|Use|option|goto|startNode)\b|"(en|nl)":/;

const BROKEN: [string, (s: Json) => void, ((m: Record<string, MediaInfo>) => void)?][] = [
  ['missing English', (s) => delete s.nodes[0].title.en],
  ['empty Dutch', (s) => (s.nodes[1].question.options[1].label.nl = ' ')],
  ['a door to a removed scene', (s) => (s.nodes[0].hotspots[1].target = 'keuken')],
  ['an answer to a removed scene', (s) => (s.nodes[1].question.options[0].next = 'keuken')],
  ['a scene nobody reaches', (s) => s.nodes.push({ ...structuredClone(s.nodes[3]), id: 'zolder' })],
  ['a scene without a way on', (s) => (delete s.nodes[2].question, delete s.nodes[3].ending)],
  ['no ending', (s) => s.nodes.forEach((n: Json) => delete n.ending)],
  ['two hotspots on top of each other', (s) => s.nodes[0].hotspots.push({ ...s.nodes[0].hotspots[1], id: 'deur-2', yaw: 92 })],
  ['the same scene id twice', (s) => (s.nodes[3].id = 'gang')],
  ['a question with one answer', (s) => s.nodes[1].question.options.splice(1)],
  ['an answer without a part of the work', (s) => (s.nodes[1].question.options[0].tags = [])],
  ['a missing photo', () => {}, (m) => (m['media/gang.jpg'] = { exists: false })],
  ['a photo that is not 2:1', () => {}, (m) => (m['media/gang.jpg'] = { exists: true, width: 4000, height: 3000, format: 'jpeg' })],
];

describe('checker problems in Dutch, in the editor’s words', () => {
  it.each(BROKEN)('%s: Dutch message and fix, not English or JSON talk', async (_name, mutate, media) => {
    const found = await problems(mutate, media);
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) {
      expect(p.message.nl, p.message.en).not.toBe(p.message.en);
      expect(p.message.nl, p.message.en).not.toMatch(ENGLISH_OR_JSON);
      expect(p.fix.nl, p.fix.en).not.toMatch(ENGLISH_OR_JSON);
    }
  });

  it('names scenes, answers and fields as the editor does', async () => {
    const [missingEn] = await problems((s) => delete s.nodes[0].title.en);
    expect(missingEn!.message).toEqual({
      nl: 'scène "gang" › titel: de Engelse tekst ontbreekt (Nederlands: "De gang")',
      en: 'node "gang" › title: the English text (en) is missing (nl: "De gang")',
    });
    const dangling = (await problems((s) => (s.nodes[1].question.options[0].next = 'keuken'))).find((p) => p.rule === 'dangling-target')!;
    expect(dangling.message.nl).toBe('scène "kamer" › vraag "eerst-doen" › antwoord "wassen": gaat naar scène "keuken", maar die bestaat niet (meer)');
    expect(dangling.fix.nl).toMatch(/^Kies een scène die er wel is\. Scènes in deze situatie: "gang", "kamer"/);
    const tags = (await problems((s) => (s.nodes[1].question.options[0].tags = []))).find((p) => p.rule === 'schema')!;
    expect(tags.message.nl).toBe(
      'scène "kamer" › vraag "eerst-doen" › antwoord "wassen" › werkaspecten: kies bij elk antwoord minstens één deel van het werk ("Over welk deel van het werk gaat dit?")',
    );
  });

  it('prints the same words on the command line: Dutch first, then English', async () => {
    const [p] = await problems((s) => delete s.nodes[0].title.en);
    expect(formatProblem(p!).split('\n')).toEqual([
      `x/scenario.json:/nodes/0/title  warning [missing-en] ${p!.message.nl}`,
      `    ${p!.message.en}`,
      `    oplossing: ${p!.fix.nl}`,
      `    fix: ${p!.fix.en}`,
    ]);
  });

  it('has Dutch for every message the schemas write themselves', () => {
    const sources = ['src/core/scenario-schema.ts', 'src/core/localized-text.ts', 'src/core/leerwerkplaats-schema.ts'].map((f) => readFileSync(f, 'utf8'));
    const own = sources.flatMap((src) => [...src.matchAll(/error: '([^']+)'/g)].map((m) => m[1]!));
    expect(own.length).toBeGreaterThan(10);
    expect(own.filter((m) => !(m in SCHEMA_MESSAGES_NL))).toEqual([]);
  });
});
