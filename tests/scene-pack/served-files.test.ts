import { describe, expect, it } from 'vitest';
import { Scenario } from '../../src/core/scenario-schema.ts';
import { servedFiles } from '../../src/scene-pack/served-files.ts';
import { validScenario } from '../core/fixtures/scenarios.ts';

describe('servedFiles', () => {
  it('lists the schema, each scenario.json and every file a scenario names, as a browser asks for it', () => {
    const raw = validScenario();
    raw.nodes[0]!.media = { ...raw.nodes[0]!.media, src: './media/gang.jpg' };
    const files = servedFiles('/packs/scenes', new Map([['ouderenzorg/ochtendzorg', Scenario.parse(raw)]]));
    expect([...files.keys()].sort()).toEqual(
      [
        'scenario.schema.json',
        'ouderenzorg/ochtendzorg/scenario.json',
        // The version a session pins has one address for every scenario, the current one too.
        'ouderenzorg/ochtendzorg/versions/1.0.0/scenario.json',
        // "./" is gone: the browser drops it from the URL before asking.
        'ouderenzorg/ochtendzorg/media/gang.jpg',
        'ouderenzorg/ochtendzorg/media/gang-preview.jpg',
        'ouderenzorg/ochtendzorg/media/rooster.jpg',
        'ouderenzorg/ochtendzorg/audio/gang-nl.mp3',
        'ouderenzorg/ochtendzorg/media/kamer.mp4',
        'ouderenzorg/ochtendzorg/media/kamer.webm',
        'ouderenzorg/ochtendzorg/media/kamer-preview.jpg',
        'ouderenzorg/ochtendzorg/media/afronding.jpg',
        'ouderenzorg/ochtendzorg/media/afronding-preview.jpg',
        'ouderenzorg/ochtendzorg/media/einde.jpg',
        'ouderenzorg/ochtendzorg/media/einde-preview.jpg',
      ].sort(),
    );
    expect(files.get('ouderenzorg/ochtendzorg/media/gang.jpg')).toEqual({ folder: '/packs/scenes/ouderenzorg/ochtendzorg', rel: './media/gang.jpg' });
  });

  it('serves each published version at versions/<version>/scenario.json with the files it names, from the shared folder', () => {
    const now = Scenario.parse(validScenario());
    const old = Scenario.parse({ ...validScenario(), version: '0.9.0' });
    old.nodes[0]!.media = { ...old.nodes[0]!.media, src: 'media/oude-gang.jpg' };
    const files = servedFiles(
      '/packs/published',
      new Map([['ouderenzorg/ochtendzorg', now]]),
      new Map([['ouderenzorg/ochtendzorg', new Map([['0.9.0', old]])]]),
    );
    const folder = '/packs/published/ouderenzorg/ochtendzorg';
    expect(files.get('ouderenzorg/ochtendzorg/versions/0.9.0/scenario.json')).toEqual({ folder, rel: 'versions/0.9.0.json' });
    expect(files.get('ouderenzorg/ochtendzorg/versions/1.0.0/scenario.json')).toEqual({ folder, rel: 'scenario.json' });
    expect(files.get('ouderenzorg/ochtendzorg/media/oude-gang.jpg')).toEqual({ folder, rel: 'media/oude-gang.jpg' });
    expect(files.has('ouderenzorg/ochtendzorg/versions/0.9.0.json')).toBe(false);
  });
});
