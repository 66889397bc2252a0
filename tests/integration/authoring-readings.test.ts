// The furigana suggestion runs kuromoji with the dictionary inside its npm package (no download).
// Not a database test; it is here because building the tokenizer takes a few seconds.
import { suggestReading } from "@/app/_data/edit/readings";

test("suggests readings for Japanese names and terms from the analyzer's dictionary", async () => {
  expect(await suggestReading("防衛大臣")).toBe("ぼうえいだいじん");
  expect(await suggestReading("面目を保つ")).toMatch(/^めん(ぼく|もく)をたもつ$/);
  expect(await suggestReading("拡大ASEAN国防相会議")).toBe("かくだいASEANこくぼうしょうかいぎ");
}, 60_000);
