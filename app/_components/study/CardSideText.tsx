import { Furigana } from "@/app/_components/Furigana";
import type { CardSide } from "@/app/_data/study/card-content";

/** One side's text; Japanese with a stored reading gets furigana. */
export function CardSideText({ side }: { side: CardSide }) {
  return side.lang === "ja" && side.reading ? <Furigana text={side.text} reading={side.reading} /> : <>{side.text}</>;
}
