/**
 * @jest-environment jsdom
 */
// The quiz question as a learner sees it: an over-long typed answer is named as such (with the limit),
// a refused second choice is never shown as the answer, and a question answered in this tab shows its
// answer when the router brings back the page as first rendered (Back).
import { act, fireEvent, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import type { AnswerView } from "@/app/_data/quiz/views";
import type { PublicQuestion } from "@/app/_domain/quiz/types";
import { MAX_TYPED_ANSWER_LENGTH } from "@/app/_domain/quiz/limits";
import { renderWithIntl } from "./render-with-intl";

const refresh = jest.fn();
jest.mock("@/app/_i18n/navigation", () => ({
  Link: ({ href, children, ...rest }: { href: unknown; children: ReactNode }) => (
    <a href={typeof href === "string" ? href : JSON.stringify(href)} {...rest}>
      {children}
    </a>
  ),
  useRouter: () => ({ refresh }),
}));
const answerQuestionAction = jest.fn();
jest.mock("@/app/_actions/quiz/answer-question", () => ({ answerQuestionAction: (input: unknown) => answerQuestionAction(input) }));

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { QuestionCard } = require("@/app/_components/quiz/QuestionCard") as typeof import("@/app/_components/quiz/QuestionCard");

const choice: PublicQuestion = {
  type: "multiple_choice",
  id: "q1",
  promptLang: "en",
  answerLang: "en",
  prompt: "Where was the 10th ADMM-Plus held?",
  options: [
    { id: "o1", text: "Jakarta" },
    { id: "o2", text: "Hanoi" },
    { id: "o3", text: "Vientiane" },
    { id: "o4", text: "Bangkok" },
  ],
};
const cloze: PublicQuestion = { type: "cloze", id: "q2", promptLang: "en", answerLang: "en", before: "ADMM-Plus is ", after: ".", answerKind: "text" };

const answerView = (response: AnswerView["response"], verdict: AnswerView["verdict"] = "correct"): AnswerView => ({
  position: 0,
  verdict,
  score: verdict === "correct" ? 1 : 0,
  response,
  expected: { kind: "choice", optionId: "o1", text: "Jakarta" },
  matched: null,
  partsRight: null,
  reveal: [],
});

let attempt = 0;
function renderCard(question: PublicQuestion, locale: "en" | "ja" = "en", attemptId = `a${++attempt}`, initialAnswer: AnswerView | null = null) {
  const view = renderWithIntl(
    <QuestionCard attemptId={attemptId} position={0} question={question} initialAnswer={initialAnswer} nextPosition={1} />,
    locale,
  );
  return { ...view, attemptId };
}
const radio = (name: string) => screen.getByRole("radio", { name }) as HTMLInputElement;
const settle = () => act(async () => {});

beforeEach(() => {
  answerQuestionAction.mockReset();
  refresh.mockReset();
});

describe("QuestionCard", () => {
  test.each([
    ["en", en],
    ["ja", ja],
  ] as const)("an over-long typed answer says it is too long, with the limit (%s), and is not sent", async (locale, messages) => {
    renderCard(cloze, locale);
    fireEvent.change(screen.getByRole("textbox"), { target: { value: "x".repeat(MAX_TYPED_ANSWER_LENGTH + 1) } });
    fireEvent.click(screen.getByRole("button", { name: messages.Quiz.question.submit }));
    await settle();
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent(messages.Quiz.errors.answerTooLong.replace("{max}", String(MAX_TYPED_ANSWER_LENGTH)));
    expect(alert).not.toHaveTextContent(messages.Quiz.errors.invalidResponse);
    expect(answerQuestionAction).not.toHaveBeenCalled();
  });

  test("the server's answerTooLong code reads the same", async () => {
    answerQuestionAction.mockResolvedValue({ validationErrors: { fieldErrors: { response: "answerTooLong" }, at: 1 } });
    renderCard(cloze);
    fireEvent.change(screen.getByRole("textbox"), { target: { value: "annual meeting" } });
    fireEvent.click(screen.getByRole("button", { name: en.Quiz.question.submit }));
    await settle();
    expect(screen.getByRole("alert")).toHaveTextContent(`at most ${MAX_TYPED_ANSWER_LENGTH} characters`);
  });

  test("a refused second choice is not shown as the answer: the first one, which counts, is", async () => {
    answerQuestionAction.mockResolvedValue({ data: { ok: false, error: "alreadyAnswered", answer: answerView({ optionId: "o1" }) } });
    renderCard(choice);
    fireEvent.click(radio("Hanoi"));
    fireEvent.click(screen.getByRole("button", { name: en.Quiz.question.submit }));
    await settle();
    expect(screen.getByRole("alert")).toHaveTextContent(en.Quiz.errors.alreadyAnswered);
    expect(radio("Jakarta").checked).toBe(true);
    expect(radio("Hanoi").checked).toBe(false);
    expect(radio("Hanoi")).toBeDisabled();
    expect(screen.getByText(en.Quiz.verdict.correct)).toBeInTheDocument();
  });

  test("after answering, the page as first rendered (Back) shows the answer and is read again", async () => {
    answerQuestionAction.mockResolvedValue({ data: { ok: true, replayed: false, answer: answerView({ optionId: "o3" }, "wrong") } });
    const first = renderCard(choice);
    fireEvent.click(radio("Vientiane"));
    fireEvent.click(screen.getByRole("button", { name: en.Quiz.question.submit }));
    await settle();
    expect(screen.getByText(en.Quiz.verdict.wrong)).toBeInTheDocument();
    first.unmount();
    expect(refresh).not.toHaveBeenCalled();

    // The router's cached page: rendered before the answer, so without it.
    renderCard(choice, "en", first.attemptId, null);
    await settle();
    expect(screen.getByText(en.Quiz.verdict.wrong)).toBeInTheDocument();
    expect(radio("Vientiane").checked).toBe(true);
    expect(radio("Jakarta")).toBeDisabled();
    expect(screen.queryByRole("button", { name: en.Quiz.question.submit })).toBeNull();
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  test("another attempt's question is not taken for answered", async () => {
    renderCard(choice);
    await settle();
    expect(screen.getByRole("button", { name: en.Quiz.question.submit })).toBeEnabled();
    expect(refresh).not.toHaveBeenCalled();
  });

  test("a fill-in-the-blank states its type once: the prompt does not repeat the chip", () => {
    for (const [locale, messages] of [["en", en], ["ja", ja]] as const) {
      const view = renderCard(cloze, locale);
      expect(screen.getByText(messages.Quiz.types.cloze)).toBeInTheDocument();
      expect(messages.Quiz.question.fillBlank).not.toBe(messages.Quiz.types.cloze);
      expect(screen.getAllByText(messages.Quiz.types.cloze)).toHaveLength(1);
      view.unmount();
    }
  });
});
