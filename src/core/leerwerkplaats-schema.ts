import { z } from 'zod';
import { Leervoorkeur } from './leervoorkeuren.ts';
import { BEGELEIDINGSVORMEN, DIENSTEN, KENNISMAKINGEN, LEERWEGEN, MATCH_CRITERIA, Niveau, ROLLEN } from './leerwerkplaats-vocabulary.ts';
import { LocalizedText } from './localized-text.ts';
import { Opleiding, OPLEIDINGEN } from './opleidingen.ts';
import { Id } from './scenario-schema.ts';
import { WorkAspect } from './work-aspects.ts';
import { Zorgcategorie, ZORGCATEGORIEEN } from './zorgcategorie.ts';
import { LEERWERKPLAATS_FORMAT_VERSION } from './leerwerkplaats-format-version.ts';

/**
 * A leerwerkplaatsprofiel: one team where students learn and work, after the
 * "Leerwerkplaatsprofiel 3.0" card (seed 004). Facts that hardly change (who the team cares for,
 * what it expects, how students start) sit in `stable`; facts that go stale fast (free places,
 * who coaches) sit in `volatile`, each block with the date someone last checked it, so the
 * checker can warn and the facilitator sees how fresh the information is.
 * No personal data: coaches appear by role, first name at most, and an id.
 */

export { LEERWERKPLAATS_FORMAT_VERSION };

/** A proper name (organisation, location, town); not translated. */
const ProperName = z.string().trim().min(1, { error: 'must not be empty' }).max(80);

/** Where the scenario lives under scenes/, so a profile can open "the place" in the player. */
export const ScenarioRef = z
  .string()
  .regex(new RegExp(`^(?:${ZORGCATEGORIEEN.join('|')})/[a-z0-9][a-z0-9-]{0,63}$`), {
    error: 'a scenario is named "<zorgcategorie>/<scenario-id>", its folder under scenes/, e.g. "ouderenzorg/ochtend-verpleeghuis"',
  })
  .meta({ id: 'ScenarioRef', description: 'The scenario that shows this place: "<zorgcategorie>/<scenario-id>"' });

export const ReviewDate = z.iso
  .date({ error: 'write the date as yyyy-mm-dd, e.g. "2026-09-01"' })
  .meta({ id: 'ReviewDate', description: 'When someone last checked this block with the team (yyyy-mm-dd)' });

