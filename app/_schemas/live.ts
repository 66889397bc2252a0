// Inputs of the live game, shared by the forms and the route handlers / actions that parse them again.
// Issue messages are error codes the UI translates (LiveErrors.<code>).
import { z } from "zod";
import "./zod-config";
import { quizResponseSchema } from "../_domain/quiz/responses";
import { MAX_TIMER_SECONDS, MIN_TIMER_SECONDS } from "../_domain/live/game-settings";
import { MAX_QUESTIONS } from "../_domain/quiz/types";
import { LIVE_ERROR_CODES } from "./constants";

export { LIVE_ERROR_CODES };
export type LiveErrorCode = (typeof LIVE_ERROR_CODES)[number];

const code = (c: string) => ({ error: c });
const lang = z.enum(["ja", "en"], code("invalid"));

export const joinCodeSchema = z.string(code("codeFormat")).trim().regex(/^\d{6}$/, code("codeFormat"));

export const joinInputSchema = z.object({
  code: joinCodeSchema,
  nickname: z.string(code("nicknameEmpty")).max(400, code("nicknameTooLong")),
  lang,
});

/** The host's settings form: a timer in seconds or "untimed", and two switches (checkboxes). */
export const hostSettingsSchema = z
  .object({
    quiz: z.string(code("notFound")).regex(/^[a-z0-9]{1,64}$/i, code("notFound")),
    timed: z.enum(["timed", "untimed"], code("invalid")),
    timerSeconds: z.coerce.number(code("timerRange")).int(code("timerRange")),
    speedScoring: z.preprocess((v) => v === "on" || v === true, z.boolean()),
    lateJoin: z.preprocess((v) => v === "on" || v === true, z.boolean()),
  })
  .refine((v) => v.timed === "untimed" || (v.timerSeconds >= MIN_TIMER_SECONDS && v.timerSeconds <= MAX_TIMER_SECONDS), {
    error: "timerRange",
    path: ["timerSeconds"],
  });

export const answerBodySchema = z.object({
  questionIndex: z.number().int().min(0).max(MAX_QUESTIONS - 1),
  response: quizResponseSchema,
});

export const languageBodySchema = z.object({ lang });

export const hostCommandSchema = z.discriminatedUnion("type", [
  z.object({ type: z.enum(["start", "reveal", "next", "end"]) }),
  z.object({ type: z.literal("remove"), playerId: z.string().regex(/^[a-z0-9]{1,64}$/i) }),
]);

export const sessionIdSchema = z.string().regex(/^[a-z0-9]{1,64}$/i);
