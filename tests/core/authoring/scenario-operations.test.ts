import { describe, expect, it } from 'vitest';
import { setBeroepen, setNiveaus, setScenarioDescription, setScenarioTitle, setZorgcategorie } from '../../../src/core/authoring/scenario-operations.ts';
import { edited, refused, sample } from './round-trip.ts';

describe('scenario fields', () => {
  it('sets the title and the description', () => {
    const s = sample();
    expect(edited(s, setScenarioTitle(s, { text: { nl: 'Ochtendzorg' } })).title).toEqual({ nl: 'Ochtendzorg', en: 'Morning care with Mrs Jansen' });
    expect(edited(s, setScenarioDescription(s, { text: { en: '' } })).description).toEqual({ nl: 'Help mevrouw Jansen met opstaan.' });
  });

  it('sets the zorgcategorie and refuses one that is not on the list', () => {
    const s = sample();
    expect(edited(s, setZorgcategorie(s, { zorgcategorie: 'thuiszorg' })).zorgcategorie).toBe('thuiszorg');
    refused(setZorgcategorie(s, { zorgcategorie: 'tandarts' }), 'unknown-zorgcategorie');
  });

  it('sets the list of beroepen', () => {
    const s = sample();
    const beroepen = [
      { nl: 'Helpende', en: '' },
      { nl: 'Verzorgende IG', en: 'Care worker (VIG)' },
    ];
    expect(edited(s, setBeroepen(s, { beroepen })).beroepen).toEqual([{ nl: 'Helpende' }, { nl: 'Verzorgende IG', en: 'Care worker (VIG)' }]);
  });

  it('sets the niveaus sorted and without repeats, and refuses one outside 1–4', () => {
    const s = sample();
    expect(edited(s, setNiveaus(s, { niveaus: [4, 2, 4] })).niveaus).toEqual([2, 4]);
    refused(setNiveaus(s, { niveaus: [2, 5] }), 'unknown-niveau');
  });

  it('changes only the scenario’s own fields, no node', () => {
    const s = sample();
    const outcome = setScenarioTitle(s, { text: { nl: 'x' } });
    expect(outcome.ok && outcome.edit.nodes).toEqual({ added: {}, updated: {}, removed: {} });
    expect(outcome.ok && Object.keys(outcome.edit.fields.after)).toEqual(['title']);
  });
});
