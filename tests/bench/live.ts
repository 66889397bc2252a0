// npm run bench:live [-- --players=1000 --pg]: N simulated players against the app as `npm start` runs
// it, each with its own cookie, HTTP requests and SSE stream. They join, receive every question and
// answer at random moments. Prints join p95, question fan-out (the host's "next" → each player's event)
// p50/p95/p99, answer acknowledgement p50/p95/p99, lost and duplicated answers, and whether the
// leaderboard equals the recomputation from LiveAnswer.
// Not yet: --instances 2 (players spread over two instances) and --kill (restart mid-question).
import { startApp } from "./support/app-server";
import { createPrismaClient } from "@/app/_data/prisma-client";
import { createGuest } from "@/app/_data/auth/user-store";
import { SESSION_COOKIE } from "@/app/_data/auth/session-token";
import { computeLeaderboard } from "@/app/_domain/live/leaderboard";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const PLAYERS = Number(arg("players") ?? 1000);
const QUESTIONS = Number(arg("questions") ?? 5);
const PG = process.argv.includes("--pg");

const pct = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const fmt = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(0)} ms, p95 ${pct(xs, 95).toFixed(0)} ms, p99 ${pct(xs, 99).toFixed(0)} ms`;

interface Player {
  nickname: string;
  cookie: string;
  acked: Set<number>;
  onState: (view: { phase: string; questionIndex: number; question: { question: { type: string; options?: { id: string }[] } } | null }) => void;
}

async function openStream(url: string, cookie: string, onEvent: (data: string) => void, signal: AbortSignal) {
  const res = await fetch(url, { headers: { cookie, accept: "text/event-stream" }, signal });
  if (!res.ok || !res.body) throw new Error(`stream ${res.status}`);
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let cut;
        while ((cut = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const data = block.split("\n").filter((l) => l.startsWith("data: ")).map((l) => l.slice(6)).join("\n");
          if (data) onEvent(data);
        }
      }
    } catch {
      // aborted at the end
    }
  })();
}

async function main() {
  console.log(`bench:live: ${PLAYERS} players, ${QUESTIONS} questions, ${PG ? "PostgreSQL" : "SQLite"}; starting the app…`);
  const app = await startApp({ postgres: PG });
  const db = createPrismaClient(app.databaseUrl);
  const abort = new AbortController();
  try {
    const teacher = await createGuest(db, { uiLocale: "en" });
    await db.user.update({ where: { id: teacher.user.id }, data: { role: "teacher" } });
    const config = { deckKeys: "all", tags: [], count: QUESTIONS, types: ["multiple_choice", "true_false"], direction: "en-ja", seed: "bench" };
    const quiz = await db.quiz.create({ data: { ownerId: teacher.user.id, title: "bench", config: JSON.stringify(config) } });
    const { createGame } = await import("@/app/_data/live/create-game");
    const made = await createGame(db, teacher.user.id, { quizId: quiz.id, settings: { timerSeconds: 60, speedScoring: true, lateJoin: true }, hostLocale: "en", seed: "bench" });
    if (!made.ok) throw new Error(made.error);
    const hostCookie = `${SESSION_COOKIE}=${teacher.token}`;
    const command = (type: string) =>
      fetch(`${app.baseUrl}/api/live/host/${made.sessionId}/command`, { method: "POST", headers: { cookie: hostCookie, "content-type": "application/json", origin: app.baseUrl }, body: JSON.stringify({ type }) });

    // Join: each player its own request and cookie.
    const joinMs: number[] = [];
    const players: Player[] = [];
    const joinOne = async (i: number) => {
      const started = performance.now();
      const res = await fetch(`${app.baseUrl}/api/live/join`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: app.baseUrl },
        body: JSON.stringify({ code: made.joinCode, nickname: `p${i}`, lang: i % 2 ? "en" : "ja" }),
      });
      if (!res.ok) throw new Error(`join ${res.status} ${await res.text()}`);
      joinMs.push(performance.now() - started);
      const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
      players.push({ nickname: `p${i}`, cookie, acked: new Set(), onState: () => {} });
    };
    for (let i = 0; i < PLAYERS; i += 50) await Promise.all(Array.from({ length: Math.min(50, PLAYERS - i) }, (_, k) => joinOne(i + k)));

    // Streams, and each player answering each question once at a random moment.
    let nextSentAt = 0;
    const fanOut: number[] = [];
    const ackMs: number[] = [];
    let failed = 0;
    const seen = new Map<Player, number>();
    await Promise.all(
      players.map((p) =>
        openStream(`${app.baseUrl}/api/live/play/${made.joinCode}/events`, p.cookie, (data) => {
          const view = JSON.parse(data) as { phase: string; questionIndex: number; question: { question: { type: string; options?: { id: string }[] } } | null };
          if (view.phase !== "question" || (seen.get(p) ?? -1) >= view.questionIndex) return;
          seen.set(p, view.questionIndex);
          if (nextSentAt) fanOut.push(performance.now() - nextSentAt);
          const q = view.question!.question;
          const response = q.type === "true_false" ? { value: Math.random() < 0.5 } : { optionId: q.options![Math.floor(Math.random() * q.options!.length)].id };
          setTimeout(async () => {
            const started = performance.now();
            const res = await fetch(`${app.baseUrl}/api/live/play/${made.joinCode}/answer`, {
              method: "POST",
              headers: { cookie: p.cookie, "content-type": "application/json", origin: app.baseUrl },
              body: JSON.stringify({ questionIndex: view.questionIndex, response }),
            }).catch(() => null);
            if (res?.ok) {
              ackMs.push(performance.now() - started);
              p.acked.add(view.questionIndex);
            } else failed += 1;
          }, Math.random() * 3000);
        }, abort.signal),
      ),
    );

    for (let q = 0; q < QUESTIONS; q++) {
      nextSentAt = performance.now();
      const res = await command(q === 0 ? "start" : "next");
      if (!res.ok) throw new Error(`command ${res.status} ${await res.text()}`);
      const deadline = Date.now() + 60_000;
      while (players.some((p) => !p.acked.has(q)) && Date.now() < deadline && ackMs.length + failed < PLAYERS * (q + 1)) await new Promise((r) => setTimeout(r, 100));
      await command("reveal");
    }
    await command("next");

    const answers = await db.liveAnswer.findMany({ where: { sessionId: made.sessionId } });
    const keys = new Set(answers.map((a) => `${a.playerId}:${a.questionIndex}`));
    const rows = await db.player.findMany({ where: { sessionId: made.sessionId } });
    const idOf = new Map(rows.map((r) => [r.nickname, r.id]));
    const lost = players.reduce((n, p) => n + [...p.acked].filter((q) => !keys.has(`${idOf.get(p.nickname)}:${q}`)).length, 0);
    const board = computeLeaderboard(rows.map((r) => ({ id: r.id, nickname: r.nickname, joinOrder: r.joinOrder })), answers);
    const matches = rows.every((r) => board.find((b) => b.playerId === r.id)?.score === r.score);
    console.log(`join: ${fmt(joinMs)}`);
    console.log(`question fan-out (next → player's event): ${fmt(fanOut)} over ${fanOut.length} deliveries`);
    console.log(`answer acknowledgement: ${fmt(ackMs)} over ${ackMs.length} answers (${failed} refused or failed)`);
    console.log(`lost answers (acknowledged, not stored): ${lost}; duplicated: ${answers.length - keys.size}`);
    console.log(`leaderboard equals the recomputation from LiveAnswer: ${matches ? "yes" : "NO"}`);
  } finally {
    abort.abort();
    await db.$disconnect();
    await app.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
