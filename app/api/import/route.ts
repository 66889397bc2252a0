import { NextResponse, type NextRequest } from "next/server";
import { getCurrentLearner } from "@/app/_data/auth/current-learner";
import { can } from "@/app/_data/auth/roles";
import { MAX_IMPORT_BYTES, readBodyWithLimit } from "@/app/_data/interchange/import-file";
import { importFactBaseFile } from "@/app/_data/interchange/service";

/** POST /api/import with the interchange JSON file as the body. Editors only; all or nothing. */
export async function POST(request: NextRequest) {
  const learner = await getCurrentLearner();
  if (!learner) return NextResponse.json({ ok: false, issues: [{ record: "file", code: "signInRequired" }] }, { status: 401 });
  if (!can(learner.role, "editContent"))
    return NextResponse.json({ ok: false, issues: [{ record: "file", code: "forbidden" }] }, { status: 403 });
  const declared = Number(request.headers.get("content-length") ?? 0);
  const bytes = declared > MAX_IMPORT_BYTES ? "tooLarge" : await readBodyWithLimit(request.body, MAX_IMPORT_BYTES);
  if (bytes === "tooLarge")
    return NextResponse.json({ ok: false, issues: [{ record: "file", code: "tooLarge", params: { maxMb: 10 } }] }, { status: 413 });
  const result = await importFactBaseFile(bytes);
  return NextResponse.json(result, { status: result.ok ? 200 : 422 });
}
