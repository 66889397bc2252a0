#!/usr/bin/env node
/*
 * A stand-in for Prisma's native `schema-engine` executable, for machines that cannot download it.
 *
 * WHY: the Prisma CLI (prisma@7) runs migrations, diffs and resets through a native `schema-engine`
 * binary that it downloads from binaries.prisma.sh on first use. Offline that fails with
 * `getaddrinfo ENOTFOUND binaries.prisma.sh`. The same engine exists as WebAssembly: the `prisma`
 * package ships the matching build (node_modules/prisma/build/schema_engine_bg.wasm, never loaded by
 * the CLI) and `@prisma/schema-engine-wasm` has its JavaScript glue. Unlike the native binary, the Wasm
 * engine has no database drivers: it talks to the database through a Prisma driver adapter
 * (@prisma/adapter-better-sqlite3 / @prisma/adapter-pg, wrapped by bindMigrationAwareSqlAdapterFactory).
 * prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here (unless it is already set), so the usual
 * commands (`npx prisma migrate dev|deploy|reset|status|diff`, `db seed`, `validate`, `format`,
 * `generate`) work unchanged, on SQLite and PostgreSQL, online or not.
 *
 * PROTOCOL (what the CLI expects of the executable, read from prisma/build/cli.js):
 * - args: `--datamodels <abs path>` (repeated), `--datasource '{"url":…,"shadowDatabaseUrl"?:…}'`,
 *   optionally `--enabled-preview-features a,b` and `--extension-types <json>`; cwd = project root.
 * - `--version`: prints one version line.
 * - `… cli can-connect-to-database` / `… cli create-database`: one-shot, answer by exit code. On
 *   failure the CLI parses stderr as JSON lines, SKIPPING THE FIRST LINE, and reads
 *   `fields.error_code` of the ERROR entry; P1003 ("database does not exist") makes it create the DB.
 * - otherwise JSON-RPC 2.0, one message per line on stdin/stdout; stderr carries JSON log lines.
 *   Results of `undefined` must be sent as `null`. `diff` output must be sent as an engine→CLI
 *   request `{"method":"print","params":{"content":…}}` (the CLI prints it and acknowledges), then a
 *   result without stdout. `getDatabaseVersion` is called `version` in Wasm.
 * - when done, the CLI closes stdin and sends SIGTERM at once: finish in-flight work, dispose the
 *   adapters (and any shadow database), exit 0.
 *
 * QUIRKS HANDLED (each one a real failure without its fix):
 * (1) `datamodels: []` makes the Wasm engine panic: pass `undefined`. A Rust panic calls
 *     globalThis.PRISMA_WASM_PANIC_REGISTRY.set_message; without it a panic becomes a silent exit 0.
 * (2) On a database without `_prisma_migrations`, `migrate dev` fails with P1014 (the table does not
 *     exist) where the native engine carries on: the SELECT on that table is answered with an empty
 *     result when the table is missing.
 * (3) SQLite: the shadow-database replay sends whole multi-statement scripts through `executeRaw`,
 *     which better-sqlite3 rejects ("more than one statement"): fall back to `executeScript`.
 * (4) SQLite: the Wasm `reset` only deletes rows; the native engine truncates the database file. The
 *     bridge closes its connections and truncates the file itself (plus -wal/-shm/-journal).
 * (5) PostgreSQL: @prisma/adapter-pg cannot deserialize `"char"` columns (oid 18) which the engine
 *     reads from the catalogs: they are reported as text.
 * (6) DANGER, PostgreSQL: PrismaPg.connectToShadowDb with a connectionString config connects to the
 *     MAIN database as the "shadow" (node-pg lets the URL override `database`) and then resets it.
 *     The bridge creates the shadow database itself from parsed connection fields, checks
 *     `current_database()` before handing it over, ends the pool before dropping it, and never drops
 *     anything but the database it created.
 * (7) After `migrate dev` applied pending migrations to a new database, evaluateDataLoss and
 *     createMigration fail with "shadow DB must be provided through an external factory": in Wasm they
 *     only read a cache of the shadow replay. The bridge fills it (diagnoseMigrationHistory) and retries.
 * (8) `migrate resolve --applied` on a database without _prisma_migrations (baselining) fails with
 *     P1014: the bridge creates the table first, with the engine's own DDL.
 * Also: adapter-pg's executeScript splits scripts on every ";" (breaking string literals that contain
 * one); the bridge sends the script as one simple query, like the native engine. Unsupported here:
 * `--extension-types` (ignored), providers other than sqlite/postgresql, Windows (the CLI cannot spawn
 * a .cjs file there; prisma.config.ts leaves Windows on the native engine).
 *
 * Debugging: DEBUG="prisma:schemaEngine*" npx prisma … shows the JSON-RPC traffic and this bridge's
 * log lines; SCHEMA_ENGINE_BRIDGE_DEBUG=1 also logs every failed driver query.
 * Tests: tests/integration/prisma-cli.test.ts (the real CLI on SQLite and PostgreSQL).
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const readline = require("node:readline");
const { pathToFileURL } = require("node:url");

const LOG_TARGET = "schema_engine::logger";

// ───────────────────────────── logging (stderr: JSON lines) ─────────────────────────────

function log(level, message, extra) {
  const line = {
    timestamp: new Date().toISOString(),
    level,
    fields: { message: String(message), ...(extra || {}) },
    target: LOG_TARGET,
  };
  try {
    process.stderr.write(JSON.stringify(line) + "\n");
  } catch {
    // stderr closed: nothing to do
  }
}

// Node warnings would be plain text on stderr, which the CLI cannot parse: log them as JSON instead.
process.removeAllListeners("warning");
process.on("warning", (warning) => log("WARN", `${warning.name}: ${warning.message}`));
process.on("unhandledRejection", (reason) => log("WARN", `unhandled rejection: ${reason && reason.stack ? reason.stack : reason}`));

// ───────────────────────────── arguments ─────────────────────────────

function parseArgs(argv) {
  const args = { datamodels: [], datasource: undefined, previewFeatures: [], cli: undefined, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`missing value after ${arg}`);
      return argv[++i];
    };
    if (arg === "--version" || arg === "-V") args.version = true;
    else if (arg === "--datamodels" || arg === "-d") args.datamodels.push(value());
    else if (arg.startsWith("--datamodels=")) args.datamodels.push(arg.slice("--datamodels=".length));
    else if (arg === "--datasource") args.datasource = JSON.parse(value());
    else if (arg.startsWith("--datasource=")) args.datasource = JSON.parse(arg.slice("--datasource=".length));
    else if (arg === "--enabled-preview-features" || arg === "-p") args.previewFeatures = value().split(",").filter(Boolean);
    else if (arg === "--extension-types") value(); // PostgreSQL extension types: not supported by the Wasm engine, ignored
    else if (arg === "cli") args.cli = argv.slice(i + 1);
    else log("WARN", `schema-engine bridge: ignoring unknown argument ${arg}`);
    if (args.cli) break;
  }
  return args;
}

// ───────────────────────────── connection URLs ─────────────────────────────

function providerOfUrl(url) {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (/^file:/i.test(url)) return "sqlite";
  return undefined;
}

/** The provider named in the datasource block of the given schema files, if any. */
function providerOfSchemas(files) {
  for (const [, content] of files) {
    const match = /datasource\s+\w+\s*\{[^}]*?provider\s*=\s*"([^"]+)"/s.exec(content);
    if (match) return match[1] === "postgres" ? "postgresql" : match[1];
  }
  return undefined;
}

