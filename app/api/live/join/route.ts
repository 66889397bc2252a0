import { NextResponse, type NextRequest } from "next/server";
import { withCaller } from "@/app/_actions/safe-action";
import { joinWithCode } from "@/app/_data/live/service";
import { clientAddressFrom } from "@/app/_data/auth/client-address";
import { joinInputSchema } from "@/app/_schemas/live";

const noStore = { "cache-control": "no-store" };

/** POST /api/live/join {code, nickname, lang}: takes a seat (httpOnly seat cookie) or returns to it. */
export const POST = withCaller("anyone", async (request: NextRequest, { user }) => {
  const body = await request.json().catch(() => undefined);
  const parsed = joinInputSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return NextResponse.json({ error: issue?.message ?? "invalid", field: String(issue?.path[0] ?? "form") }, { status: 400, headers: noStore });
  }
  const outcome = await joinWithCode({
    joinCode: parsed.data.code,
    nickname: parsed.data.nickname,
    lang: parsed.data.lang,
    address: clientAddressFrom(request.headers),
    userId: user?.id ?? null,
  });
  if (!outcome.ok) {
    const status = outcome.error === "tooManyAttempts" ? 429 : outcome.error === "unknownCode" ? 404 : 409;
    const field = outcome.error.startsWith("nickname") ? "nickname" : outcome.error === "unknownCode" ? "code" : "form";
    return NextResponse.json({ error: outcome.error, field }, { status, headers: noStore });
  }
  return NextResponse.json({ ok: true, code: parsed.data.code }, { headers: noStore });
});
