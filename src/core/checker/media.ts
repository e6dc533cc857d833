/**
 * Media files a scenario refers to: they must exist and be readable, and 360° images must
 * have the shape and size headsets can show (2:1, at most 8192 px wide: the texture limit of
 * standalone headsets and most phones).
 */
import { scenarioMediaRefs } from '../scenario-media.ts';
import type { Scenario } from '../scenario-schema.ts';
import { describePath } from './names.ts';
import { jsonPointer, type BilingualText, type Finding, type MediaInfo, type MediaInfoFn, type PathSegment } from './problem.ts';

export const MAX_PANORAMA_WIDTH = 8192;
/** Previews must appear at once; 512×256 is the recommended size, 1024 wide still fine. */
export const MAX_PREVIEW_WIDTH = 1024;

/** A named file with where it is in the scenario; only 360° images get the ratio and size rules. */
interface MediaRef {
  src: string;
  path: PathSegment[];
  panorama?: { stereo: 'mono' | 'top-bottom'; preview: boolean };
}

function mediaRefs(scenario: Scenario): MediaRef[] {
  return scenarioMediaRefs(scenario).map((ref) => {
    const path: PathSegment[] = ['nodes', ref.node, ...ref.path];
    const stereo = scenario.nodes[ref.node]!.media.stereo;
    // The preview is always a mono image, also for stereo media: it is only shown briefly.
    if (ref.role === 'media') return { src: ref.src, path, panorama: { stereo, preview: false } };
    if (ref.role === 'preview') return { src: ref.src, path, panorama: { stereo: 'mono', preview: true } };
    return { src: ref.src, path };
  });
}

type Report = (rule: Finding['rule'], message: BilingualText, fix: BilingualText, severity?: Finding['severity']) => Finding;

function panoramaFindings(ref: MediaRef, info: MediaInfo, report: Report): Finding[] {
  const { width, height } = info;
  // Videos (and anything the caller cannot measure) come without dimensions: nothing to check.
  if (!ref.panorama || width === undefined || height === undefined) return [];
  const stereo = ref.panorama.stereo === 'top-bottom';
  // Top-bottom stereo stacks two 2:1 images, so the whole file is square.
  const ratio = stereo ? 1 : 2;
  const shape: BilingualText = stereo
    ? {
        nl: 'een stereo-360°-beeld (boven-onder) moet vierkant zijn (twee helften van 2:1)',
        en: 'a top-bottom stereo 360° image must be square (two 2:1 halves)',
      }
    : { nl: 'een 360°-foto moet precies twee keer zo breed zijn als hoog (2:1)', en: 'a 360° image must be exactly twice as wide as it is high (2:1)' };
  const size = `${width}×${height} px`;
  const out: Finding[] = [];
  if (width !== ratio * height) {
    const w = Math.min(width, MAX_PANORAMA_WIDTH);
    out.push(
      report(
        'not-2-to-1',
        { nl: `"${ref.src}" is ${size}; ${shape.nl}`, en: `"${ref.src}" is ${size}; ${shape.en}` },
        {
          nl: `Exporteer de foto in de camera-app als 360°-foto (equirectangular) van ${w}×${w / ratio} px, of snijd hem bij tot die maat.`,
          en: `Export it from the camera app as an equirectangular image of ${w}×${w / ratio} px, or crop it to that size.`,
        },
      ),
    );
  }
  if (width > MAX_PANORAMA_WIDTH) {
    out.push(
      report(
        'too-wide',
        {
          nl: `"${ref.src}" is ${width} px breed; VR-brillen tonen geen beelden breder dan ${MAX_PANORAMA_WIDTH} px`,
          en: `"${ref.src}" is ${width} px wide; headsets cannot show images wider than ${MAX_PANORAMA_WIDTH} px`,
        },
        {
          nl: `Maak de foto kleiner: ${MAX_PANORAMA_WIDTH}×${MAX_PANORAMA_WIDTH / ratio} px (4096×${4096 / ratio} is genoeg voor telefoons).`,
          en: `Scale it down to ${MAX_PANORAMA_WIDTH}×${MAX_PANORAMA_WIDTH / ratio} px (4096×${4096 / ratio} is plenty for phones).`,
        },
      ),
    );
  } else if (ref.panorama.preview && width > MAX_PREVIEW_WIDTH) {
    out.push(
      report(
        'large-preview',
        {
          nl: `voorbeeldbeeld "${ref.src}" is ${size}; een voorbeeldbeeld moet klein zijn, zodat het meteen verschijnt`,
          en: `preview "${ref.src}" is ${size}; a preview should be small so it appears at once`,
        },
        { nl: 'Bewaar een kopie van 512×256 px en gebruik die als voorbeeldbeeld.', en: 'Save a 512×256 px copy of the image and use that as the preview.' },
        'warning',
      ),
    );
  }
  return out;
}

