import { describe, expect, it } from 'vitest';
import { checkPack, checkScenario, parseJsonText, type MediaInfo, type Problem } from '../../src/core/checker.ts';
import { Scenario } from '../../src/core/scenario-schema.ts';
import { mediaStub, validMedia, validScenario } from './fixtures/scenarios.ts';

const FILE = 'scenes/ouderenzorg/ochtendzorg/scenario.json';

// Fixtures are broken on purpose in ways the types forbid, so mutations work on plain JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function check(
  mutate: (s: Json) => void = () => {},
  media: (m: Record<string, MediaInfo>) => void = () => {},
  folder?: { zorgcategorie: string; id: string },
) {
  const scenario: Json = validScenario();
  mutate(scenario);
  const files = validMedia();
  media(files);
  return checkScenario(scenario, { file: FILE, mediaInfo: mediaStub(files), ...(folder ? { folder } : {}) });
}

/** The problems of one rule, so a fixture that trips a follow-up rule still tests one thing. */
async function problemsOf(rule: Problem['rule'], ...args: Parameters<typeof check>): Promise<Problem[]> {
  return (await check(...args)).problems.filter((p) => p.rule === rule);
}

async function single(rule: Problem['rule'], ...args: Parameters<typeof check>): Promise<Problem> {
  const found = await problemsOf(rule, ...args);
  expect(found, JSON.stringify(found, null, 2)).toHaveLength(1);
  return found[0]!;
}

describe('checkScenario: a valid scenario', () => {
  it('has no problems and returns the parsed scenario', async () => {
    const { scenario, problems } = await check();
    expect(problems).toEqual([]);
    expect(scenario?.id).toBe('ochtendzorg');
    expect(scenario?.nodes[0]?.media.stereo).toBe('mono'); // defaults applied
  });

  it('looks up each media file once, even when several nodes share it', async () => {
    const asked: string[] = [];
    const files = validMedia();
    const s: Json = validScenario();
    s.nodes[3].media.src = 'media/afronding.jpg';
    await checkScenario(s, { file: FILE, mediaInfo: async (p) => (asked.push(p), files[p] ?? { exists: false }) });
    expect(asked.filter((p) => p === 'media/afronding.jpg')).toHaveLength(1);
  });
});

