import { NextResponse } from "next/server";
import { withCaller } from "@/app/_actions/safe-action";
import { importFactBaseFile, MAX_IMPORT_BYTES, readBodyWithLimit } from "@/app/_data/interchange/service";

const refuse = (code: string, status: number) => NextResponse.json({ ok: false, issues: [{ record: "file", code }] }, { status });

/** POST /api/import with the interchange JSON file as the body. Editors only; all or nothing. */
export const POST = withCaller(
  "editor",
  async (request) => {
    const declared = Number(request.headers.get("content-length") ?? 0);
    const bytes = declared > MAX_IMPORT_BYTES ? "tooLarge" : await readBodyWithLimit(request.body, MAX_IMPORT_BYTES);
    if (bytes === "tooLarge")
      return NextResponse.json({ ok: false, issues: [{ record: "file", code: "tooLarge", params: { maxMb: 10 } }] }, { status: 413 });
    const result = await importFactBaseFile(bytes);
    return NextResponse.json(result, { status: result.ok ? 200 : 422 });
  },
  refuse,
);
