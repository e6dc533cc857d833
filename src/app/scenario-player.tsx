import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { CatalogEntry } from '../core/scenario-catalog.ts';
import type { Scenario } from '../core/scenario-schema.ts';
import PlayerView from '../player/player-view.tsx';
import type { VrEndOffer } from '../player/vr-end-offer.ts';
import type { Participation } from '../sync/outbox-db.ts';
import { appStrings } from './app-strings.ts';
import { useClassHold } from './class-hold-store.ts';
import { cacheScenarioForOffline } from './offline-media.ts';
import { untilReload } from './offline-shell.ts';
import { createSessionRecorder } from './session-recorder.ts';
import { SyncBadge } from './sync-badge.tsx';
import { isQuestionnaireDone, useQuestionnaireOffered } from './use-questionnaire-offered.ts';

// Fetched only when a candidate in a questionnaire session chooses to answer in VR.
const QuestionnaireVrPanel = lazy(untilReload(() => import('./questionnaire-vr-panel.tsx')));

/**
 * The player as the app uses it: in a session, every step is logged to the outbox and the
 * scenario's media are kept for offline use; in a class, the docent's hold applies. Free play
 * (no participation) logs nothing.
 */
export default function ScenarioPlayer({ entry, participation }: { entry: CatalogEntry; participation: Participation | null }) {
  const { t } = appStrings.useT();
  const participationId = participation?.id ?? null;
  // One recorder per participation and scenario: a re-read of the same participation must not restart play.
  const recorder = useMemo(
    () => (participation ? createSessionRecorder(participation, entry) : null),
    [participationId, entry], // eslint-disable-line react-hooks/exhaustive-deps -- the id, not the object
  );
  const classHold = useClassHold();
  const hold = useMemo(() => ({ blank: classHold.blank ? t('classBlank') : null, prompt: classHold.prompt }), [classHold.blank, classHold.prompt, t]);
  const version = participation?.session.scenarioVersions?.[entry.path];
  // In a session with the questionnaire on and not yet answered, a candidate in VR can answer it
  // at the end without taking the headset off.
  const questionnaire = useQuestionnaireOffered(participation);
  const [answered, setAnswered] = useState(() => participation !== null && isQuestionnaireDone(participation.id));
  const vrEndOffer = useMemo<VrEndOffer | undefined>(
    () =>
      participation && questionnaire && !answered
        ? {
            label: t('questionnaireStart'),
            icon: 'question',
            panel: (close) => (
              <Suspense fallback={null}>
                <QuestionnaireVrPanel participation={participation} onClose={() => (setAnswered(isQuestionnaireDone(participation.id)), close())} />
              </Suspense>
            ),
          }
        : undefined,
    [participation, questionnaire, answered, t],
  );
  const onLoaded = useCallback(
    (scenario: Scenario) => {
      if (!participationId) return;
      void cacheScenarioForOffline(entry, scenario, version).then((ok) => {
        if (ok) document.documentElement.dataset.offlineReady = entry.path;
      });
    },
    [entry, participationId, version],
  );
  return (
    <PlayerView
      entry={entry}
      version={version}
      recorder={recorder}
      onExit={() => (location.hash = '#/')}
      hold={hold}
      onLoaded={onLoaded}
      status={participation ? <SyncBadge compact /> : null}
      vrEndOffer={vrEndOffer}
    />
  );
}
