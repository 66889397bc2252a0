// Account forms: the same schemas validate in the browser (react-hook-form + zodResolver) and again in
// the server actions. Issue messages are error codes; the forms translate them (Account.errors.*).
import { z } from "zod";
import "./zod-config";
import commonPasswords from "./common-passwords.json";

export {
  ACCOUNT_ERROR_CODES,
  CARD_DIRECTIONS,
  NEW_CARDS_MAX,
  PASSWORD_MAX,
  PASSWORD_MIN,
  RETENTION_MAX,
  RETENTION_MIN,
  USERNAME_MAX,
  USERNAME_MIN,
  type CardDirection,
} from "./constants";
import { ACCOUNT_ERROR_CODES, CARD_DIRECTIONS, NEW_CARDS_MAX, PASSWORD_MAX, PASSWORD_MIN, RETENTION_MAX, RETENTION_MIN, USERNAME_MAX, USERNAME_MIN, type CardDirection } from "./constants";

export const DEFAULT_SETTINGS = {
  timeZone: "UTC",
  desiredRetention: 0.9,
  newCardsPerDay: 20,
  directions: ["ja-en", "en-ja"] as CardDirection[],
};

export type AccountErrorCode = (typeof ACCOUNT_ERROR_CODES)[number];

const code = (c: AccountErrorCode) => ({ error: c });

/**
 * Names that would pass for the app's staff or system in a class list or a report. Compared after
 * dropping "_ . -" and trailing digits, so "Admin_1" and "sup.port" are refused as well.
 */
export const RESERVED_USERNAMES = [
  "admin", "administrator", "root", "system", "sysadmin", "superuser", "teacher", "editor", "moderator", "mod",
  "staff", "support", "help", "helpdesk", "security", "owner", "official", "anonymous", "guest", "nobody", "null", "undefined", "api", "www", "mail", "postmaster", "webmaster", "info",
  "contact", "account", "accounts", "login", "signin", "signup", "register", "settings", "bilingualstudy",
] as const;
const reservedUsernames = new Set<string>(RESERVED_USERNAMES);

export function isReservedUsername(username: string): boolean {
  const bare = username.toLowerCase().replace(/[_.-]/g, "").replace(/\d+$/, "");
  return reservedUsernames.has(bare);
}

/** Usernames are case-insensitive: compared and stored in lower case. */
export const usernameSchema = z
  .string(code("usernameRequired"))
  .trim()
  .toLowerCase()
  .min(1, code("usernameRequired"))
  .min(USERNAME_MIN, code("usernameTooShort"))
  .max(USERNAME_MAX, code("usernameTooLong"))
  .regex(/^[a-z0-9_.-]+$/, code("usernameInvalid"))
  .refine((name) => !isReservedUsername(name), code("usernameReserved"));

const commonPasswordSet = new Set<string>(commonPasswords);

/** One of the most common passwords (app/_schemas/common-passwords.json), whatever its case or width. */
export function isCommonPassword(password: string): boolean {
  return commonPasswordSet.has(password.normalize("NFKC").toLowerCase());
}

/** Length as NIST SP 800-63B counts it (characters, not UTF-16 units); no composition rules. */
export const newPasswordSchema = z
  .string(code("passwordRequired"))
  .min(1, code("passwordRequired"))
  .refine((p) => [...p].length >= PASSWORD_MIN, { ...code("passwordTooShort"), abort: true })
  .max(PASSWORD_MAX, { ...code("passwordTooLong"), abort: true })
  .refine((p) => !isCommonPassword(p), code("passwordCommon"));

export const claimAccountSchema = z
  .object({
    username: usernameSchema,
    password: newPasswordSchema,
    confirmPassword: z.string(code("passwordsDontMatch")),
  })
  .refine((v) => v.password.trim().toLowerCase() !== v.username, { path: ["password"], ...code("passwordIsUsername") })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], ...code("passwordsDontMatch") });
export type ClaimAccountInput = z.input<typeof claimAccountSchema>;

/** Sign-in checks only presence and bounds: format rules would tell an attacker which names can exist. */
export const signInSchema = z.object({
  username: z.string(code("usernameRequired")).trim().toLowerCase().min(1, code("usernameRequired")).max(USERNAME_MAX, code("wrongCredentials")),
  password: z.string(code("passwordRequired")).min(1, code("passwordRequired")).max(PASSWORD_MAX, code("wrongCredentials")),
});
export type SignInInput = z.input<typeof signInSchema>;

export function isValidTimeZone(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const asArray = (v: unknown) => (v === undefined || v === null || v === false ? [] : Array.isArray(v) ? v : [v]);

export const settingsSchema = z.object({
  timeZone: z.string(code("timeZoneInvalid")).trim().max(64, code("timeZoneInvalid")).refine(isValidTimeZone, code("timeZoneInvalid")),
  desiredRetention: z.preprocess(
    blankToUndefined,
    z.coerce.number(code("retentionRange")).min(RETENTION_MIN, code("retentionRange")).max(RETENTION_MAX, code("retentionRange")),
  ),
  newCardsPerDay: z.preprocess(
    blankToUndefined,
    z.coerce.number(code("newCardsRange")).int(code("newCardsRange")).min(0, code("newCardsRange")).max(NEW_CARDS_MAX, code("newCardsRange")),
  ),
  directions: z.preprocess(
    asArray,
    z
      .array(z.enum(CARD_DIRECTIONS, code("directionsRequired")), code("directionsRequired"))
      .min(1, code("directionsRequired"))
      .transform((list) => CARD_DIRECTIONS.filter((d) => list.includes(d))),
  ),
});
export type SettingsInput = z.input<typeof settingsSchema>;
export type Settings = z.output<typeof settingsSchema>;

export const deleteDataSchema = z.object({
  confirm: z.literal("yes", code("confirmRequired")),
});

/** Reads a stored directions column (JSON text) back; anything unusable falls back to the default. */
export function parseDirections(stored: string): CardDirection[] {
  try {
    const parsed = settingsSchema.shape.directions.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : DEFAULT_SETTINGS.directions;
  } catch {
    return DEFAULT_SETTINGS.directions;
  }
}
