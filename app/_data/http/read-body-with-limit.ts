// One bounded reader for request bodies: the import route (the file's bytes) and the proxy (a server
// action's text) both stop reading, and cancel the stream, as soon as a body passes its limit.
// No database and no server-only imports, so the proxy can use it too.

/** Reads a request body up to a limit without buffering more than that. */
export async function readBodyWithLimit(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array | "tooLarge"> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return "tooLarge";
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
