import { localize } from '../core/localized-text.ts';
import { useReading } from '../i18n/language-store.ts';
import type { Participation } from '../sync/outbox-db.ts';
import { uiStrings } from '../ui/ui-strings.ts';
import { panelHeight } from '../viewer/canvas-text.ts';
import { VrButton, vrButtonLayout, VrText } from '../viewer/vr-button.tsx';
import { appStrings } from './app-strings.ts';
import { useQuestionnaire } from './use-questionnaire.ts';

/** Wide enough for three columns of readable answers; about 47° at the player's 1.6 m. */
const WIDTH = 1.4;
const GAP = 0.03;
const NAV_WIDTH = 0.44;

/**
 * The candidate's questionnaire in VR, in the ending panel's place (same XR session, no camera
 * motion): the question on top, its answers as large buttons in a grid (three columns for long
 * lists, so the panel stays within a seated candidate's view), "Terug" / language / "Volgende"
 * below. Rules and logging are `useQuestionnaire`'s, as on the DOM screen.
 */
export default function QuestionnaireVrPanel({ participation, onClose }: { participation: Participation; onClose: () => void }) {
  const { t, lang } = appStrings.useT();
  const { t: ui } = uiStrings.useT();
  const scale = useReading((s) => s.textScale);
  const { question, index, total, chosen, finished, canSubmit, error, tap, next, back } = useQuestionnaire(participation);
  const size = 0.045 * scale;

  if (finished) {
    const blocks = [{ text: t('questionnaireThanks'), size: size * 1.2, weight: 700 as const }];
    const h = panelHeight({ width: 1.1, blocks, icon: 'done' });
    return (
      <group>
        <VrText blocks={blocks} width={1.1} icon="done" />
        <VrButton label={t('questionnaireClose')} icon="next" width={0.6} position={[0, -h / 2 - 0.1, 0]} onSelect={onClose} selected />
      </group>
    );
  }

  const multi = question.maxChoices > 1;
  const head = [
    { text: t('questionnaireStep', { n: index + 1, total }), size: size * 0.8, color: '#c9d6e6' },
    { text: localize(question.prompt, lang), size: size * 1.2, weight: 700 as const },
    ...(question.hint ? [{ text: localize(question.hint, lang), size }] : []),
  ];
  const headH = panelHeight({ width: WIDTH, blocks: head, icon: 'question' });
  const cols = question.options.length > 6 ? 3 : 2;
  const colW = (WIDTH - GAP * (cols - 1)) / cols;
  const labels = question.options.map((o) => localize(o.label, lang));
  // Every button of a row as tall as the row's tallest; measured with the tick icon, so ticking never reflows.
  const rowH: number[] = [];
  labels.forEach((l, i) => {
    const r = Math.floor(i / cols);
    rowH[r] = Math.max(rowH[r] ?? 0, panelHeight(vrButtonLayout(l, colW, size, multi ? 'done' : undefined)));
  });
  const gridH = rowH.reduce((a, h) => a + h + GAP, 0);
  const navH = 0.12;
  const height = headH + GAP + gridH + navH + (error ? 0.14 : 0);
  // Centred on the ending panel's place; rows laid out from the top down.
  const top = height / 2;
  const gridTop = top - headH - GAP;
  const rowTop = (r: number) => gridTop - rowH.slice(0, r).reduce((a, h) => a + h + GAP, 0);
  const navY = gridTop - gridH - navH / 2;

  return (
    <group>
      <VrText blocks={head} width={WIDTH} icon="question" position={[0, top - headH / 2, 0]} />
      {question.options.map((o, i) => {
        const r = Math.floor(i / cols);
        const c = i % cols;
        const ticked = multi && chosen.includes(o.id);
        return (
          <VrButton
            key={`${question.id}:${o.id}`}
            label={labels[i]!}
            {...(ticked ? { icon: 'done' as const } : {})}
            selected={ticked}
            width={colW}
            minHeight={rowH[r]!}
            textSize={size}
            position={[-WIDTH / 2 + colW / 2 + c * (colW + GAP), rowTop(r) - rowH[r]! / 2, 0]}
            onSelect={() => tap(o.id)}
          />
        );
      })}
      {index > 0 && (
        <VrButton
          label={t('questionnaireBack')}
          icon="back"
          width={NAV_WIDTH}
          textSize={size}
          position={[-WIDTH / 2 + NAV_WIDTH / 2, navY, 0]}
          onSelect={back}
        />
      )}
      <VrButton
        label={ui('otherLanguage')}
        icon="language"
        width={0.4}
        textSize={size * 0.9}
        position={[0, navY, 0]}
        onSelect={useReading.getState().toggleLang}
      />
      {multi && canSubmit && (
        <VrButton
          label={t('questionnaireNext')}
          icon="next"
          width={NAV_WIDTH}
          textSize={size}
          position={[WIDTH / 2 - NAV_WIDTH / 2, navY, 0]}
          onSelect={next}
          selected
        />
      )}
      {error && (
        <VrText blocks={[{ text: t('recordFailed', { reason: error }), size, color: '#ffb4a8' }]} width={WIDTH} position={[0, navY - navH / 2 - 0.08, 0]} />
      )}
    </group>
  );
}
