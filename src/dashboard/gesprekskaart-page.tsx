import { CardPage } from './gesprekskaart/card-page.tsx';

/**
 * The gesprekskaart (conversation card) of one participant, at
 * `#/begeleider/sessie/<sessionId>/deelnemer/<participantCode>`; its own lazy chunk.
 */
export default function GesprekskaartPage({ sessionId, participantCode }: { sessionId: string; participantCode: string }) {
  return <CardPage sessionId={sessionId} code={participantCode} />;
}
