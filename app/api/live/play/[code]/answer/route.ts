import { NextResponse, type NextRequest } from "next/server";
import { withCaller } from "@/app/_actions/safe-action";
import { answerQuestion } from "@/app/_data/live/service";
import { answerBodySchema } from "@/app/_schemas/live";

const noStore = { "cache-control": "no-store" };

/** POST /api/live/play/CODE/answer {questionIndex, response}: stored once; a retry replays the stored result. */
export const POST = withCaller<{ code: string }>("anyone", async (request: NextRequest, { params }) => {
  const { code } = await params;
  const parsed = answerBodySchema.safeParse(await request.json().catch(() => undefined));
  if (!parsed.success) return NextResponse.json({ error: "invalidResponse" }, { status: 400, headers: noStore });
  const outcome = await answerQuestion(code, parsed.data.questionIndex, parsed.data.response);
  if (!outcome.ok) {
    const status = outcome.error === "not_a_player" || outcome.error === "notFound" ? 404 : outcome.error === "invalidResponse" || outcome.error === "emptyAnswer" ? 400 : 409;
    return NextResponse.json({ error: outcome.error }, { status, headers: noStore });
  }
  // Before the reveal the player learns only that the answer is stored, never whether it was right.
  return NextResponse.json({ ok: true, questionIndex: outcome.questionIndex, replayed: outcome.replayed }, { headers: noStore });
});
