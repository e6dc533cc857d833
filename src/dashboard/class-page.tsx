import { KlasPage } from './class-mode/klas-page.tsx';

/**
 * Werkveldoriëntatie class mode at `#/begeleider/sessie/<id>/klas` (the docent's controls) and
 * `…/klas/scherm` (the class view for the classroom screen); its own lazy chunk, so recharts
 * loads only here and on the gesprekskaart.
 */
export default function ClassPage({ sessionId, projector }: { sessionId: string; projector: boolean }) {
  return <KlasPage sessionId={sessionId} projector={projector} />;
}