/** file:./x.db, file:x.db, file:/abs/x.db, file:///abs/x.db → absolute path (relative to cwd = project root). */
function sqliteFilePath(url) {
  let raw = url.replace(/^file:/i, "").replace(/[?#].*$/, "");
  if (raw.startsWith("//")) raw = new URL(url.replace(/[?#].*$/, "")).pathname;
  if (raw === ":memory:") return raw;
  return path.resolve(process.cwd(), decodeURIComponent(raw));
}

/** Connection fields for node-pg, parsed from the URL, so that `database` can be overridden safely. */
function pgFields(url) {
  const parse = require(require.resolve("pg-connection-string", { paths: [path.dirname(require.resolve("pg"))] })).parse;
  const parsed = parse(url);
  const fields = {};
  for (const key of ["host", "port", "user", "password", "database", "ssl", "options", "application_name"]) {
    if (parsed[key] !== undefined && parsed[key] !== null && parsed[key] !== "") fields[key] = parsed[key];
  }
  if (fields.port !== undefined) fields.port = Number(fields.port);
  if (!fields.database) fields.database = "postgres"; // Prisma's default database name
  const schema = typeof parsed.schema === "string" && parsed.schema ? parsed.schema : undefined; // ?schema=…
  return { fields, schema };
}

function quoteIdent(name) {
  return `"${String(name).replace(/"/g, '""')}"`;
}

// ───────────────────────────── database errors → Prisma error codes ─────────────────────────────

class UserFacingError extends Error {
  constructor(code, message, meta) {
    super(message);
    this.code = code;
    this.meta = meta;
  }
}

function pgConnectionError(error, fields) {
  const where = `${fields.host || "localhost"}:${fields.port || 5432}`;
  const code = error && error.code;
  if (code === "3D000") {
    return new UserFacingError("P1003", `Database \`${fields.database}\` does not exist on the database server at \`${where}\`.`);
  }
  if (code === "28P01" || code === "28000") {
    return new UserFacingError(
      "P1000",
      `Authentication failed against database server, the provided database credentials for \`${fields.user || ""}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${where}\`.`,
    );
  }
  if (["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ETIMEDOUT", "ECONNRESET", "EAI_AGAIN"].includes(code)) {
    return new UserFacingError(
      "P1001",
      `Can't reach database server at \`${where}\`\n\nPlease make sure your database server is running at \`${where}\`.`,
    );
  }
  return error;
}

// ───────────────────────────── one-shot commands (no Wasm needed) ─────────────────────────────

async function withPgClient(fields, fn) {
  const pg = require("pg");
  const client = new pg.Client(fields);
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    throw pgConnectionError(error, fields);
  }
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Runs `fn` on a connection to the server of `fields`, for CREATE/DROP DATABASE: to the database
 * itself when it exists, else to a maintenance database (postgres, then template1).
 */
async function withPgServerClient(fields, fn, candidates = [fields.database, "postgres", "template1"]) {
  const [database, ...rest] = candidates;
  try {
    return await withPgClient({ ...fields, database }, fn);
  } catch (error) {
    if (rest.length === 0 || !(error instanceof UserFacingError && error.code === "P1003")) throw error;
    return withPgServerClient(fields, fn, rest);
  }
}

async function canConnect(url) {
  const provider = providerOfUrl(url);
  if (provider === "sqlite") {
    const file = sqliteFilePath(url);
    if (file !== ":memory:" && !fs.existsSync(file)) {
      throw new UserFacingError("P1003", `Database \`${path.basename(file)}\` does not exist at \`${file}\`.`);
    }
    return;
  }
  if (provider === "postgresql") {
    const { fields } = pgFields(url);
    await withPgClient(fields, (client) => client.query("SELECT 1"));
    return;
  }
  throw new Error(`schema-engine bridge: unsupported datasource URL scheme (${String(url).split(":")[0]}:)`);
}

async function createDatabase(url) {
  const provider = providerOfUrl(url);
  if (provider === "sqlite") {
    const file = sqliteFilePath(url);
    if (file !== ":memory:") {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.closeSync(fs.openSync(file, "a"));
    }
    return path.basename(file);
  }
  if (provider === "postgresql") {
    const { fields } = pgFields(url);
    await withPgServerClient(fields, (client) => client.query(`CREATE DATABASE ${quoteIdent(fields.database)}`), [
      "postgres",
      "template1",
    ]);
    return fields.database;
  }
  throw new Error(`schema-engine bridge: unsupported datasource URL scheme (${String(url).split(":")[0]}:)`);
}

async function runOneShot(args) {
  // The CLI skips the first stderr line when it parses errors: start with an informational one.
  log("INFO", "Starting schema engine CLI (Wasm bridge)");
  const command = args.cli[0];
  const url = args.datasource && args.datasource.url;
  try {
    if (!url) throw new Error("schema-engine bridge: no datasource URL given");
    if (command === "can-connect-to-database") await canConnect(url);
    else if (command === "create-database") await createDatabase(url);
    else throw new Error(`schema-engine bridge: unsupported cli command ${command}`);
    log("INFO", `${command}: ok`);
    return 0;
  } catch (error) {
    const extra = error instanceof UserFacingError ? { error_code: error.code } : {};
    log("ERROR", error && error.message ? error.message : String(error), extra);
    return 1;
  }
}

// ───────────────────────────── driver adapters, with the quirk fixes ─────────────────────────────

const openAdapters = new Set(); // every adapter handed to the engine, disposed at exit
const shadowDatabases = new Map(); // PostgreSQL shadow databases we created: name → drop()

function track(adapter) {
  const dispose = adapter.dispose.bind(adapter);
  let disposed = false;
  adapter.dispose = async () => {
    if (disposed) return;
    disposed = true;
    openAdapters.delete(adapter);
    await dispose();
  };
  openAdapters.add(adapter);
  return adapter;
}

function isMissingMigrationsTableQuery(sql) {
  return /^\s*select\b/i.test(sql) && /\bfrom\s+(["`]?[\w$]+["`]?\.)?["`]?_prisma_migrations["`]?/i.test(sql);
}

function isMissingTableError(error) {
  const text = `${error && error.message} ${JSON.stringify((error && error.cause) || {})}`;
  return /no such table|does not exist|TableDoesNotExist|42P01/i.test(text);
}

/** Quirk (2): a SELECT on a missing _prisma_migrations table answers "no rows". */
function answerMissingMigrationsTable(queryable) {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    try {
      return await queryRaw(query);
    } catch (error) {
      if (process.env.SCHEMA_ENGINE_BRIDGE_DEBUG) log("DEBUG", `queryRaw failed: ${query.sql} -> ${error && error.message} ${JSON.stringify((error && error.cause) || {})}`);
      if (isMissingMigrationsTableQuery(query.sql) && isMissingTableError(error)) {
        log("INFO", "_prisma_migrations does not exist yet: answering with no rows");
        return { columnNames: [], columnTypes: [], rows: [] };
      }
      throw error;
    }
  };
  return queryable;
}

function patchSqliteQueryable(queryable) {
  // Quirk (3): multi-statement scripts through executeRaw.
  const executeRaw = queryable.executeRaw.bind(queryable);
  queryable.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      const text = `${error && error.message} ${JSON.stringify((error && error.cause) || {})}`;
      if ((!query.args || query.args.length === 0) && /more than one statement/i.test(text)) {
        try {
          queryable.client.exec(query.sql);
        } catch (execError) {
          queryable.onError(execError); // throws the adapter's DriverAdapterError
        }
        return 0;
      }
      throw error;
    }
  };
  answerMissingMigrationsTable(queryable);
  return queryable;
}

function patchSqliteAdapter(adapter) {
  patchSqliteQueryable(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => patchSqliteQueryable(await startTransaction(...args));
  return track(adapter);
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

function patchPgQueryable(queryable) {
  // Quirk (5): "char" (oid 18) columns are reported as text.
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    if (result && Array.isArray(result.fields)) {
      for (const field of result.fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    }
    return result;
  };
  answerMissingMigrationsTable(queryable);
  return queryable;
}

function patchPgAdapter(adapter) {
  patchPgQueryable(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => patchPgQueryable(await startTransaction(...args));
  // The whole script as one simple query (node-pg supports several statements there), like the
  // native engine, instead of adapter-pg's split on every ";".
  adapter.executeScript = async (script) => {
    try {
      await adapter.client.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return track(adapter);
}

function sqliteAdapterFactory(url) {
  const { PrismaBetterSqlite3 } = require("@prisma/adapter-better-sqlite3");
  const file = sqliteFilePath(url);
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const factory = new PrismaBetterSqlite3({ url: file === ":memory:" ? ":memory:" : `file:${file}` });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => patchSqliteAdapter(await factory.connect()),
    // An in-memory database, discarded when closed.
    connectToShadowDb: async () => patchSqliteAdapter(await factory.connectToShadowDb()),
  };
}

function pgAdapterFactory(url, shadowDatabaseUrl) {
  const { PrismaPg } = require("@prisma/adapter-pg");
  const { fields, schema } = pgFields(url);
  const options = schema ? { schema } : undefined;
  const main = new PrismaPg({ ...fields }, options);

  async function connectToShadowDb() {
    if (shadowDatabaseUrl) {
      // A shadow database configured by the user: use it as given, but never the main database.
      const shadow = pgFields(shadowDatabaseUrl).fields;
      const same =
        (shadow.host || "localhost") === (fields.host || "localhost") &&
        Number(shadow.port || 5432) === Number(fields.port || 5432) &&
        shadow.database === fields.database;
      if (same) throw new Error("The shadow database you configured appears to be the same as the main database. Please specify another shadow database.");
      return patchPgAdapter(await new PrismaPg({ ...shadow }, options).connect());
    }
    // Quirk (6): create a temporary database ourselves, from parsed fields, and check where we are.
    const name = `prisma_migrate_shadow_db_${require("node:crypto").randomUUID().replace(/-/g, "")}`;
    if (name === fields.database) throw new Error("shadow database name collides with the main database");
    await withPgServerClient(fields, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`)).catch((error) => {
      throw new UserFacingError(
        "P3014",
        `Prisma Migrate could not create the shadow database. Please make sure the database user has permission to create databases. Read more about the shadow database (and workarounds) at https://pris.ly/d/migrate-shadow\n\nOriginal error: \n${error.message}`,
      );
    });
    let dropped = false;
    const drop = async () => {
      if (dropped) return;
      dropped = true;
      shadowDatabases.delete(name);
      await withPgServerClient(fields, async (client) => {
        try {
          await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
        } catch {
          await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
        }
        log("INFO", `Dropped the shadow database ${name}`);
      }).catch((error) => log("WARN", `could not drop shadow database ${name}: ${error.message}`));
    };
    shadowDatabases.set(name, drop);
    log("INFO", `Created the shadow database ${name}`);
    let adapter;
    try {
      adapter = await new PrismaPg({ ...fields, database: name }, options).connect();
      const check = await adapter.client.query("SELECT current_database() AS db");
      if (check.rows[0].db !== name) {
        throw new Error(`shadow database check failed: connected to "${check.rows[0].db}" instead of "${name}"`);
      }
    } catch (error) {
      if (adapter) await adapter.dispose().catch(() => {});
      await drop();
      throw error;
    }
    const patched = patchPgAdapter(adapter);
    const dispose = patched.dispose;
    patched.dispose = async () => {
      await dispose().catch((error) => log("WARN", `closing the shadow database pool: ${error.message}`)); // end the pool first
      await drop();
    };
    return patched;
  }

  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => patchPgAdapter(await main.connect()),
    connectToShadowDb,
  };
}

// ───────────────────────────── the Wasm engine ─────────────────────────────

let wasmRuntime; // the glue module, loaded once (wasm-bindgen keeps a single instance)

async function loadWasmRuntime() {
  if (wasmRuntime) return wasmRuntime;
  // Quirk (1): without a panic registry a Rust panic ends the process silently with exit code 0.
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    set_message(message) {
      lastPanicMessage = `RuntimeError: ${message}`;
      log("ERROR", `Schema engine panicked: ${message}`, { is_panic: true });
    },
  };
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const runtime = await import(pathToFileURL(gluePath).href);
  let wasmPath;
  try {
    // The build shipped inside the `prisma` package is the one matching the CLI exactly.
    wasmPath = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "schema_engine_bg.wasm");
    if (!fs.existsSync(wasmPath)) throw new Error("missing");
  } catch {
    wasmPath = path.join(path.dirname(gluePath), "schema_engine_bg.wasm");
  }
  const module = new WebAssembly.Module(fs.readFileSync(wasmPath));
  const instance = new WebAssembly.Instance(module, { "./schema_engine_bg.js": runtime });
  runtime.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  wasmRuntime = runtime;
  return runtime;
}

let lastPanicMessage;

/** The Wasm engine logs JSON lines of its own ({level, fields, target}): pass them on as they are. */
function forwardEngineLog(message) {
  for (const line of String(message).split("\n")) {
    if (!line.trim()) continue;
    try {
      const entry = JSON.parse(line);
      if (entry && typeof entry === "object" && entry.fields) {
        process.stderr.write(JSON.stringify({ timestamp: new Date().toISOString(), ...entry }) + "\n");
        continue;
      }
    } catch {
      // not JSON: wrap it
    }
    log("INFO", line);
  }
}

class EngineHost {
  constructor(args) {
    this.args = args;
    this.datamodels = args.datamodels.map((file) => [file, fs.readFileSync(file, "utf8")]);
    this.url = args.datasource && args.datasource.url;
    this.shadowDatabaseUrl = args.datasource && args.datasource.shadowDatabaseUrl;
    this.provider = (this.url && providerOfUrl(this.url)) || providerOfSchemas(this.datamodels);
    this.engine = undefined;
    this.errorRegistry = undefined;
  }

  makeFactory() {
    const { bindMigrationAwareSqlAdapterFactory } = require("@prisma/driver-adapter-utils");
    let factory;
    if (this.provider === "postgresql") {
      if (!this.url) throw new Error("schema-engine bridge: a PostgreSQL datasource URL is required");
      factory = pgAdapterFactory(this.url, this.shadowDatabaseUrl);
    } else if (this.provider === "sqlite") {
      factory = sqliteAdapterFactory(this.url || "file::memory:");
    } else {
      throw new Error(`schema-engine bridge: unsupported provider ${this.provider || "(none)"}; only sqlite and postgresql`);
    }
    return bindMigrationAwareSqlAdapterFactory(factory);
  }

  async getEngine() {
    if (this.engine) return this.engine;
    const runtime = await loadWasmRuntime();
    const bound = this.makeFactory();
    this.errorRegistry = bound.errorRegistry;
    const options = { datamodels: this.datamodels.length > 0 ? this.datamodels : undefined }; // quirk (1)
    this.engine = await runtime.SchemaEngine.new(options, forwardEngineLog, bound);
    return this.engine;
  }

  async closeEngine() {
    if (this.engine) {
      try {
        this.engine.free();
      } catch {
        // already freed
      }
      this.engine = undefined;
    }
    for (const adapter of [...openAdapters]) {
      await adapter.dispose().catch((error) => log("WARN", `closing a connection: ${error.message}`));
    }
    for (const drop of [...shadowDatabases.values()]) await drop();
  }

  /** Quirk (4): the native engine empties a SQLite database by truncating its file. */
  async resetSqlite() {
    await this.closeEngine();
    const file = sqliteFilePath(this.url);
    if (file !== ":memory:") {
      for (const suffix of ["-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.closeSync(fs.openSync(file, "a"));
      fs.truncateSync(file, 0);
    }
    return null;
  }

  async handle(method, params) {
    switch (method) {
      case "createDatabase": {
        const url = (params && params.datasource && params.datasource.url) || this.url;
        return { databaseName: await createDatabase(url) };
      }
      case "getDatabaseVersion": {
        const engine = await this.getEngine();
        return engine.version(params || undefined);
      }
      case "diff": {
        const engine = await this.getEngine();
        const result = await engine.diff(params);
        if (result && typeof result.stdout === "string" && result.stdout.length > 0) {
          const content = result.stdout.endsWith("\n") ? result.stdout : result.stdout + "\n";
          await printToCli(content);
        }
        return { exitCode: result ? result.exitCode : 0 };
      }
      case "reset":
        if (this.provider === "sqlite" && this.url) return this.resetSqlite();
        return (await this.getEngine()).reset(params || { filter: { externalTables: [], externalEnums: [] } });
      case "debugPanic":
        return (await this.getEngine()).debugPanic();
      case "evaluateDataLoss":
      case "createMigration":
        return this.withShadowSchemaCached(method, params);
      case "markMigrationApplied":
        await this.ensureMigrationsTable();
        return (await this.getEngine()).markMigrationApplied(params);
      case "applyMigrations":
      case "dbExecute":
      case "devDiagnostic":
      case "diagnoseMigrationHistory":
      case "ensureConnectionValidity":
      case "introspect":
      case "introspectSql":
      case "markMigrationRolledBack":
      case "schemaPush": {
        const engine = await this.getEngine();
        return engine[method](params); // called on the engine: the method needs its `this`
      }
      default:
        throw Object.assign(new Error(`Method not found: ${method}`), { rpcCode: -32601 });
    }
  }

  /**
   * Quirk (7): the Wasm engine's evaluateDataLoss/createMigration get no adapter factory of their own:
   * they only read the migrations' shadow schema from a cache that diagnoseMigrationHistory/devDiagnostic
   * fill. When `migrate dev` first applies pending migrations to a new database, devDiagnostic had no
   * reason to replay them and the cache is empty ("shadow DB must be provided through an external
   * factory"). Fill it with the same replay the native engine would do, then retry once.
   */
  async withShadowSchemaCached(method, params) {
    const engine = await this.getEngine();
    try {
      return await engine[method](params);
    } catch (error) {
      if (!/shadow DB must be provided through an external factory/i.test(String(error && error.message))) throw error;
      log("INFO", `${method}: replaying the migrations on a shadow database first`);
      await engine.diagnoseMigrationHistory({
        migrationsList: params.migrationsList,
        optInToShadowDatabase: true,
        filters: params.filters || { externalTables: [], externalEnums: [] },
      });
      return engine[method](params);
    }
  }

  /**
   * Quirk (8): `migrate resolve --applied` on a database without _prisma_migrations (baselining an
   * existing database) must create that table, as the native engine does. The Wasm engine does not
   * recognise the driver adapter's "table does not exist" as "not initialised yet", so the bridge
   * creates it first, with the engine's own DDL (as `migrate deploy` creates it), if it is missing.
   */
  async ensureMigrationsTable() {
    const ddl =
      this.provider === "postgresql"
        ? `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`
        : `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;
    const engine = await this.getEngine();
    await engine.dbExecute({ datasourceType: { tag: "url", url: this.url }, script: ddl });
  }

  /** A JSON-RPC error object in the shape the CLI reads (error.data.{message,error_code,is_panic}). */
  toRpcError(error) {
    if (error && error.rpcCode) return { code: error.rpcCode, message: error.message };
    let cause = error;
    // A JavaScript error thrown inside a driver adapter (or our factory) comes back from Wasm as
    // "External error id#N": the original is in the adapter factory's error registry.
    const text = String(error && error.message);
    const generic = /External error id#(\d+)/.exec(text) || /"kind"\s*:\s*"GenericJs"\s*,\s*"id"\s*:\s*(\d+)/.exec(text);
    if (generic && this.errorRegistry) {
      const registered = this.errorRegistry.consumeError(Number(generic[1]));
      if (registered && registered.error) cause = registered.error;
    }
    const isPanic = Boolean(lastPanicMessage) || (error instanceof WebAssembly.RuntimeError);
    const message = isPanic && lastPanicMessage ? lastPanicMessage : (cause && cause.message) || String(cause);
    lastPanicMessage = undefined;
    const data = { is_panic: isPanic, message };
    if (cause && typeof cause.code === "string" && /^P\d{4}$/.test(cause.code)) {
      data.error_code = cause.code;
      if (cause.meta) data.meta = cause.meta;
    }
    log("ERROR", message, data.error_code ? { error_code: data.error_code } : undefined);
    // For a panic the CLI shows error.message (the native engine's message is generic otherwise).
    return { code: 4466, message: isPanic ? message : "An error happened. Check the data field for details.", data };
  }
}

// ───────────────────────────── JSON-RPC over stdio ─────────────────────────────

let nextOutgoingId = 1_000_000_000; // our own requests to the CLI (print)
const pendingOutgoing = new Map();

function send(message) {
  process.stdout.write(JSON.stringify(message) + "\n");
}

function printToCli(content) {
  const id = nextOutgoingId++;
  return new Promise((resolve) => {
    pendingOutgoing.set(id, resolve);
    send({ jsonrpc: "2.0", id, method: "print", params: { content } });
  });
}

async function runRpc(args) {
  const host = new EngineHost(args);
  let queue = Promise.resolve();
  let shuttingDown = false;

  const shutdown = async () => {
    if (shuttingDown) return;
    shuttingDown = true;
    // Never keep the CLI waiting for ever (it waits for this process to exit).
    setTimeout(() => process.exit(0), 30_000).unref();
    // Let requests already received finish, then release connections and shadow databases.
    await queue.catch(() => {});
    await host.closeEngine().catch((error) => log("WARN", `closing the engine: ${error.message}`));
    process.exit(0);
  };

  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
  process.on("SIGHUP", shutdown);

  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
      return;
    }
    if (message.method === undefined && message.id !== undefined && pendingOutgoing.has(message.id)) {
      const resolve = pendingOutgoing.get(message.id);
      pendingOutgoing.delete(message.id);
      resolve(message.result);
      return;
    }
    if (typeof message.method !== "string") return;
    queue = queue.then(async () => {
      try {
        const result = await host.handle(message.method, message.params);
        if (message.id !== undefined) send({ jsonrpc: "2.0", id: message.id, result: result === undefined ? null : result });
      } catch (error) {
        if (message.id !== undefined) send({ jsonrpc: "2.0", id: message.id, error: host.toRpcError(error) });
      }
    });
  });
  lines.on("close", shutdown);
}

// ───────────────────────────── main ─────────────────────────────

function version() {
  let enginesVersion = "unknown";
  try {
    enginesVersion = require(require.resolve("@prisma/engines-version", { paths: [path.dirname(require.resolve("prisma/package.json"))] })).enginesVersion;
  } catch {
    // keep "unknown"
  }
  return `schema-engine-cli ${enginesVersion} (Wasm bridge: prisma/engine/schema-engine.cjs)`;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.version) {
    process.stdout.write(version() + "\n");
    return 0;
  }
  if (args.cli) return runOneShot(args);
  await runRpc(args);
  return undefined; // stays alive until stdin closes or SIGTERM
}

main().then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (error) => {
    log("ERROR", error && error.stack ? error.stack : String(error));
    process.exit(1);
  },
);
