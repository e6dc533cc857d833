import { describe, expect, it } from 'vitest';
import { loggedContent, loggedOption, versionKey } from '../../src/core/logged-content.ts';
import { build, choice, node, option, scale } from './fixtures.ts';

/** Content as it is now: the log may name things that have since moved or gone. */
const now = build([
  node('gang', { hotspots: [{ id: 'info-1', kind: 'info', yaw: 0, pitch: 0, label: { nl: 'Info' }, text: { nl: 'Uitleg' } }] }),
  // The question "q1" was logged in "gang"; it has since moved to "kamer".
  node('kamer', { question: choice('q1', [option('a', { next: 'einde' }), option('b', { next: 'einde' })]) }),
  node('einde', { ending: { takeaway: { nl: 'Klaar' } }, question: scale('past') }),
]).scenario;
const PATH = 'ouderenzorg/test-scenario';

describe('loggedContent', () => {
  const lookup = loggedContent(new Map([[PATH, now]]));

  it('finds nodes, hotspots, questions and options by the ids that were logged', () => {
    const s = lookup(PATH);
    expect(s).toMatchObject({ path: PATH, id: 'test-scenario', zorgcategorie: 'ouderenzorg' });
    expect(s.node('kamer')?.id).toBe('kamer');
    expect(s.hotspot('gang', 'info-1')?.kind).toBe('info');
    expect(s.question('kamer', 'q1')?.id).toBe('q1');
    expect(loggedOption(s.question('kamer', 'q1'), 'a')?.id).toBe('a');
  });

  it('finds a question that moved to another node, but a hotspot only in its own node', () => {
    const s = lookup(PATH);
    expect(s.question('gang', 'q1')?.id).toBe('q1');
    expect(s.hotspot('kamer', 'info-1')).toBeNull();
  });

  it('misses softly on what is gone, and names the zorgcategorie from the path of a removed scenario', () => {
    const s = lookup(PATH);
    expect(s.node('weg')).toBeNull();
    expect(s.question('kamer', 'weg')).toBeNull();
    expect(loggedOption(s.question('kamer', 'q1'), 'weg')).toBeNull();
    expect(loggedOption(s.question('einde', 'past'), null)).toBeNull();
    const gone = lookup('thuiszorg/verdwenen');
    expect(gone).toMatchObject({ index: null, id: 'verdwenen', zorgcategorie: 'thuiszorg' });
    expect(gone.question('x', 'y')).toBeNull();
    expect(lookup('onbekend/x').zorgcategorie).toBeNull();
  });

  it('accepts a map keyed by bare scenario id, and indexes each scenario once', () => {
    const byId = loggedContent(new Map([['test-scenario', now]]));
    expect(byId(PATH).node('gang')?.id).toBe('gang');
    expect(byId(PATH)).toBe(byId(PATH));
  });

  it('resolves from the version the event recorded when that version is given, else from the scenario now', () => {
    const before = build([
      node('gang', { question: choice('q1', [option('oud', { next: 'einde' }), option('b', { next: 'einde' })]) }),
      node('einde', { ending: { takeaway: { nl: 'Klaar' } } }),
    ]).scenario;
    const both = loggedContent(
      new Map([
        [PATH, now],
        [versionKey(PATH, '1.0.0'), before],
      ]),
    );
    expect(loggedOption(both(PATH, '1.0.0').question('gang', 'q1'), 'oud')?.id).toBe('oud');
    expect(loggedOption(both(PATH).question('gang', 'q1'), 'oud')).toBeNull();
    // A version nobody kept: the scenario now, as before versions existed.
    expect(both(PATH, '0.9.0').node('kamer')?.id).toBe('kamer');
    expect(both(PATH, null)).toBe(both(PATH));
  });
});
