import type { BilingualText } from './format-upgrade.ts';

/**
 * Everything that makes a scene pack refused, each with a message and a fix in Dutch (first)
 * and English, for the editor's report and `npm run scenes:import`. One place for the words, so
 * the CLI and the screen say the same thing.
 */
export type PackProblemCode =
  | 'not-a-zip'
  | 'path-outside'
  | 'link-entry'
  | 'duplicate-entry'
  | 'too-many-entries'
  | 'entry-too-large'
  | 'pack-too-large'
  | 'damaged-entry'
  | 'no-manifest'
  | 'manifest-invalid'
  | 'not-in-manifest'
  | 'missing-file'
  | 'checksum-mismatch'
  | 'unknown-file-type'
  | 'not-named'
  | 'scenario-problem'
  | 'built-in-scenario'
  | 'taken-by-other-organisation'
  | 'version-not-newer'
  | 'media-name-clash';

export interface PackProblem {
  /** The entry in the pack ("ouderenzorg/ochtend/media/a.jpg"), or the pack's own name. */
  file: string;
  code: PackProblemCode;
  message: BilingualText;
  fix: BilingualText;
}

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export type PackProblemDetails = {
  'not-a-zip': { reason: string };
  'path-outside': Record<string, never>;
  'link-entry': Record<string, never>;
  'duplicate-entry': Record<string, never>;
  'too-many-entries': { limit: number };
  'entry-too-large': { limit: number };
  'pack-too-large': { limit: number };
  'damaged-entry': { reason: string };
  'no-manifest': Record<string, never>;
  'manifest-invalid': { where: string; reason: string };
  'not-in-manifest': Record<string, never>;
  'missing-file': Record<string, never>;
  'checksum-mismatch': { expected: string; actual: string };
  'unknown-file-type': { found: string };
  'not-named': Record<string, never>;
  'scenario-problem': { pointer: string; rule: string; message: BilingualText; fix: BilingualText };
  'built-in-scenario': { path: string };
  'taken-by-other-organisation': { path: string };
  'version-not-newer': { version: string; have: string };
  'media-name-clash': Record<string, never>;
};

type Words = { message: BilingualText; fix: BilingualText };