/** First name only: one word, capital first; no surname, so no spaces. */
const FirstName = z
  .string()
  .regex(/^[A-ZÀ-Þ][A-Za-zÀ-ÿ'-]{1,29}$/, { error: 'first name only, one word (no surname), e.g. "Sanne"' })
  .meta({ description: 'First name only (no surname, no contact details); leave out to show the role only' });

/** A shared team address, never a person's own (AVG: no personal contact details in content). */
const TeamMailbox = z
  .email({ error: 'a team mailbox address, e.g. "stage.de-linde@example.nl"' })
  .meta({ description: 'A shared team or student-office mailbox, not a person’s own address' });

const Leerjaar = z.int().min(1).max(4).meta({ description: 'Year of study, 1–4' });

export const Introduction = z
  .strictObject({
    kennismaking: z.array(KENNISMAKINGEN.schema).min(1).meta({ description: 'How a candidate gets to know the team before starting' }),
    introductiegesprek: LocalizedText.meta({ description: 'The first talk: who, when, what is agreed' }),
    inwerkprogramma: z.strictObject({
      written: z.boolean().meta({ description: 'true when there is a written inwerkprogramma' }),
      weeks: z.int().min(1).max(12).optional().meta({ description: 'How many weeks it covers' }),
      description: LocalizedText.meta({ description: 'What the first weeks look like' }),
    }),
  })
  .meta({ id: 'Introduction', description: 'How a student is welcomed: introductiegesprek and inwerkprogramma' });

export const Werkbegeleiding = z
  .strictObject({
    vormen: z.array(BEGELEIDINGSVORMEN.schema).min(1),
    description: LocalizedText.meta({ description: 'How coaching works day to day' }),
    matchOn: z
      .array(MATCH_CRITERIA.schema)
      .default([])
      .meta({ description: 'What student and werkbegeleider are matched on; empty: the student works with whoever is on duty' }),
  })
  .meta({ id: 'Werkbegeleiding', description: 'Who coaches students and how (stable part; the people are in volatile)' });

export const Vermogens = z
  .strictObject({
    lerend: LocalizedText.optional(),
    opleidend: LocalizedText.optional(),
    verbindend: LocalizedText.optional(),
    absorptie: LocalizedText.optional(),
  })
  .meta({ id: 'Vermogens', description: 'Optional: how the team works on the vier vermogens (lerend, opleidend, verbindend, absorptie)' });

export const LeerwerkplaatsStable = z
  .strictObject({
    organisation: z.strictObject({ name: ProperName }),
    location: z.strictObject({
      name: ProperName.meta({ description: 'Location or building, e.g. "Huize De Linde"' }),
      plaats: ProperName.meta({ description: 'Town' }),
      regio: ProperName.optional().meta({ description: 'Region of the care network' }),
    }),
    team: z.strictObject({
      name: LocalizedText.meta({ description: 'Team or ward name, e.g. "Afdeling Chirurgie 3B"' }),
      description: LocalizedText.meta({ description: 'The team: size, disciplines, atmosphere' }),
    }),
    zorgcategorie: Zorgcategorie,
    doelgroep: LocalizedText.meta({ description: 'Who the team cares for' }),
    zorg: LocalizedText.meta({ description: 'What kind of care the team gives' }),
    expectations: z.array(LocalizedText).min(1).meta({ description: 'What the team expects of a student' }),
    leersituaties: z.array(LocalizedText).optional().meta({ description: 'Typical things a student learns here' }),
    introduction: Introduction,
    werkbegeleiding: Werkbegeleiding,
    workAspects: z
      .array(WorkAspect)
      .min(2, { error: 'give 2 to 6 work aspects that characterise the team' })
      .max(6, { error: 'give at most 6 work aspects: the ones that characterise this team most' })
      .meta({ description: 'Work aspects that characterise the team; the matching aid compares them with a candidate’s choices' }),
    vermogens: Vermogens.optional(),
    scenario: ScenarioRef,
  })
  .meta({ id: 'LeerwerkplaatsStable', description: 'Facts that hardly change' });

export const Placement = z
  .strictObject({
    leerweg: LEERWEGEN.schema,
    niveau: Niveau,
    opleidingen: z.array(Opleiding).min(1).meta({ description: 'Courses these places are for, all at this niveau' }),
    leerjaren: z.array(Leerjaar).min(1).meta({ description: 'Years of study these places are for' }),
    places: z.int().min(0).max(50).meta({ description: 'Student places in total' }),
    free: z.int().min(0).max(50).meta({ description: 'Places free now' }),
  })
  .superRefine((p, ctx) => {
    if (p.free > p.places) {
      // params.nl: the checker's Dutch for this message (core/checker/schema-issues.ts).
      ctx.addIssue({
        code: 'custom',
        path: ['free'],
        message: `free (${p.free}) cannot be more than places (${p.places})`,
        params: { nl: `vrij (${p.free}) kan niet meer zijn dan het aantal plaatsen (${p.places})` },
      });
    }
    p.opleidingen.forEach((o, i) => {
      const niveau = OPLEIDINGEN[o].niveau;
      if (niveau !== p.niveau) {
        ctx.addIssue({
          code: 'custom',
          path: ['opleidingen', i],
          message: `"${o}" is a niveau ${niveau} course but this entry is niveau ${p.niveau}`,
          params: { nl: `"${o}" is een opleiding op niveau ${niveau}, maar deze regel is voor niveau ${p.niveau}` },
        });
      }
    });
  })
  .meta({ id: 'Placement', description: 'Student places for one leerweg and niveau' });
export type Placement = z.infer<typeof Placement>;

export const Werkbegeleider = z
  .strictObject({
    id: Id,
    role: ROLLEN.schema,
    firstName: FirstName.optional(),
    leervoorkeuren: z.array(Leervoorkeur).min(1).max(2, { error: 'give one or two leervoorkeuren: the ones this person recognises most' }),
    approach: LocalizedText.optional().meta({ description: 'How this person coaches, in a sentence (no private details)' }),
  })
  .meta({ id: 'Werkbegeleider', description: 'A coach, by role and at most a first name' });
export type Werkbegeleider = z.infer<typeof Werkbegeleider>;

export const LeerwerkplaatsVolatile = z
  .strictObject({
    placements: z
      .strictObject({
        reviewedAt: ReviewDate,
        places: z.array(Placement).meta({ description: 'Places per leerweg and niveau; empty when the team takes no students now' }),
        note: LocalizedText.optional(),
      })
      .meta({ description: 'Student places now' }),
    werkbegeleiders: z
      .strictObject({
        reviewedAt: ReviewDate,
        people: z.array(Werkbegeleider).min(1),
        note: LocalizedText.optional(),
      })
      .meta({ description: 'Who coaches students now, with their leervoorkeuren' }),
    diensten: z
      .strictObject({
        reviewedAt: ReviewDate,
        shifts: z.array(DIENSTEN.schema).min(1, { error: 'name at least one shift a student works' }),
        note: LocalizedText.optional().meta({ description: 'E.g. "Geen nachtdiensten in het eerste jaar"' }),
      })
      .meta({ id: 'Diensten', description: 'The shifts a student works now' }),
    contact: z.strictObject({ reviewedAt: ReviewDate, mailbox: TeamMailbox }).optional().meta({ description: 'A shared team or student-office mailbox' }),
    team: z
      .strictObject({
        reviewedAt: ReviewDate,
        news: LocalizedText.meta({ description: 'What is going on in the team now, e.g. a new teamleider or a move' }),
      })
      .optional()
      .meta({ description: 'Current team news' }),
  })
  .meta({ id: 'LeerwerkplaatsVolatile', description: 'Facts that go stale; every block has reviewedAt' });
export type LeerwerkplaatsVolatile = z.infer<typeof LeerwerkplaatsVolatile>;

/** Names of the volatile blocks; each has a `reviewedAt`. */
export const VOLATILE_BLOCKS = ['placements', 'werkbegeleiders', 'diensten', 'contact', 'team'] as const satisfies readonly (keyof LeerwerkplaatsVolatile)[];
export type VolatileBlock = (typeof VOLATILE_BLOCKS)[number];

export const Leerwerkplaats = z
  .strictObject({
    $schema: z.string().optional(),
    formatVersion: z.literal(LEERWERKPLAATS_FORMAT_VERSION).default(LEERWERKPLAATS_FORMAT_VERSION),
    id: Id.meta({ description: 'Profile id, same as the file name: scenes/leerwerkplaatsen/<id>.json' }),
    stable: LeerwerkplaatsStable,
    volatile: LeerwerkplaatsVolatile,
  })
  .meta({ id: 'Leerwerkplaats', title: 'Beroepsbeeld VR leerwerkplaatsprofiel' });
export type Leerwerkplaats = z.infer<typeof Leerwerkplaats>;
export type LeerwerkplaatsInput = z.input<typeof Leerwerkplaats>;
