/**
 * The furniture library: `"type"` in rooms.json → item builder. To add a kind of thing, write
 * one function `(b, p) => { … }` (see parts.ts for the frame and the shape calls) in the file
 * that fits, and list it here.
 */
import { aanrecht, bank, bureau, fauteuil, kast, keukentafel, nachtkastje, stoel, wieg } from './furniture.ts';
import { handalcohol, hoogLaagbed, medicijnkar, rolstoel, rollator, tillift } from './care.ts';
import { gordijn, klok, leuning, plant, prikbord, schilderij, tv, wasbak } from './decor.ts';
import { persoon } from './people.ts';
import type { ItemBuilder } from './parts.ts';

export const LIBRARY: Record<string, ItemBuilder> = {
  // care
  'hoog-laagbed': hoogLaagbed,
  tillift,
  rolstoel,
  rollator,
  medicijnkar,
  handalcohol,
  // furniture
  nachtkastje,
  keukentafel,
  stoel,
  fauteuil,
  bank,
  bureau,
  kast,
  wieg,
  aanrecht,
  // walls and decor
  tv,
  plant,
  schilderij,
  gordijn,
  klok,
  leuning,
  prikbord,
  wasbak,
  // people
  persoon,
};
