import { z } from 'zod';
import type { LocalizedText } from './localized-text.ts';

/**
 * The vocabulary of work aspects ("tags") that options carry. The gesprekskaart and the
 * matching aid count these, so scenarios may only use ids from this list. Documented in
 * docs/scenario-format.md; add new ones here, not ad hoc in a scenario.
 */
export const WORK_ASPECTS = {
  'directe-zorg': { nl: 'Directe zorg aan het bed', en: 'Hands-on personal care' },
  'begeleiding-wonen': { nl: 'Begeleiding bij wonen en dagbesteding', en: 'Support with daily living' },
  'medisch-technisch': { nl: 'Medisch-technisch werk', en: 'Medical-technical tasks' },
  samenwerken: { nl: 'Samenwerken met collega’s', en: 'Working with colleagues' },
  'zelfstandig-werken': { nl: 'Zelfstandig werken', en: 'Working independently' },
  'onregelmatige-diensten': { nl: 'Avond-, nacht- en weekenddiensten', en: 'Evening, night and weekend shifts' },
  'emotionele-belasting': { nl: 'Emotioneel zwaar werk', en: 'Emotionally demanding work' },
  'fysieke-belasting': { nl: 'Lichamelijk zwaar werk', en: 'Physically demanding work' },
  'contact-familie': { nl: 'Contact met familie en naasten', en: 'Contact with family' },
  structuur: { nl: 'Structuur en vaste routines', en: 'Structure and routines' },
  afwisseling: { nl: 'Afwisseling en onverwachte situaties', en: 'Variety and the unexpected' },
  'eigen-regie': { nl: 'Eigen regie en wensen van de cliënt', en: 'The client’s own choices' },
  tijdsdruk: { nl: 'Werken onder tijdsdruk', en: 'Working under time pressure' },
  communicatie: { nl: 'Gesprekken voeren en uitleggen', en: 'Talking and explaining' },
  veiligheid: { nl: 'Veiligheid en incidenten', en: 'Safety and incidents' },
  signaleren: { nl: 'Signaleren en rapporteren', en: 'Noticing and reporting changes' },
} as const satisfies Record<string, LocalizedText>;

export type WorkAspectId = keyof typeof WORK_ASPECTS;
export const WORK_ASPECT_IDS = Object.keys(WORK_ASPECTS) as [WorkAspectId, ...WorkAspectId[]];

export const WorkAspect = z.enum(WORK_ASPECT_IDS).meta({
  id: 'WorkAspect',
  description: 'A work aspect from the documented vocabulary (docs/scenario-format.md#work-aspects).',
});
