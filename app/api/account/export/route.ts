// "Download my data": the signed-in (or guest) user's own data as a JSON attachment.
import { withCaller } from "@/app/_actions/safe-action";
import { exportDataOf } from "@/app/_data/auth/service";

export const dynamic = "force-dynamic";

export const GET = withCaller("user", async (_request, { user }) => {
  const data = await exportDataOf(user!.id);
  if (!data) return Response.json({ error: "notSignedIn" }, { status: 401, headers: { "Cache-Control": "no-store" } });
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
});