function fileFindings(ref: MediaRef, info: MediaInfo, report: Report): Finding[] {
  if (!info.exists && info.otherCase) {
    return [
      report(
        'missing-media',
        {
          nl: `bestand "${ref.src}" bestaat niet; wel "${info.otherCase}" (hoofdletters en kleine letters verschillen)`,
          en: `file "${ref.src}" does not exist; there is "${info.otherCase}" (upper/lower case differs)`,
        },
        {
          nl: `Schrijf de naam precies zoals het bestand heet ("${info.otherCase}"), of geef het bestand een andere naam; een server ziet hoofdletters en kleine letters als verschillend.`,
          en: `Write the path exactly as the file is called ("${info.otherCase}"), or rename the file; servers treat upper and lower case as different.`,
        },
      ),
    ];
  }
  if (!info.exists) {
    return [
      report(
        'missing-media',
        { nl: `bestand "${ref.src}" bestaat niet`, en: `file "${ref.src}" does not exist` },
        {
          nl: 'Zet het bestand op deze plek in de map van de situatie (naast scenario.json), of verbeter de naam; hoofdletters tellen mee. In de editor: voeg de foto opnieuw toe.',
          en: 'Put the file at this path inside the scenario folder (next to scenario.json), or correct the path; upper/lower case matters.',
        },
      ),
    ];
  }
  if (info.linkedOutside !== undefined) {
    return [
      report(
        'linked-outside',
        {
          nl: `bestand "${ref.src}" is een snelkoppeling naar ${info.linkedOutside}, buiten de map van de situatie; de app geeft dat bestand niet door`,
          en: `file "${ref.src}" is a link to ${info.linkedOutside}, outside the scenario folder; the app does not serve it`,
        },
        {
          nl: 'Kopieer het bestand zelf in de map van de situatie (in plaats van de snelkoppeling), zodat de situatie op elke computer werkt.',
          en: 'Copy the file itself into the scenario folder (replace the link), so the scenario works on every computer it is copied to.',
        },
      ),
    ];
  }
  if (info.error !== undefined) {
    return [
      report(
        'unreadable-media',
        { nl: `bestand "${ref.src}" is niet te lezen (${info.error})`, en: `file "${ref.src}" cannot be read (${info.error})` },
        {
          nl: 'Exporteer of bewaar het bestand opnieuw (foto als JPEG, PNG of WebP; video als MP4; geluid als MP3 of M4A).',
          en: 'Export or save the file again (images as JPEG, PNG or WebP; video as MP4, audio as MP3 or M4A).',
        },
      ),
    ];
  }
  return panoramaFindings(ref, info, report);
}

export async function mediaFindings(scenario: Scenario, mediaInfo: MediaInfoFn): Promise<Finding[]> {
  // One look-up per file, even when several nodes share it.
  const cache = new Map<string, Promise<MediaInfo>>();
  const lookup = (src: string) => {
    let p = cache.get(src);
    if (!p) {
      p = mediaInfo(src).catch((e: unknown): MediaInfo => ({ exists: true, error: e instanceof Error ? e.message : String(e) }));
      cache.set(src, p);
    }
    return p;
  };

  const refs = mediaRefs(scenario);
  const infos = await Promise.all(refs.map((r) => lookup(r.src)));
  return refs.flatMap((ref, i) => {
    const where = describePath(scenario, ref.path);
    const report: Report = (rule, message, fix, severity = 'error') => ({
      pointer: jsonPointer(ref.path),
      rule,
      severity,
      message: { nl: `${where.nl}: ${message.nl}`, en: `${where.en}: ${message.en}` },
      fix,
    });
    return fileFindings(ref, infos[i]!, report);
  });
}
