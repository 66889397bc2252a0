// "Download my data": the signed-in (or guest) learner's own data as a JSON attachment.
import type { NextRequest } from "next/server";
import { db } from "@/app/_data/db";
import { SESSION_COOKIE } from "@/app/_data/auth/session-token";
import { exportForSessionToken } from "@/app/_data/learner-data";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const data = await exportForSessionToken(db, request.cookies.get(SESSION_COOKIE)?.value);
  if (!data) {
    return Response.json({ error: "notSignedIn" }, { status: 401, headers: { "Cache-Control": "no-store" } });
  }
  const name = (data.profile.username ?? "guest").replace(/[^a-z0-9_.-]/gi, "_");
  const filename = `bilingual-study-${name}-${data.exportedAt.slice(0, 10)}.json`;
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
