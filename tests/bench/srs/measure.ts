// Timing helpers of the SRS benchmark.
export type Timing = { label: string; runs: number; p50: number; p95: number; max: number };

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

/** Runs `fn` `warmup` times untimed, then `runs` times one after another, and returns p50/p95/max in ms. */
export async function time(label: string, runs: number, fn: (run: number) => Promise<unknown>, warmup = 20): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn(i);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { label, runs, p50: percentile(samples, 50), p95: percentile(samples, 95), max: samples[samples.length - 1] };
}

export function formatTimings(title: string, timings: Timing[], targetMs: number): string {
  const width = Math.max(...timings.map((t) => t.label.length));
  const lines = timings.map(
    (t) =>
      `  ${t.label.padEnd(width)}  p50 ${t.p50.toFixed(2).padStart(7)} ms   p95 ${t.p95.toFixed(2).padStart(7)} ms   max ${t.max.toFixed(1).padStart(7)} ms   (${t.runs} runs)  ${t.p95 < targetMs ? "✔" : "✘"} p95 < ${targetMs} ms`,
  );
  return [title, ...lines].join("\n");
}

/** A small deterministic random generator, so two runs pick the same learners and cards. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
