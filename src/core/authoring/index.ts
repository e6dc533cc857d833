/**
 * Authoring: the pure foundation of the scene editor. Operations turn what a content maker
 * does into edits (data, invertible); the history owns the scenario being edited and undoes
 * and redoes those edits. Drafts may be incomplete; `checkScenario` reports what is missing.
 */
export { applyEdit, findEditMismatches, type ApplyResult, type EditConflict, type EditMismatch } from './apply-edit.ts';
export { AuthoringHistory, DEFAULT_MERGE_WINDOW_MS, DEFAULT_UNDO_STEPS, MIN_UNDO_STEPS, type AuthoringHistoryOptions } from './authoring-history.ts';
export type { BilingualText } from './bilingual-text.ts';
export { diffScenarios } from './diff-scenarios.ts';
export { isEmptyEdit, type Edit, type FieldsDiff, type NodesDiff, type PlacedNode, type ScenarioFields } from './edit.ts';
export { invertEdit } from './invert-edit.ts';
export { squashEdits } from './squash-edits.ts';
export { isFailure, type AuthoringError, type AuthoringErrorCode, type Failure, type Outcome } from './outcome.ts';
export type { TextPatch } from './text-patch.ts';
export { hotspotPlace, type HotspotPlace } from './hotspot-place.ts';
export { slugify, uniqueId } from './new-id.ts';
export { newDraftScenario } from './new-draft-scenario.ts';
export {
  addNodeFromPhoto,
  removeEnding,
  removeNarration,
  removeTimer,
  retitleNode,
  setEnding,
  setNarrationAudio,
  setNarrationText,
  setStartNode,
  setTimer,
  type NewNodeFromPhoto,
} from './node-operations.ts';
export { removeNode, type ClearedLink, type LinkKind } from './remove-node.ts';
export {
  addHotspot,
  moveHotspot,
  removeHotspot,
  setHotspotKind,
  setHotspotTarget,
  setHotspotTexts,
  type HotspotRef,
  type NewHotspot,
} from './hotspot-operations.ts';
export type { OptionRef, QuestionRef } from './question-ref.ts';
export { removeQuestion, setQuestion, setQuestionPrompt, setScale, type ScaleChanges } from './question-operations.ts';
export {
  addOption,
  moveOption,
  removeOption,
  setOptionFeedback,
  setOptionLabel,
  setOptionNext,
  setOptionStance,
  setOptionTags,
  setOptionTalkingPoint,
} from './option-operations.ts';
export { setBeroepen, setNiveaus, setScenarioDescription, setScenarioTitle, setZorgcategorie } from './scenario-operations.ts';
