import { describe, expect, it } from 'vitest';
import { appStrings } from '../../src/app/app-strings.ts';
import { classStrings } from '../../src/dashboard/class-mode/class-strings.ts';
import { dashboardStrings } from '../../src/dashboard/dashboard-strings.ts';
import { cardStrings } from '../../src/dashboard/gesprekskaart/card-strings.ts';
import { i18next } from '../../src/i18n/i18n-instance.ts';
import { playerStrings } from '../../src/player/player-strings.ts';
import { uiStrings } from '../../src/ui/ui-strings.ts';
import { viewerStrings } from '../../src/viewer/viewer-strings.ts';

const ALL = [uiStrings, viewerStrings, playerStrings, appStrings, dashboardStrings, cardStrings, classStrings];
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('has one namespace per wing', () => {
    const names = ALL.map((s) => s.namespace);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(ALL.map((s) => [s.namespace]))('%s: every Dutch string has an English one with the same placeholders, none empty', (ns) => {
    const nl = i18next.getResourceBundle('nl', ns) as Record<string, string>;
    const en = i18next.getResourceBundle('en', ns) as Record<string, string>;
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const key of Object.keys(nl)) {
      expect(nl[key]!.trim(), `${ns}.${key} (nl)`).not.toBe('');
      expect(en[key]!.trim(), `${ns}.${key} (en)`).not.toBe('');
      expect(placeholders(en[key]!), `${ns}.${key}`).toEqual(placeholders(nl[key]!));
    }
  });

  it('translates for a fixed language, with interpolation', () => {
    expect(playerStrings.text('nl', 'timeLeft', { seconds: 5 })).toBe('Nog 5 seconden');
    expect(playerStrings.text('en', 'timeLeft', { seconds: 5 })).toBe('5 seconds left');
  });
});