describe('rule invalid-json', () => {
  it('gives line and column, and recognises a trailing comma', () => {
    const result = parseJsonText('{\n  "id": "a",\n  "nodes": [],\n}', FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({ rule: 'invalid-json', pointer: '', severity: 'error', file: FILE });
    expect(result.problem.message.en).toContain('line 4, column 1');
    expect(result.problem.message.en).toContain('comma after the last item');
  });

  it('reports a missing comma with its position', () => {
    const result = parseJsonText('{\n  "id": "a"\n  "version": "1.0.0"\n}', FILE);
    expect(!result.ok && result.problem.message.en).toMatch(/line 3, column 3/);
  });

  // V8 words these differently per Node version, and Node 20 gives no position for "Unexpected token"
  // (and quotes the file, newlines included): the message must not depend on it.
  it.each([
    ['a value is missing', '{\n  "id": }', 2, 9],
    ['a trailing comma in a list', '{"nodes": [\n  1,\n  2,\n]\n}', 4, 1],
    ['a misspelt true', '{"a": tru}', 1, 7],
    ['NaN', '{"a": NaN}', 1, 7],
    ['a missing colon', '{\n  "id" "a"\n}', 2, 8],
    ['an unterminated string', '{"a": "b', 1, 7],
    ['single quotes', "{'a': 1}", 1, 2],
    ['a comment', '{"a": 1 // note\n}', 1, 9],
    ['text after the end', '{"a": 1}\nx', 2, 1],
    ['an empty file', '', 1, 1],
  ])('gives line and column on one line for %s', (_what, text, line, column) => {
    const result = parseJsonText(text, FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.message.en).toMatch(new RegExp(`^the file is not valid JSON at line ${line}, column ${column}: \\S`));
    expect(result.problem.message.en).not.toMatch(/[\r\n]/);
    expect(result.problem.fix.en).not.toMatch(/[\r\n]/);
  });

  it('accepts a byte order mark', () => {
    expect(parseJsonText('\uFEFF{"a": 1}', FILE)).toEqual({ ok: true, value: { a: 1 } });
  });
});

describe('rule schema', () => {
  it('says which type was expected and which was written', async () => {
    const p = await single('schema', (s) => (s.nodes[0].hotspots[0].yaw = 'links'));
    expect(p.pointer).toBe('/nodes/0/hotspots/0/yaw');
    expect(p.message.en).toBe('node "gang" › hotspot "rooster" › yaw: expected a number, got a string ("links")');
    expect(p.severity).toBe('error');
  });

  it('names an unknown field and suggests the closest allowed one', async () => {
    const found = await problemsOf('schema', (s) => {
      s.nodes[1].titel = s.nodes[1].title;
      delete s.nodes[1].title;
    });
    const unknown = found.find((p) => p.pointer === '/nodes/1/titel');
    expect(unknown?.message.en).toBe('node "kamer": unknown field "titel"');
    expect(unknown?.fix.en).toContain('Did you mean "title"?');
    expect(found.find((p) => p.pointer === '/nodes/1/title')?.message.en).toBe('node "kamer": "title" is missing');
  });

  it('lists allowed fields when no name is close', async () => {
    const p = await single('schema', (s) => (s.nodes[0].hotspots[1].zzz = 1));
    expect(p.pointer).toBe('/nodes/0/hotspots/1/zzz');
    expect(p.fix.en).toContain('"target"');
  });

  it('suggests the intended hotspot kind', async () => {
    const p = await single('schema', (s) => (s.nodes[0].hotspots[1].kind = 'gotoo'));
    expect(p.pointer).toBe('/nodes/0/hotspots/1/kind');
    expect(p.message.en).toContain('hotspot "deur" › kind: a string ("gotoo") is not an allowed kind');
    expect(p.fix.en).toContain('Did you mean "goto"?');
  });

  it('reports a missing kind with the allowed kinds', async () => {
    const p = await single('schema', (s) => delete s.nodes[0].hotspots[0].kind);
    expect(p.pointer).toBe('/nodes/0/hotspots/0/kind');
    expect(p.message.en).toBe('node "gang" › hotspot "rooster": "kind" is missing');
    expect(p.fix.en).toBe('Add "kind" with one of: "info", "goto", "question".');
  });

  it('passes on the schema’s own rule for a scale', async () => {
    const p = await single('schema', (s) => (s.nodes[2].question.max = 30));
    expect(p.pointer).toBe('/nodes/2/question/max');
    expect(p.message.en).toContain('a scale needs max > min and at most 11 steps, got a number (30)');
  });

  it('suggests the intended work aspect', async () => {
    const p = await single('schema', (s) => (s.nodes[1].question.options[0].tags = ['samenwerking']));
    expect(p.pointer).toBe('/nodes/1/question/options/0/tags/0');
    expect(p.message.en).toContain('node "kamer" › question "eerst-doen" › option "wassen" › tags[0]');
    expect(p.fix.en).toContain('Did you mean "samenwerken"?');
  });

  it('explains a number out of range', async () => {
    const p = await single('schema', (s) => (s.nodes[0].hotspots[1].yaw = 200));
    expect(p.message.en).toContain('must be at most 180, got a number (200)');
    expect(p.fix.en).toContain('0 = image centre');
  });

  it('explains a plain string where a translated text is needed', async () => {
    const p = await single('schema', (s) => (s.title = 'Ochtendzorg'));
    expect(p.pointer).toBe('/title');
    expect(p.fix.en).toBe('Write it as {"nl": "Ochtendzorg", "en": "…"}.');
  });

  it('reports a missing required field with its description', async () => {
    const p = await single('schema', (s) => delete s.nodes[2].media.preview);
    expect(p.pointer).toBe('/nodes/2/media/preview');
    expect(p.message.en).toBe('node "afronding" › media: "preview" is missing');
    expect(p.fix.en).toContain('Small equirectangular image');
  });

  it('keeps the schema’s own explanation for formats', async () => {
    const p = await single('schema', (s) => (s.nodes[2].id = 'Afronding 1'));
    expect(p.pointer).toBe('/nodes/2/id');
    expect(p.fix.en).toContain('lowercase letters, digits and hyphens');
  });

  it('merges the allowed values of a union (niveaus)', async () => {
    const p = await single('schema', (s) => (s.niveaus = [5]));
    expect(p.fix.en).toBe('Use one of: 1, 2, 3, 4.');
  });
});

describe('rule missing-nl', () => {
  it('reports a missing Dutch text', async () => {
    const p = await single('missing-nl', (s) => (s.nodes[0].title = { en: 'The corridor' }));
    expect(p.pointer).toBe('/nodes/0/title/nl');
    expect(p.message.en).toBe('node "gang" › title: the Dutch text (nl) is missing');
    expect(p.fix.en).toContain('Write the Dutch text first');
  });

  it('reports an empty Dutch text', async () => {
    const p = await single('missing-nl', (s) => (s.nodes[1].question.options[1].label.nl = '  '));
    expect(p.pointer).toBe('/nodes/1/question/options/1/label/nl');
    expect(p.message.en).toContain('option "vragen" › label: the Dutch text (nl) is empty');
  });
});

describe('rule missing-en', () => {
  it('warns once per untranslated text', async () => {
    const p = await single('missing-en', (s) => delete s.nodes[3].ending.takeaway.en);
    expect(p).toMatchObject({ severity: 'warning', pointer: '/nodes/3/ending/takeaway' });
    expect(p.message.en).toBe('node "einde" › ending.takeaway: the English text (en) is missing (nl: "Zorg is samen beslissen.")');
  });
});

describe('rule folder-mismatch', () => {
  it('compares zorgcategorie and id with the folder names', async () => {
    const found = await problemsOf('folder-mismatch', undefined, undefined, { zorgcategorie: 'thuiszorg', id: 'ochtendzorg-v2' });
    expect(found.map((p) => p.pointer)).toEqual(['/zorgcategorie', '/id']);
    expect(found[0]?.message.en).toBe('zorgcategorie is "ouderenzorg" but the file is in the zorgcategorie folder "thuiszorg"');
  });
});

describe('rule duplicate-id', () => {
  it('finds a repeated node id', async () => {
    const found = await problemsOf('duplicate-id', (s) => (s.nodes[3].id = 'gang'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ pointer: '/nodes/3/id' });
    expect(found[0]?.message.en).toContain('node id "gang" is used by more than one node (#1 and #4)');
  });

  it('finds a repeated hotspot id within a node', async () => {
    const p = await single('duplicate-id', (s) => (s.nodes[0].hotspots[1].id = 'rooster'));
    expect(p.pointer).toBe('/nodes/0/hotspots/1/id');
    expect(p.message.en).toBe('node "gang": hotspot id "rooster" is used more than once in this node');
  });

  it('finds a repeated question id anywhere in the scenario', async () => {
    const p = await single('duplicate-id', (s) => (s.nodes[2].question.id = 'samen'));
    expect(p.pointer).toBe('/nodes/2/question/id');
    expect(p.message.en).toContain('question id "samen" is used more than once');
    expect(p.message.en).toContain('node "kamer" › hotspot "collega" › question "samen"');
  });

  it('finds a repeated option id within a question', async () => {
    const p = await single('duplicate-id', (s) => (s.nodes[1].hotspots[0].question.options[1].id = 'ja'));
    expect(p.pointer).toBe('/nodes/1/hotspots/0/question/options/1/id');
    expect(p.message.en).toContain('option id "ja" is used more than once in this question');
  });
});

describe('rule dangling-target', () => {
  const cases: [string, (s: Json) => void, string, string][] = [
    ['startNode', (s) => (s.startNode = 'begin'), '/startNode', 'startNode "begin" is not a node in this scenario'],
    [
      'goto target',
      (s) => (s.nodes[0].hotspots[1].target = 'kammer'),
      '/nodes/0/hotspots/1/target',
      'node "gang" › hotspot "deur" › target: goes to node "kammer"',
    ],
    ['option next', (s) => (s.nodes[1].question.options[0].next = 'slot'), '/nodes/1/question/options/0/next', 'option "wassen" › next: goes to node "slot"'],
    ['scale next', (s) => (s.nodes[2].question.next = 'slot'), '/nodes/2/question/next', 'question "past-bij-mij" › next: goes to node "slot"'],
    ['timer next', (s) => (s.nodes[1].timer.next = 'slot'), '/nodes/1/timer/next', 'node "kamer" › timer.next: goes to node "slot"'],
    [
      'condition',
      (s) => (s.nodes[1].question.options[1].condition.visited = ['gangg']),
      '/nodes/1/question/options/1/condition/visited/0',
      'the condition names node "gangg"',
    ],
    [
      'hotspot condition',
      (s) => (s.nodes[1].hotspots[0].condition.notVisited = ['zolder']),
      '/nodes/1/hotspots/0/condition/notVisited/0',
      'node "zolder", which does not exist',
    ],
  ];
  it.each(cases)('checks the %s', async (_name, mutate, pointer, message) => {
    const found = await problemsOf('dangling-target', mutate);
    expect(found).toHaveLength(1);
    expect(found[0]?.pointer).toBe(pointer);
    expect(found[0]?.message.en).toContain(message);
  });

  it('suggests the node id that was meant', async () => {
    const p = await single('dangling-target', (s) => (s.nodes[0].hotspots[1].target = 'kammer'));
    expect(p.fix.en).toContain('Did you mean "kamer"?');
  });
});

describe('rule unreachable-node', () => {
  it('warns about a node no link leads to', async () => {
    const p = await single('unreachable-node', (s) => s.nodes.push({ ...s.nodes[3], id: 'zolder' }));
    expect(p).toMatchObject({ pointer: '/nodes/4', severity: 'warning' });
    expect(p.message.en).toBe('node "zolder" cannot be reached from the start node "gang"');
  });
});

describe('rule dead-end', () => {
  it('finds a node without a way forward that is not an ending', async () => {
    const p = await single('dead-end', (s) => delete s.nodes[2].question.next);
    expect(p).toMatchObject({ pointer: '/nodes/2', severity: 'error' });
    expect(p.message.en).toContain('node "afronding" has no way forward');
  });

  it('finds nodes that only lead to each other while the ending is elsewhere (a trap)', async () => {
    const problems = await problemsOf('dead-end', (s) => {
      s.nodes[1].question.options[0].next = 'einde';
      s.nodes[2].question.next = 'zolder';
      s.nodes.push({ ...s.nodes[0], id: 'zolder', narration: undefined, hotspots: [{ ...s.nodes[0].hotspots[1], target: 'afronding' }] });
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ pointer: '/nodes/2', severity: 'error' });
    expect(problems[0]!.message.en).toBe('nodes "afronding" and "zolder" only lead to each other: a candidate who gets there can never reach an ending');
  });

  it('finds a node whose only way forward leads back to itself', async () => {
    const p = await single('dead-end', (s) => (s.nodes[2].question.next = 'afronding'));
    expect(p.pointer).toBe('/nodes/2');
    expect(p.message.en).toBe('node "afronding" only leads back to itself: a candidate who gets there can never reach an ending');
  });
});

describe('rule no-ending', () => {
  it('warns when no node is an ending', async () => {
    const p = await single('no-ending', (s) => delete s.nodes[3].ending);
    expect(p).toMatchObject({ pointer: '/nodes', severity: 'warning' });
    expect(p.message.en).toContain('no ending node');
  });

  it('warns when the ending cannot be reached', async () => {
    const p = await single('no-ending', (s) => {
      s.nodes[2].question.next = 'gang';
    });
    expect(p.pointer).toBe('/startNode');
    expect(p.message.en).toBe('no ending node ("einde") can be reached from the start node "gang"');
  });
});

describe('rule unknown-variable', () => {
  it('warns about a condition on a variable that is never declared or set', async () => {
    const p = await single('unknown-variable', (s) => (s.nodes[1].hotspots[0].condition.variables[0].name = 'gedult'));
    expect(p).toMatchObject({ pointer: '/nodes/1/hotspots/0/condition/variables/0/name', severity: 'warning' });
    expect(p.message.en).toContain('variable "gedult" is never declared or set');
    expect(p.fix.en).toContain('Did you mean "geduld"?');
  });
});

describe('media rules', () => {
  it('missing-media: names the file and the node', async () => {
    const p = await single('missing-media', undefined, (m) => delete m['media/gang.jpg']);
    expect(p.pointer).toBe('/nodes/0/media/src');
    expect(p.message.en).toBe('node "gang" › media.src: file "media/gang.jpg" does not exist');
  });

  it('missing-media: also info images, narration audio and video fallbacks', async () => {
    const found = await problemsOf('missing-media', undefined, (m) => {
      delete m['media/rooster.jpg'];
      delete m['audio/gang-nl.mp3'];
      delete m['media/kamer.webm'];
    });
    expect(found.map((p) => p.pointer)).toEqual(['/nodes/0/hotspots/0/image', '/nodes/0/narration/audio/nl', '/nodes/1/media/fallback']);
  });

  it('unreadable-media: passes on the reason', async () => {
    const p = await single('unreadable-media', undefined, (m) => (m['media/einde.jpg'] = { exists: true, error: 'corrupt JPEG' }));
    expect(p.pointer).toBe('/nodes/3/media/src');
    expect(p.message.en).toContain('cannot be read (corrupt JPEG)');
  });

  it('not-2-to-1: a panorama must be twice as wide as high', async () => {
    const p = await single('not-2-to-1', undefined, (m) => (m['media/gang.jpg'] = { exists: true, width: 4000, height: 3000 }));
    expect(p.pointer).toBe('/nodes/0/media/src');
    expect(p.message.en).toContain('"media/gang.jpg" is 4000×3000 px');
    expect(p.fix.en).toContain('4000×2000');
  });

  it('not-2-to-1: also previews and measured videos; top-bottom stereo is square', async () => {
    const found = await problemsOf(
      'not-2-to-1',
      (s) => (s.nodes[2].media.stereo = 'top-bottom'),
      (m) => {
        m['media/kamer-preview.jpg'] = { exists: true, width: 512, height: 512 };
        m['media/kamer.mp4'] = { exists: true, width: 3840, height: 2160 };
      },
    );
    expect(found.map((p) => p.pointer)).toEqual(['/nodes/1/media/src', '/nodes/1/media/preview', '/nodes/2/media/src']);
    expect(found[2]?.message.en).toContain('top-bottom stereo 360° image must be square');
  });

  it('too-wide: at most 8192 px', async () => {
    const p = await single('too-wide', undefined, (m) => (m['media/einde.jpg'] = { exists: true, width: 10000, height: 5000 }));
    expect(p.pointer).toBe('/nodes/3/media/src');
    expect(p.message.en).toContain('is 10000 px wide');
    expect(p.fix.en).toContain('8192×4096');
  });

  it('large-preview: warns about a full-size preview', async () => {
    const p = await single('large-preview', undefined, (m) => (m['media/gang-preview.jpg'] = { exists: true, width: 4096, height: 2048 }));
    expect(p).toMatchObject({ pointer: '/nodes/0/media/preview', severity: 'warning' });
  });
});

describe('rule hotspots-too-close', () => {
  it('reports two hotspots in one node whose targets overlap', async () => {
    const p = await single('hotspots-too-close', (s) => {
      const node = s.nodes.find((n: Json) => n.hotspots?.length > 0);
      const first = node.hotspots[0];
      node.hotspots.push({ ...first, id: 'te-dichtbij', yaw: first.yaw + 4, pitch: first.pitch });
    });
    expect(p.severity).toBe('error');
    expect(p.message.en).toMatch(/"te-dichtbij" are only 4\.0° apart/);
    expect(p.pointer).toMatch(/^\/nodes\/\d+\/hotspots\/\d+$/);
  });

  it('measures across the ±180° seam: 178° and −178° are 4° apart, 175° and −175° are 10° apart', async () => {
    const pair = (a: number, b: number) => (s: Json) => {
      const node = s.nodes.find((n: Json) => n.hotspots?.length > 0);
      const first = node.hotspots[0];
      node.hotspots = [
        { ...first, id: 'links', yaw: a, pitch: 0 },
        { ...first, id: 'rechts', yaw: b, pitch: 0 },
      ];
    };
    expect(await problemsOf('hotspots-too-close', pair(178, -178))).toHaveLength(1);
    expect(await problemsOf('hotspots-too-close', pair(175, -175))).toHaveLength(0);
  });
});

describe('checkPack', () => {
  it('duplicate-scenario-id: reports every file that shares an id', () => {
    const scenario = Scenario.parse(validScenario());
    const problems = checkPack([{ file: 'a/scenario.json', scenario }, { file: 'b/scenario.json', scenario }, { file: 'c/scenario.json' }]);
    expect(problems.map((p) => [p.file, p.rule, p.pointer])).toEqual([
      ['a/scenario.json', 'duplicate-scenario-id', '/id'],
      ['b/scenario.json', 'duplicate-scenario-id', '/id'],
    ]);
    expect(problems[0]?.message.en).toBe('scenario id "ochtendzorg" is also used by "b/scenario.json"');
  });
});
