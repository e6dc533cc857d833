import { describe, expect, it } from 'vitest';
import { checkScenario, type Problem } from '../../../src/core/checker.ts';
import { messageAtField } from '../../../src/editor/draft/problem-text.ts';
import { mediaStub, validMedia, validScenario } from '../../core/fixtures/scenarios.ts';

// Fixtures are broken on purpose in ways the types forbid, so mutations work on plain JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function problemsOf(mutate: (s: Json) => void): Promise<{ scenario: Json; problems: Problem[] }> {
  const scenario: Json = validScenario();
  mutate(scenario);
  return { scenario, problems: (await checkScenario(scenario, { file: 'x', mediaInfo: mediaStub(validMedia()) })).problems };
}

describe('messageAtField', () => {
  it('leaves out the place the note already sits at, in both languages', async () => {
    const { scenario, problems } = await problemsOf((s) => (s.nodes[1].question.options[1].label.nl = ''));
    const [p] = problems;
    expect(p!.message.nl).toMatch(/^scène "kamer" › vraag "eerst-doen" › antwoord "vragen" › naam: /);
    expect(messageAtField(p!, scenario, 'nl')).toBe('De Nederlandse tekst is leeg');
    expect(messageAtField(p!, scenario, 'en')).toBe('The Dutch text (nl) is empty');
  });

  it('also when the message names the owner of the field (an answer that goes nowhere)', async () => {
    const { scenario, problems } = await problemsOf((s) => (s.nodes[1].question.options[0].next = 'keuken'));
    const p = problems.find((x) => x.rule === 'dangling-target')!;
    expect(messageAtField(p, scenario, 'nl')).toBe('Gaat naar scène "keuken", maar die bestaat niet (meer)');
  });

  it('keeps a message that does not start with its place', async () => {
    const { scenario, problems } = await problemsOf((s) => (delete s.nodes[2].question, delete s.nodes[3].ending));
    const p = problems.find((x) => x.rule === 'dead-end')!;
    expect(messageAtField(p, scenario, 'nl')).toBe(p.message.nl);
  });
});
