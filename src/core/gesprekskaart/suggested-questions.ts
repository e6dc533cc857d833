import type { LocalizedText } from '../localized-text.ts';
import type { AspectTally, GesprekMode, Gesprekskaart, Hesitation, InterestBar, SuggestedQuestion } from './gesprekskaart-types.ts';
import { both, midSentence } from './text-format.ts';

/**
 * Questions to start the conversation, in plain Dutch (A2/B1) with English, from what is on
 * the card:
 * - opening: a general question for the mode;
 * - aspect-for / aspect-against: the aspect chosen for (against) most often;
 * - hesitation: the biggest hesitation — the slowest slow answer, else the first changed
 *   answer, else going back, else a timer that ran out, else a restart;
 * - interest-high / interest-low: the zorgcategorie the candidate rated highest / lowest on
 *   the scale reflections (low only when it differs from high);
 * - stopped: a scenario that was never finished (asked kindly: it may have been dizziness);
 * - closing (and for sollicitatie and KLIK-gesprek, leervoorkeur): general questions for the mode.
 * The mode changes the angle: intake (BOL applicant: the picture of the work), sollicitatie
 * (BBL zij-instromer: earlier work, combining work and learning), werkveldoriëntatie (the
 * KLIK-gesprek with a team: what the student wants to see and ask there).
 */
export function suggestQuestions(mode: GesprekMode, card: Pick<Gesprekskaart, 'aspects' | 'hesitations' | 'interest' | 'scenarios'>): SuggestedQuestion[] {
  const out: SuggestedQuestion[] = [{ id: 'opening', text: OPENING[mode], basis: null }];

  const topFor = card.aspects.for[0];
  if (topFor) out.push({ id: 'aspect-for', text: aspectFor(mode, topFor), basis: count(topFor, 'for') });
  const topAgainst = card.aspects.against[0];
  if (topAgainst) out.push({ id: 'aspect-against', text: aspectAgainst(mode, topAgainst), basis: count(topAgainst, 'against') });

  const hesitation = biggestHesitation(card.hesitations);
  if (hesitation) out.push({ id: 'hesitation', text: hesitationQuestion(hesitation), basis: hesitation.description });

  const rated = card.interest.filter((b): b is InterestBar & { level: number } => b.level !== null);
  const high = rated.reduce<(typeof rated)[number] | null>((best, b) => (best === null || b.level > best.level ? b : best), null);
  const low = rated.reduce<(typeof rated)[number] | null>((worst, b) => (worst === null || b.level < worst.level ? b : worst), null);
  if (high) out.push({ id: 'interest-high', text: interestHigh(mode, high), basis: interestBasis(high) });
  if (low && high && low.level < high.level) out.push({ id: 'interest-low', text: interestLow(mode, low), basis: interestBasis(low) });

  const stopped = card.scenarios.find((s) => !s.completed);
  if (stopped) {
    out.push({
      id: 'stopped',
      text: both((lang, pick) =>
        lang === 'nl'
          ? `Je bent gestopt met "${pick(stopped.title)}". Hoe ging het? Hoe voelde je je?`
          : `You stopped "${pick(stopped.title)}". How did it go? How did you feel?`,
      ),
      basis: both((lang, pick) => (lang === 'nl' ? `"${pick(stopped.title)}" niet afgemaakt` : `"${pick(stopped.title)}" not finished`)),
    });
  }

  out.push(...CLOSING[mode].map((text, i) => ({ id: i === 0 ? 'closing' : `closing-${i + 1}`, text, basis: null })));
  return out;
}

const LEERVOORKEUR_QUESTION: LocalizedText = {
  nl: 'Hoe leer jij het liefst: door mee te kijken, mee te doen, eerst te lezen, te oefenen of zelf uit te proberen?',
  en: 'How do you like to learn best: by watching, by joining in, by reading first, by practising or by trying things out yourself?',
};

const OPENING: Record<GesprekMode, LocalizedText> = {
  intake: {
    nl: 'Wat wist je al over dit werk? Wat was nieuw voor je?',
    en: 'What did you already know about this work? What was new to you?',
  },
  sollicitatie: {
    nl: 'Hoe was het om dit werk in de VR te zien? Wat viel je op?',
    en: 'What was it like to see this work in VR? What did you notice?',
  },
  werkveldorientatie: {
    nl: 'Wat wil je graag weten van dit team?',
    en: 'What would you like to know about this team?',
  },
};

const CLOSING: Record<GesprekMode, LocalizedText[]> = {
  intake: [
    {
      nl: 'Welk werk in zorg en welzijn wil je nog beter bekijken, voordat je kiest?',
      en: 'Which work in care and welfare would you like to look at more closely before you choose?',
    },
  ],
  sollicitatie: [
    {
      nl: 'Werken en leren tegelijk is soms zwaar. Wat heb je nodig om het vol te houden?',
      en: 'Working and learning at the same time can be hard. What do you need to keep going?',
    },
    LEERVOORKEUR_QUESTION,
  ],
  werkveldorientatie: [
    {
      nl: 'Wat wil je in je stage hier leren? Wat heb je nodig van je werkbegeleider?',
      en: 'What do you want to learn during your placement here? What do you need from your werkbegeleider?',
    },
    LEERVOORKEUR_QUESTION,
  ],
};

