import { describe, expect, it } from 'vitest';
import { actueelRule } from '../../../src/core/matching/criteria/actueel.ts';
import { input, profile, single } from './fixtures.ts';

describe('criterion actueel', () => {
  it('fits when every volatile block was checked within six months', () => {
    expect(single(actueelRule(profile(), input()), 'fits').explanation.nl).toBe('Profiel is actueel: alles gecontroleerd sinds 2026-10-01.');
  });

  it('is an unknown (a caution) per stale block, with the months and the date', () => {
    const stale = profile((p) => {
      p.volatile.werkbegeleiders.reviewedAt = '2026-03-30';
      p.volatile.team!.reviewedAt = '2025-12-01';
    });
    const j = single(actueelRule(stale, input({ today: '2026-11-22' })), 'unknown');
    expect(j.explanation).toEqual({
      nl: 'De werkbegeleiders zijn 7 maanden niet gecontroleerd (laatst op 2026-03-30); het teamnieuws is 11 maanden niet gecontroleerd (laatst op 2025-12-01). Vraag het team of dit nog klopt.',
      en: 'The coaches have not been checked for 7 months (last on 2026-03-30); the team news has not been checked for 11 months (last on 2025-12-01). Ask the team whether this is still right.',
    });
  });

  it('uses the same limit as the checker: 183 days is still fine, 184 is not', () => {
    const at = (reviewedAt: string) => profile((p) => (p.volatile.placements.reviewedAt = reviewedAt));
    single(actueelRule(at('2026-05-23'), input({ today: '2026-11-22' })), 'fits');
    single(actueelRule(at('2026-05-22'), input({ today: '2026-11-22' })), 'unknown');
  });
});
