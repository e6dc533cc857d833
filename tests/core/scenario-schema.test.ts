import { describe, expect, it } from 'vitest';
import { EventBody, LoggedEvent } from '../../src/core/events.ts';
import { localize } from '../../src/core/localized-text.ts';
import { Hotspot, Option, Question, Scenario } from '../../src/core/scenario-schema.ts';

const L = (nl: string) => ({ nl, en: `${nl} (en)` });
const minimal = {
  id: 'demo',
  version: '1.0.0',
  zorgcategorie: 'ouderenzorg',
  title: L('Titel'),
  description: L('Omschrijving'),
  beroepen: [L('Helpende')],
  niveaus: [2],
  startNode: 'a',
  nodes: [{ id: 'a', title: L('A'), media: { type: 'image', src: 'media/a.jpg', preview: 'media/a-p.jpg' }, ending: { takeaway: L('Klaar') } }],
};

describe('scenario schema', () => {
  it('accepts a minimal scenario and fills defaults', () => {
    const s = Scenario.parse(minimal);
    expect(s.formatVersion).toBe(1);
    expect(s.variables).toEqual({});
    expect(s.nodes[0]!.hotspots).toEqual([]);
    expect(s.nodes[0]!.media.stereo).toBe('mono');
  });

  it('requires Dutch text and falls back to it when English is missing', () => {
    expect(Scenario.safeParse({ ...minimal, title: { en: 'Only English' } }).success).toBe(false);
    expect(Scenario.safeParse({ ...minimal, title: { nl: '  ' } }).success).toBe(false);
    expect(localize({ nl: 'Hallo' }, 'en')).toBe('Hallo');
    expect(localize({ nl: 'Hallo', en: 'Hello' }, 'en')).toBe('Hello');
  });

  it('rejects unknown fields, bad ids, absolute or escaping media paths, and yaw/pitch out of range', () => {
    expect(Scenario.safeParse({ ...minimal, titel: L('x') }).success).toBe(false);
    expect(Scenario.safeParse({ ...minimal, id: 'Met Spaties' }).success).toBe(false);
    for (const src of ['/etc/passwd', '../x.jpg', 'https://cdn.example/x.jpg']) {
      const nodes = [{ ...minimal.nodes[0]!, media: { type: 'image', src, preview: 'media/p.jpg' } }];
      expect(Scenario.safeParse({ ...minimal, nodes }).success, src).toBe(false);
    }
    const h = { id: 'h', kind: 'info', label: L('x'), text: L('y'), pitch: 0 };
    expect(Hotspot.safeParse({ ...h, yaw: 181 }).success).toBe(false);
    expect(Hotspot.safeParse({ ...h, yaw: -180 }).success).toBe(true);
    expect(Hotspot.safeParse({ ...h, yaw: 0, pitch: 91 }).success).toBe(false);
  });

  it('needs tags from the vocabulary and a talkingPoint on every option', () => {
    const o = { id: 'o', label: L('Ja'), tags: ['samenwerken'], talkingPoint: L('Waarom?') };
    expect(Option.parse(o).stance).toBe('neutral');
    expect(Option.safeParse({ ...o, tags: [] }).success).toBe(false);
    expect(Option.safeParse({ ...o, tags: ['koffie-drinken'] }).success).toBe(false);
    const { talkingPoint: _, ...noTalk } = o;
    expect(Option.safeParse(noTalk).success).toBe(false);
  });

  it('has choice, reflection and scale questions; a scale needs max > min', () => {
    const opt = (id: string) => ({ id, label: L(id), tags: ['structuur'], talkingPoint: L('?') });
    expect(Question.parse({ id: 'q', kind: 'choice', prompt: L('?'), options: [opt('a'), opt('b')] }).kind).toBe('choice');
    expect(Question.parse({ id: 'q', kind: 'reflection', prompt: L('?'), options: [opt('a'), opt('b')] }).kind).toBe('reflection');
    const scale = { id: 'q', kind: 'scale', prompt: L('Past dit bij mij?'), minLabel: L('Nee'), maxLabel: L('Ja'), talkingPoint: L('?') };
    const parsed = Question.parse(scale);
    expect(parsed.kind === 'scale' && [parsed.min, parsed.max]).toEqual([1, 5]);
    expect(Question.safeParse({ ...scale, min: 5, max: 5 }).success).toBe(false);
    expect(Question.safeParse({ id: 'q', kind: 'choice', prompt: L('?'), options: [opt('a')] }).success).toBe(false);
  });

  it('logged events carry a v4 UUID, a sequence number and a client time', () => {
    const body = { type: 'hotspot-opened', nodeId: 'a', hotspotId: 'h', hotspotKind: 'info' } as const;
    expect(EventBody.parse(body)).toEqual(body);
    const ok = { ...body, id: '3b241101-e2bb-4255-8caf-4136c566a962', seq: 0, at: 1_700_000_000_000 };
    expect(LoggedEvent.safeParse(ok).success).toBe(true);
    expect(LoggedEvent.safeParse({ ...ok, id: 'not-a-uuid' }).success).toBe(false);
    expect(LoggedEvent.safeParse({ ...ok, seq: -1 }).success).toBe(false);
  });
});
