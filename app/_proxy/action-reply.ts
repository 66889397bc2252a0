// What the proxy can verify of a server action's arguments before React's reply decoder sees them.
//
// React's client (encodeReply) sends an action's arguments as one JSON text, or as multipart form data:
// part "0" is the root (the argument array), parts "1", "2"… hold what the root refers to ("$1" an
// outlined object, "$Q1" a Map, "$W1" a Set, "$i1" an iterator, "$@1" a promise, "$B1" a file), and
// "_1_<field>" entries are the fields of a FormData argument ("$K1"). The server's decoder
// (react-server-dom-*/server, decodeReply and decodeReplyFromBusboy) throws on references it cannot
// resolve, and Next.js answers those throws with 500. This mirrors the decoder's rules for the forms
// this app's client produces and refuses everything else:
// - every referenced part exists, has the right kind (text for models, a file for "$B"), and, when the
//   body is decoded as it streams in (fetch calls), arrives before the part that refers to it (the
//   decoder resolves references as each part arrives: a later one is an "Invalid forward reference");
// - a path reference ("$1:a:0") names keys that exist in plain objects and arrays along the way;
// - a Map, Set or iterator is built from an array, once ("Already initialized Map");
// - "$n" is a decimal BigInt of at most 300 digits; "$T" (an opaque temporary reference) appears only
//   where the decoder has a path for it;
// - parts are named as React names them, each once (a second part with the root's number makes the
//   decoder call into a finished chunk: a TypeError);
// - the sum of array and string sizes the decoder counts, references included, stays under its limit.
// Refused outright because this app never sends them as arguments: server functions ("$h"), typed
// arrays and ArrayBuffers, streams and async iterables.

/** React's default arraySizeLimit (decodeReply's option): past it the decoder throws. */
const ARRAY_SLOTS_LIMIT = 1_000_000;
/** Same as the proxy's depth limit for action JSON. */
const MAX_DEPTH = 32;

const HEX = /^[0-9a-f]+$/;
const PART_NUMBER = /^(0|[1-9][0-9]*)$/;
const SIMPLE_TAGS = new Set(["$", "u", "I", "-", "N", "D", "H", "K"]);
const REFUSED_TAGS = new Set(["h", "A", "O", "o", "U", "S", "s", "L", "l", "G", "g", "M", "m", "V", "R", "r", "X", "x"]);

export type ReplyEntries = Iterable<[string, FormDataEntryValue]>;

export type ReplyOptions = {
  /** Part names start with this ("" for a fetch call, "$ACTION_1:" for a form's bound arguments). */
  prefix: string;
  /** Decoded as it arrives (a fetch call's multipart body): references must point backwards. */
  streaming: boolean;
  /** Next.js passes a temporary-reference set to fetch calls only. */
  temporaryReferences: boolean;
  /** What the root must be. */
  root: "array" | "object";
};

type Part = { index: number; value: FormDataEntryValue; json?: unknown; parsed?: boolean };