const WORDS: { [C in PackProblemCode]: (d: PackProblemDetails[C]) => Words } = {
  'not-a-zip': (d) => ({
    message: { nl: `Dit is geen leesbaar .zip-bestand (${d.reason}).`, en: `This is not a readable .zip file (${d.reason}).` },
    fix: { nl: 'Exporteer het pakket opnieuw en kies het .zip-bestand zelf.', en: 'Export the pack again and choose the .zip file itself.' },
  }),
  'path-outside': () => ({
    message: {
      nl: 'Dit bestand wijst naar een plek buiten het pakket (met "..", een schuine streep vooraan, een backslash of een stationsletter).',
      en: 'This file points outside the pack (with "..", a leading slash, a backslash or a drive letter).',
    },
    fix: {
      nl: 'Maak het pakket opnieuw met alleen gewone mappen, zoals ouderenzorg/<id>/media/foto.jpg.',
      en: 'Make the pack again with plain folders only, such as ouderenzorg/<id>/media/photo.jpg.',
    },
  }),
  'link-entry': () => ({
    message: { nl: 'Dit is een snelkoppeling (symbolische link), geen bestand.', en: 'This is a symbolic link, not a file.' },
    fix: { nl: 'Zet het echte bestand in het pakket in plaats van de link.', en: 'Put the real file in the pack instead of the link.' },
  }),
  'duplicate-entry': () => ({
    message: { nl: 'Dit bestand staat twee keer in het pakket.', en: 'This file is in the pack twice.' },
    fix: { nl: 'Maak het pakket opnieuw met elk bestand één keer.', en: 'Make the pack again with each file once.' },
  }),
  'too-many-entries': (d) => ({
    message: { nl: `Het pakket heeft meer dan ${d.limit} bestanden.`, en: `The pack has more than ${d.limit} files.` },
    fix: { nl: 'Verdeel de scenario’s over meer pakketten.', en: 'Split the scenarios over more packs.' },
  }),
  'entry-too-large': (d) => ({
    message: {
      nl: `Dit bestand is uitgepakt groter dan ${mb(d.limit)} (gemeten, niet zoals de zip zegt).`,
      en: `This file is larger than ${mb(d.limit)} once unpacked (measured, not as the zip claims).`,
    },
    fix: {
      nl: 'Maak de foto of video kleiner (de editor doet dat bij het uploaden).',
      en: 'Make the photo or video smaller (the editor does this on upload).',
    },
  }),
  'pack-too-large': (d) => ({
    message: { nl: `Het pakket is uitgepakt groter dan ${mb(d.limit)} samen.`, en: `The pack is larger than ${mb(d.limit)} in total once unpacked.` },
    fix: { nl: 'Verdeel de scenario’s over meer pakketten.', en: 'Split the scenarios over more packs.' },
  }),
  'damaged-entry': (d) => ({
    message: { nl: `Dit bestand is beschadigd in de zip (${d.reason}).`, en: `This file is damaged in the zip (${d.reason}).` },
    fix: { nl: 'Download of exporteer het pakket opnieuw.', en: 'Download or export the pack again.' },
  }),
  'no-manifest': () => ({
    message: { nl: 'Het pakket heeft geen manifest.json in de hoofdmap.', en: 'The pack has no manifest.json at its root.' },
    fix: {
      nl: 'Exporteer met de editor of npm run scenes:export; die schrijven het manifest. Zie docs/scene-packs.md.',
      en: 'Export with the editor or npm run scenes:export, which write the manifest. See docs/scene-packs.md.',
    },
  }),
  'manifest-invalid': (d) => ({
    message: { nl: `manifest.json klopt niet bij ${d.where}: ${d.reason}`, en: `manifest.json is wrong at ${d.where}: ${d.reason}` },
    fix: {
      nl: 'Verbeter het manifest volgens docs/scene-packs.md, of exporteer opnieuw.',
      en: 'Correct the manifest as docs/scene-packs.md describes, or export again.',
    },
  }),
  'not-in-manifest': () => ({
    message: {
      nl: 'Dit bestand staat niet in manifest.json, dus de controlesom ontbreekt.',
      en: 'This file is not listed in manifest.json, so it has no checksum.',
    },
    fix: {
      nl: 'Haal het uit het pakket, of zet het met zijn sha256 in manifest.json.',
      en: 'Remove it from the pack, or list it with its sha256 in manifest.json.',
    },
  }),
  'missing-file': () => ({
    message: { nl: 'manifest.json noemt dit bestand, maar het zit niet in het pakket.', en: 'manifest.json lists this file, but it is not in the pack.' },
    fix: { nl: 'Zet het bestand erbij, of haal het uit manifest.json.', en: 'Add the file, or remove it from manifest.json.' },
  }),
  'checksum-mismatch': (d) => ({
    message: {
      nl: `De inhoud is anders dan bij het exporteren: sha256 ${d.actual.slice(0, 12)}…, manifest zegt ${d.expected.slice(0, 12)}….`,
      en: `The content differs from the export: sha256 ${d.actual.slice(0, 12)}…, the manifest says ${d.expected.slice(0, 12)}….`,
    },
    fix: {
      nl: 'Het bestand is veranderd of beschadigd. Exporteer het pakket opnieuw, of zet de nieuwe sha256 in manifest.json als je het zelf veranderde.',
      en: 'The file was changed or damaged. Export the pack again, or put the new sha256 in manifest.json if you changed it on purpose.',
    },
  }),
  'unknown-file-type': (d) => ({
    message: { nl: `Dit soort bestand hoort niet in een pakket (${d.found}).`, en: `This kind of file does not belong in a pack (${d.found}).` },
    fix: {
      nl: 'Alleen scenario.json, manifest.json, JPEG, PNG, WebP, MP4, WebM, MP3, M4A en Ogg mogen erin, en de inhoud moet bij de extensie passen.',
      en: 'Only scenario.json, manifest.json, JPEG, PNG, WebP, MP4, WebM, MP3, M4A and Ogg are allowed, and the content must match the extension.',
    },
  }),
  'not-named': () => ({
    message: { nl: 'Geen scenario in het pakket gebruikt dit bestand.', en: 'No scenario in the pack uses this file.' },
    fix: { nl: 'Haal het uit het pakket (en uit manifest.json).', en: 'Remove it from the pack (and from manifest.json).' },
  }),
  'scenario-problem': (d) => ({
    message: {
      nl: `De scenariocontrole vond een fout bij ${d.pointer || '(heel bestand)'} [${d.rule}]: ${d.message.nl}`,
      en: `The scenario check found an error at ${d.pointer || '(whole file)'} [${d.rule}]: ${d.message.en}`,
    },
    fix: { nl: `Verbeter het scenario en exporteer opnieuw. ${d.fix.nl}`, en: `Fix the scenario and export again. ${d.fix.en}` },
  }),
  'built-in-scenario': (d) => ({
    message: {
      nl: `${d.path} is een ingebouwd scenario van deze app; dat kan niet vervangen worden.`,
      en: `${d.path} is a built-in scenario of this app; it cannot be replaced.`,
    },
    fix: {
      nl: 'Geef het scenario een eigen id (en map) voordat je het exporteert, of gebruik het ingebouwde.',
      en: 'Give the scenario an id (and folder) of its own before exporting, or use the built-in one.',
    },
  }),
  'taken-by-other-organisation': (d) => ({
    message: {
      nl: `Een andere organisatie op deze server heeft al een scenario ${d.path}.`,
      en: `Another organisation on this server already has a scenario ${d.path}.`,
    },
    fix: { nl: 'Geef het scenario een eigen id (en map) en exporteer opnieuw.', en: 'Give the scenario an id (and folder) of its own and export again.' },
  }),
  'version-not-newer': (d) => ({
    message: {
      nl: `Versie ${d.version} is niet nieuwer dan versie ${d.have} die jullie al hebben.`,
      en: `Version ${d.version} is not newer than version ${d.have}, which you already have.`,
    },
    fix: {
      nl: 'Niets te doen als het dezelfde is. Anders: publiceer bij de maker een nieuwere versie en exporteer die.',
      en: 'Nothing to do if it is the same. Otherwise: publish a newer version where it was made and export that.',
    },
  }),
  'media-name-clash': () => ({
    message: {
      nl: 'Jullie gepubliceerde scenario heeft al een ander bestand met deze naam.',
      en: 'Your published scenario already has a different file with this name.',
    },
    fix: {
      nl: 'Bestanden van een gepubliceerde versie veranderen nooit. Geef het nieuwe bestand een nieuwe naam in het scenario.',
      en: 'Files of a published version never change. Give the new file a new name in the scenario.',
    },
  }),
};

export function packProblem<C extends PackProblemCode>(code: C, file: string, details: PackProblemDetails[C]): PackProblem {
  return { file, code, ...WORDS[code](details) };
}