function aspectFor(mode: GesprekMode, t: AspectTally): LocalizedText {
  return both((lang, pick) => {
    const a = midSentence(pick(t.label));
    if (lang === 'nl') {
      if (mode === 'sollicitatie') return `Je koos vaak voor ${a}. Waar heb je dat al eerder gedaan, in je werk of thuis?`;
      if (mode === 'werkveldorientatie') return `Je koos vaak voor ${a}. Hoe ziet dat er in dit team uit? Wat wil je daarover vragen?`;
      return `Je koos vaak voor ${a}. Wat vind je daar fijn aan?`;
    }
    if (mode === 'sollicitatie') return `You often chose ${a}. Where have you done that before, at work or at home?`;
    if (mode === 'werkveldorientatie') return `You often chose ${a}. What does that look like in this team? What would you like to ask about it?`;
    return `You often chose ${a}. What do you like about it?`;
  });
}

function aspectAgainst(mode: GesprekMode, t: AspectTally): LocalizedText {
  return both((lang, pick) => {
    const A = pick(t.label);
    if (lang === 'nl') {
      if (mode === 'sollicitatie') return `${A} leek je minder fijn. Dat hoort ook bij dit werk. Wat heb je nodig om daarmee om te gaan?`;
      if (mode === 'werkveldorientatie') return `${A} leek je minder fijn. Vraag het team: hoe vaak komt dat voor, en wie helpt je daarbij?`;
      return `${A} leek je minder fijn. Wat vind je daar lastig aan?`;
    }
    if (mode === 'sollicitatie') return `${A} seemed less appealing to you. It is part of this work too. What do you need to deal with it?`;
    if (mode === 'werkveldorientatie') return `${A} seemed less appealing to you. Ask the team: how often does it happen, and who helps you with it?`;
    return `${A} seemed less appealing to you. What do you find hard about it?`;
  });
}

function count(t: AspectTally, side: 'for' | 'against'): LocalizedText {
  return both((lang, pick) =>
    lang === 'nl'
      ? `${pick(t.label)}: ${t[side]}× ${side === 'for' ? 'voor' : 'tegen'} gekozen`
      : `${pick(t.label)}: chosen ${side === 'for' ? 'for' : 'against'} ${t[side]}×`,
  );
}

const HESITATION_ORDER: Hesitation['kind'][] = ['slow-answer', 'changed-answer', 'back', 'timer-expired', 'restart-scene', 'restart-scenario'];

function biggestHesitation(hesitations: readonly Hesitation[]): Hesitation | null {
  for (const kind of HESITATION_ORDER) {
    const of = hesitations.filter((h) => h.kind === kind);
    if (of.length > 0) return of.reduce((a, b) => ((b.ms ?? 0) > (a.ms ?? 0) ? b : a));
  }
  return null;
}

function hesitationQuestion(h: Hesitation): LocalizedText {
  return both((lang, pick) => {
    const q = h.question ? pick(h.question) : '';
    const scene = pick(h.nodeTitle);
    const title = pick(h.scenarioTitle);
    switch (h.kind) {
      case 'slow-answer':
        return lang === 'nl'
          ? `Bij de vraag "${q}" dacht je lang na. Wat maakte het moeilijk om te kiezen?`
          : `On the question "${q}" you thought for a long time. What made it hard to choose?`;
      case 'changed-answer':
        return lang === 'nl'
          ? `Bij "${q}" veranderde je je antwoord. Waarom koos je toch iets anders?`
          : `On the question "${q}" you changed your answer. Why did you choose something else after all?`;
      case 'back':
        return lang === 'nl' ? `Bij "${scene}" ging je terug. Wat wilde je nog een keer zien?` : `At "${scene}" you went back. What did you want to see again?`;
      case 'timer-expired':
        return lang === 'nl'
          ? `Bij "${scene}" was de tijd om voordat je koos. Hoe was dat voor je?`
          : `At "${scene}" time ran out before you chose. How was that for you?`;
      case 'restart-scene':
        return lang === 'nl'
          ? `Je bekeek "${scene}" nog een keer. Wat wilde je beter zien?`
          : `You looked at "${scene}" again. What did you want to see better?`;
      case 'restart-scenario':
        return lang === 'nl' ? `Je begon "${title}" opnieuw. Wat wilde je anders doen?` : `You started "${title}" again. What did you want to do differently?`;
    }
  });
}

function interestBasis(b: InterestBar): LocalizedText {
  return both((lang, pick) => `${pick(b.label)}: ${pick(b.text)}`);
}

function interestHigh(mode: GesprekMode, b: InterestBar): LocalizedText {
  return both((lang, pick) => {
    const z = midSentence(pick(b.label));
    const v = pick(b.text);
    if (lang === 'nl') {
      if (mode === 'sollicitatie') return `Bij ${z} gaf je ${v}. Zou je daar willen werken en leren? Waarom?`;
      if (mode === 'werkveldorientatie') return `Bij ${z} gaf je ${v}. Wat wil je daar zien of leren?`;
      return `Bij ${z} gaf je ${v}. Wat sprak je daar aan?`;
    }
    if (mode === 'sollicitatie') return `For ${z} you gave ${v}. Would you like to work and learn there? Why?`;
    if (mode === 'werkveldorientatie') return `For ${z} you gave ${v}. What would you like to see or learn there?`;
    return `For ${z} you gave ${v}. What appealed to you there?`;
  });
}

function interestLow(mode: GesprekMode, b: InterestBar): LocalizedText {
  return both((lang, pick) => {
    const z = midSentence(pick(b.label));
    const v = pick(b.text);
    if (lang === 'nl') {
      if (mode === 'intake') return `Bij ${z} gaf je ${v}. Wat past daar minder bij jou?`;
      return `Bij ${z} gaf je ${v}. Wat maakt dat je daar minder graag zou werken?`;
    }
    if (mode === 'intake') return `For ${z} you gave ${v}. What suits you less there?`;
    return `For ${z} you gave ${v}. What makes you less keen to work there?`;
  });
}
