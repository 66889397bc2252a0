// Error codes and input limits as plain constants, without zod: client components (forms, error texts)
// import them from here, so zod reaches the browser only with a form's schema, loaded when it is used.
// The schema modules (account.ts, quiz.ts, study.ts) re-export them.

export const CARD_DIRECTIONS = ["ja-en", "en-ja", "ja-ja", "en-en"] as const;
export type CardDirection = (typeof CARD_DIRECTIONS)[number];

export const USERNAME_MIN = 3;
export const USERNAME_MAX = 32;
/** NIST SP 800-63B asks for at least 8 and room for passphrases of 64 or more; 10 leaves fewer weak ones. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
export const RETENTION_MIN = 0.7;
export const RETENTION_MAX = 0.99;
export const NEW_CARDS_MAX = 999;

/** Every code a form can show; each has a message under Account.errors in both languages. */
export const ACCOUNT_ERROR_CODES = [
  "invalid",
  "usernameRequired",
  "usernameTooShort",
  "usernameTooLong",
  "usernameInvalid",
  "usernameTaken",
  "passwordRequired",
  "passwordTooShort",
  "passwordTooLong",
  "passwordCommon",
  "passwordIsUsername",
  "usernameReserved",
  "passwordsDontMatch",
  "alreadyClaimed",
  "wrongCredentials",
  "rateLimited",
  "tooManyAccounts",
  "tooManyGuests",
  "timeZoneInvalid",
  "retentionRange",
  "newCardsRange",
  "directionsRequired",
  "confirmRequired",
] as const;
export const DEFAULT_QUESTION_COUNT = 10;
/** Blank means "the server picks one"; the same seed gives the same quiz. */
export const SEED_MAX_LENGTH = 100;

export const QUIZ_ERROR_CODES = [
  "invalid",
  "countRange",
  "typesRequired",
  "directionRequired",
  "seedTooLong",
  "unknownDeck",
  "noQuestions",
  "notFound",
  "nothingMissed",
  "invalidResponse",
  "emptyAnswer",
  "answerTooLong",
  "alreadyAnswered",
  "incomplete",
  "chooseFirst",
  "network",
  "tooManyGuests",
] as const;
/** The codes above and those of the data layer, for the message catalogs (Study.errors.<code>). */
export const STUDY_ERROR_CODES = [
  "noDeck",
  "invalidDecks",
  "invalidRequest",
  "invalidRating",
  "notFound",
  "conflict",
  "alreadyUndone",
  "notLatest",
  "unknown",
  "tooManyGuests",
] as const;

/** Every code an editing form can show; each has a message under EditErrors in both languages. */
export const EDIT_ERROR_CODES = [
  "invalid",
  "key",
  "isoDate",
  "webUrl",
  "notFound",
  "forbidden",
  "signInRequired",
  "passageNotInSource",
  "answerNotInStatement",
  "answerMissing",
  "unknownReference",
  "keyTaken",
  "sourceInUse",
  "nothingToRevert",
  "requiredToPublish",
  "inUse",
  "deckCycle",
  "unknown",
] as const;

export const LIVE_ERROR_CODES = [
  "invalid",
  "notFound",
  "noQuestions",
  "timerRange",
  "signInRequired",
  "forbidden",
  "unknown",
] as const;

export const TEACH_ERROR_CODES = [
  "invalid",
  "notFound",
  "forbidden",
  "signInRequired",
  "accountRequired",
  "titleRequired",
  "titleTooLong",
  "countRange",
  "typesRequired",
  "directionRequired",
  "seedTooLong",
  "unknownDeck",
  "noQuestions",
  "nameRequired",
  "nameTooLong",
  "codeRequired",
  "codeInvalid",
  "classArchived",
  "kindRequired",
  "quizRequired",
  "deckRequired",
  "opensRequired",
  "dueRequired",
  "dateInvalid",
  "dueBeforeOpens",
  "notOpenYet",
  "nothingMissed",
  "unknown",
] as const;

/** Longest saved-quiz or assignment title. */
export const TITLE_MAX_LENGTH = 120;
/** Longest class name. */
export const CLASS_NAME_MAX_LENGTH = 80;
/** Which attempt of a quiz assignment counts: the first finished (no retakes), the best, or the last. */
export const RETAKE_POLICIES = ["none", "best", "last"] as const;