/** JSON nesting depth without recursion (shared with request-guards' jsonDepth idea, kept local). */
function depthOf(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) max = Math.max(max, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return max;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (depthOf(text) > MAX_DEPTH) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const isContainer = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/**
 * Checks an action reply's parts. Returns null when React's decoder can decode it, or the reason it
 * could not (for tests and logs).
 */
export function replyProblem(entries: ReplyEntries, options: ReplyOptions): string | null {
  const parts = new Map<number, Part>();
  let index = 0;
  for (const [key, value] of entries) {
    index++;
    if (!key.startsWith(options.prefix)) continue;
    const rest = key.slice(options.prefix.length);
    if (rest.startsWith("_")) continue; // a FormData argument's field: read by "$K", never decoded
    if (PART_NUMBER.test(rest)) {
      const id = Number(rest);
      if (options.streaming && parts.has(id)) return `part ${rest} sent twice`;
      parts.set(id, { index, value });
    } else if (options.streaming) {
      // The streaming decoder reads any name that converts to a number ("", "00", " 1", "S1") as a part.
      return `part name ${JSON.stringify(key.slice(0, 40))} is not React's`;
    }
  }

  const root = parts.get(0);
  if (!root || typeof root.value !== "string") return "no root part";
  const rootJson = modelOf(root);
  if (rootJson === undefined) return "root is not JSON";
  if (options.root === "array" ? !Array.isArray(rootJson) : !isContainer(rootJson) || Array.isArray(rootJson)) return `root is not an ${options.root}`;

  let slots = 0;
  const consumed = new Set<string>();
  const sizes = new Map<string, number>();
  const decoded = new Set<number>();
  // Parts whose decoding is under way: a reference back into one of them waits until it is done.
  const active: number[] = [];

  function modelOf(part: Part): unknown {
    if (!part.parsed) {
      part.parsed = true;
      const parsed = typeof part.value === "string" ? parseJson(part.value) : { ok: false as const };
      part.json = parsed.ok ? parsed.value : undefined;
      if (!parsed.ok) part.json = NOT_JSON;
    }
    return part.json === NOT_JSON ? undefined : part.json;
  }

  /** The part a reference names, decoded; or the problem. `from` is the part holding the reference. */
  function referenced(idText: string, from: Part, lazy: boolean): { part: Part; id: number } | string {
    if (!HEX.test(idText)) return `reference id ${JSON.stringify(idText.slice(0, 20))} is not hexadecimal`;
    const id = parseInt(idText, 16);
    const part = parts.get(id);
    if (!part) return `reference to missing part ${id}`;
    if (typeof part.value !== "string") return `reference to part ${id}, a file, as a model`;
    if (modelOf(part) === undefined) return `part ${id} is not JSON`;
    if (active.includes(id)) return lazy ? `promise part ${id} refers to itself` : { part, id };
    if (options.streaming && !lazy && part.index > from.index) return `forward reference to part ${id}`;
    return { part, id };
  }

  /** Walks a path ("$1:a:0") the way the decoder does, over plain objects and arrays only. */
  function follow(value: unknown, path: string[]): { value: unknown } | string {
    let at = value;
    for (const key of path) {
      if (!isContainer(at) || key === "__proto__" || !Object.prototype.hasOwnProperty.call(at, key)) return `path :${path.join(":")} does not exist`;
      at = (at as Record<string, unknown>)[key];
      // Strings with a tag are decoded into something else, and undefined values are deleted.
      if (typeof at === "string" && at.startsWith("$")) return `path :${path.join(":")} goes through a reference`;
    }
    return { value: at };
  }

  function sizeOf(value: unknown): number {
    if (typeof value === "string") return value.length;
    if (Array.isArray(value)) return value.length + 1 + value.reduce((n: number, v) => n + sizeOf(v), 0);
    if (isContainer(value)) return Object.values(value).reduce((n: number, v) => n + sizeOf(v), 0);
    return 0;
  }

  function decodePart(id: number, part: Part): string | null {
    if (decoded.has(id)) return null;
    decoded.add(id);
    active.push(id);
    const json = modelOf(part);
    slots += sizeOf(json);
    const problem = walk(json, part, id.toString(16));
    active.pop();
    return problem;
  }

  function walk(start: unknown, part: Part, startReference: string | undefined): string | null {
    const stack: [unknown, string | undefined][] = [[start, startReference]];
    while (stack.length > 0) {
      const [value, reference] = stack.pop()!;
      if (Array.isArray(value)) {
        value.forEach((v, i) => stack.push([v, reference === undefined ? undefined : `${reference}:${i}`]));
      } else if (isContainer(value)) {
        for (const [k, v] of Object.entries(value)) stack.push([v, reference !== undefined && !k.includes(":") ? `${reference}:${k}` : undefined]);
      } else if (typeof value === "string" && value.startsWith("$")) {
        const problem = checkString(value, part, reference);
        if (problem) return problem;
      }
      if (slots > ARRAY_SLOTS_LIMIT) return "too many array slots";
    }
    return null;
  }

  function checkString(value: string, part: Part, reference: string | undefined): string | null {
    const tag = value[1];
    if (tag !== undefined && SIMPLE_TAGS.has(tag)) return null;
    if (tag !== undefined && REFUSED_TAGS.has(tag)) return `reference kind $${tag} is not accepted`;
    if (tag === "n") return /^-?[0-9]{1,300}$/.test(value.slice(2)) ? null : "bad BigInt";
    if (tag === "T") return options.temporaryReferences && reference !== undefined ? null : "temporary reference without a path";
    if (tag === "@") {
      const target = referenced(value.slice(2), part, true);
      if (typeof target === "string") return target;
      if (target.id === 0) return "promise of the root";
      return decodePart(target.id, target.part);
    }
    if (tag === "B") {
      const idText = value.slice(2);
      if (!HEX.test(idText)) return "bad blob reference";
      const blob = parts.get(parseInt(idText, 16));
      if (!blob || typeof blob.value === "string") return "reference to a missing file";
      if (options.streaming && blob.index > part.index) return "forward reference to a file";
      return null;
    }
    const builder = tag === "Q" || tag === "W" || tag === "i" ? tag : null;
    const [idText, ...path] = value.slice(builder ? 2 : 1).split(":");
    const target = referenced(idText, part, false);
    if (typeof target === "string") return target;
    const followed = follow(modelOf(target.part), path);
    if (typeof followed === "string") return followed;
    if (builder) {
      if (!Array.isArray(followed.value)) return `$${builder} needs an array`;
      if (builder === "Q" && !followed.value.every(isContainer)) return "a Map entry is not an array";
      const built = `${target.id}:${path.join(":")}`;
      if (consumed.has(built)) return `$${builder} of ${built} twice`;
      consumed.add(built);
    }
    // Counted once per target: a body repeating one reference must not make this check slow.
    const key = `${target.id}:${path.join(":")}`;
    let size = sizes.get(key);
    if (size === undefined) sizes.set(key, (size = sizeOf(followed.value)));
    slots += size;
    if (active.includes(target.id)) return null; // resolved once that part is done; the path was checked
    return decodePart(target.id, target.part);
  }

  return decodePart(0, root);
}

const NOT_JSON = Symbol("not JSON");
