/**
 * The furniture library: `"type"` in rooms.json → item builder. To add a kind of thing, write
 * one function `(b, p) => { … }` (see parts.ts for the frame and the shape calls) in the file
 * that fits, and list it here.
 */
import { aanrecht, bank, bureau, fauteuil, kast, keukentafel, nachtkastje, stoel, wieg } from './furniture.ts';
import { handalcohol, hoogLaagbed, medicijnkar, rolstoel, rollator, tillift } from './care.ts';
import { gordijn, klok, leuning, plant, prikbord, schilderij, tv, wasbak } from './decor.ts';
import { persoon } from './people.ts';
import {
  douche,
  douchestoel,
  eenpersoonsbed,
  fiets,
  fornuis,
  kapstok,
  keukenKoelkast,
  pictobord,
  plaid,
  poster,
  salontafel,
  scherven,
  snijplank,
  staandeLamp,
  toilet,
  vloerkleed,
  wandbeugel,
} from './wonen.ts';
import { persoonGebaar } from './ochtend-verpleeghuis.ts';
import { baby, beschuit, commode, kraammap, ledikant, persoonMetBaby, tweepersoonsbed, wiegMetBaby } from './kraamzorg.ts';
import { arts, bakjeskast, balie, bedpaneel, bellamp, gordijnrail, infuuspaal, medicijnkoelkast, patientmonitor, werkstation } from './ziekenhuis.ts';
import { bedBewoner, boekenkast, gitaar, notitieboek } from './beschermd-wonen.ts';
import { bureautelefoon, controller, huiswerk, laptop, persoonMetTelefoon, spelcomputer, weekbord, zitzak } from './jeugdzorg.ts';
import type { ItemBuilder } from './parts.ts';

export const LIBRARY: Record<string, ItemBuilder> = {
  // jeugdzorg (jeugdzorg.ts)
  spelcomputer,
  controller,
  laptop,
  'persoon-met-telefoon': persoonMetTelefoon,
  bureautelefoon,
  huiswerk,
  weekbord,
  zitzak,
  // hospital ward (ziekenhuis.ts: ziekenhuis/verpleegafdeling-chirurgie)
  patientmonitor,
  infuuspaal,
  bedpaneel,
  gordijnrail,
  balie,
  werkstation,
  bakjeskast,
  medicijnkoelkast,
  arts,
  bellamp,
  // beschermd wonen (beschermd-wonen.ts: ggz/beschermd-wonen)
  'bed-bewoner': bedBewoner,
  boekenkast,
  gitaar,
  notitieboek,
  // kraamzorg (kraamzorg.ts)
  baby,
  'wieg-met-baby': wiegMetBaby,
  tweepersoonsbed,
  commode,
  'persoon-met-baby': persoonMetBaby,
  beschuit,
  kraammap,
  ledikant,
  // homes and group homes (wonen.ts: thuiszorg, gehandicaptenzorg)
  salontafel,
  vloerkleed,
  'staande-lamp': staandeLamp,
  toilet,
  douche,
  douchestoel,
  wandbeugel,
  'keuken-koelkast': keukenKoelkast,
  fornuis,
  snijplank,
  pictobord,
  eenpersoonsbed,
  poster,
  fiets,
  kapstok,
  scherven,
  plaid,
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
  'persoon-gebaar': persoonGebaar,
};
