import "server-only";
// Furigana suggestions from kuromoji, a morphological analyzer whose IPA dictionary ships inside its npm
// package (node_modules/kuromoji/dict): nothing is downloaded. The tokenizer takes about a second to
// build, so it is built once per process, on the first suggestion asked for.
import path from "node:path";
import kuromoji from "kuromoji";
import { readingFromTokens } from "../../_domain/readings/reading-from-tokens";

type Tokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;
let tokenizer: Promise<Tokenizer> | null = null;

function getTokenizer(): Promise<Tokenizer> {
  tokenizer ??= new Promise<Tokenizer>((resolve, reject) => {
    kuromoji.builder({ dicPath: path.join(process.cwd(), "node_modules", "kuromoji", "dict") }).build((error, built) => (error ? reject(error) : resolve(built)));
  }).catch((error) => {
    tokenizer = null; // try again next time
    throw error;
  });
  return tokenizer;
}

/** A suggested reading (hiragana) of Japanese text: each word's dictionary reading, the text itself where it has none. */
export async function suggestReading(text: string): Promise<string> {
  const tokens = (await getTokenizer()).tokenize(text.normalize("NFC").slice(0, 400));
  return readingFromTokens(tokens.map((t) => ({ surface: t.surface_form, reading: t.reading })));
}
