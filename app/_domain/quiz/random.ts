// A small seeded PRNG (cyrb128 string hash → sfc32) so a quiz is reproducible from its seed,
// on the server and in tests alike. Not for secrets.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  shuffle<T>(items: readonly T[]): T[];
  /** The items in random order, drawn one at a time: cheap when only the first few are needed. */
  draw<T>(items: readonly T[]): Generator<T>;
  sample<T>(items: readonly T[], n: number): T[];
  pick<T>(items: readonly T[]): T;
  /** An opaque id that says nothing about what it names. */
  token(): string;
}

function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

export function createRandom(seed: string): Random {
  const next = sfc32(...cyrb128(seed));
  for (let i = 0; i < 12; i++) next(); // let the state mix before first use
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(0, i);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  function* draw<T>(items: readonly T[]): Generator<T> {
    const rest = [...items];
    for (let end = rest.length - 1; end >= 0; end--) {
      const j = int(0, end);
      [rest[end], rest[j]] = [rest[j], rest[end]];
      yield rest[end];
    }
  }
  return {
    next,
    int,
    shuffle,
    draw,
    sample: (items, n) => shuffle(items).slice(0, Math.max(0, n)),
    pick: (items) => items[int(0, items.length - 1)],
    token: () => Array.from({ length: 8 }, () => "abcdefghijkmnpqrstuvwxyz23456789"[int(0, 31)]).join(""),
  };
}
