// Limits of a learner's answer, shared by the answer box, the response schema and the error message that
// quotes them (kept free of zod, so the browser's answer box can read them without it).

/** A typed answer's maximum length (characters as the browser counts them, UTF-16 code units). */
export const MAX_TYPED_ANSWER_LENGTH = 500;
