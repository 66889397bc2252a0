/** Japanese text with its reading above it (ruby); plain text when no reading is stored. */
export function Furigana({ text, reading }: { text: string; reading?: string }) {
  if (!reading || reading === text) return <span lang="ja">{text}</span>;
  return (
    <ruby lang="ja">
      {text}
      <rp>(</rp>
      <rt>{reading}</rt>
      <rp>)</rp>
    </ruby>
  );
}
