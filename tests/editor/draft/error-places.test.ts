import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/core/checker.ts';
import { errorPlaces } from '../../../src/editor/draft/error-places.ts';
import { editorStrings } from '../../../src/editor/editor-strings.ts';
import { mediaStub, validMedia, validScenario } from '../../core/fixtures/scenarios.ts';

describe('errorPlaces', () => {
  it('says where the errors are: the scenario’s own fields first, then each scene in order', async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const s: any = validScenario();
    s.title.nl = ' ';
    s.nodes[1].question.options[0].label.nl = '';
    s.nodes[1].question.options[1].label.nl = '';
    s.nodes[0].hotspots[0].label.nl = '';
    const { problems } = await checkScenario(s, { file: 'x', mediaInfo: mediaStub(validMedia()) });
    const { scenario } = await checkScenario(validScenario(), { file: 'x', mediaInfo: mediaStub(validMedia()) });
    expect(errorPlaces(problems, scenario!)).toEqual([
      { kind: 'scenario', count: 1 },
      { kind: 'scene', index: 0, id: 'gang', count: 1 },
      { kind: 'scene', index: 1, id: 'kamer', count: 2 },
    ]);
  });

  it('leaves warnings out', async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const s: any = validScenario();
    delete s.nodes[0].title.en;
    const { problems } = await checkScenario(s, { file: 'x', mediaInfo: mediaStub(validMedia()) });
    expect(problems).toHaveLength(1);
    expect(errorPlaces(problems, s)).toEqual([]);
  });
});

describe('counts in the toolbar', () => {
  it('say 1 tip / 1 fout and 3 tips / 3 fouten', () => {
    expect(editorStrings.text('nl', 'warnings', { count: 1 })).toBe('1 tip');
    expect(editorStrings.text('nl', 'warnings', { count: 3 })).toBe('3 tips');
    expect(editorStrings.text('nl', 'errorsLeft', { count: 1 })).toBe('1 fout om op te lossen');
    expect(editorStrings.text('en', 'errorsLeft', { count: 2 })).toBe('2 errors to fix');
  });
});
