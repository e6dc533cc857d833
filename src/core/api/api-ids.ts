import { z } from 'zod';

/** A scenario by its catalog path, "zorgcategorie/scenario-id": how sessions, events and class mode name it. */
export const ScenarioPath = z.string().regex(/^[a-z0-9-]{1,64}\/[a-z0-9-]{1,64}$/, { error: 'use a catalog path like "ouderenzorg/ochtend-verpleeghuis"' });

/** A pseudonymous participant code, as the server hands out on joining. */
export const ParticipantCode = z.string().regex(/^P-[A-Z0-9]{4}$/, { error: 'a participant code looks like "P-7KQ4"' });
