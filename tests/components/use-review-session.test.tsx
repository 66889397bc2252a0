/**
 * @jest-environment jsdom
 */
import type { ReactNode } from "react";
import { act, fireEvent, renderHook } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import en from "@/messages/en.json";
import { formats } from "@/app/_i18n/formats";
import type { QueueView, StudyCardView } from "@/app/_data/study/queue";
import type { SubmitReviewOutcome } from "@/app/_actions/study/submit-review";
import type { UndoReviewOutcome } from "@/app/_actions/study/undo-review";
import { useReviewSession, type ReviewActions, type SessionStore } from "@/app/_components/study/use-review-session";
import { currentSessionId, SESSION_PARAM, sessionStorageStore } from "@/app/_components/study/session-store";

function card(id: string): StudyCardView {
  return {
    id,
    direction: "ja-en",
    state: 0,
    leech: false,
    intervals: [1, 2, 3, 4].map((rating) => ({ rating: rating as 1 | 2 | 3 | 4, value: rating, unit: "day" as const })),
  } as unknown as StudyCardView;
}

const queue = (id: string | null, left: number): QueueView => ({
  card: id ? card(id) : null,
  counts: { new: left, learning: 0, review: 0 },
  nextLearningDue: null,
  reviewedToday: 0,
});

/** A promise the test settles when it wants: the action's answer arrives exactly then. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

function setup(initial = queue("c1", 2), store?: SessionStore) {
  const submits: Array<{ input: Parameters<ReviewActions["submit"]>[0]; answer: ReturnType<typeof deferred<SubmitReviewOutcome>> }> = [];
  const undos: Array<{ input: Parameters<ReviewActions["undo"]>[0]; answer: ReturnType<typeof deferred<UndoReviewOutcome>> }> = [];
  const actions: ReviewActions = {
    submit: (input) => {
      const answer = deferred<SubmitReviewOutcome>();
      submits.push({ input, answer });
      return answer.promise;
    },
    undo: (input) => {
      const answer = deferred<UndoReviewOutcome>();
      undos.push({ input, answer });
      return answer.promise;
    },
    pauseBeforeRetry: () => Promise.resolve(),
  };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <NextIntlClientProvider locale="en" messages={en} formats={formats} timeZone="Asia/Tokyo">
      {children}
    </NextIntlClientProvider>
  );
  const hook = renderHook(() => useReviewSession({ initial, decks: ["deck-a"], actions, store }), { wrapper });
  return { hook, submits, undos };
}

const press = (key: string) => act(() => void fireEvent.keyDown(window, { key }));
/** Lets the hook's awaits run after an answer was settled. */
const settle = () => act(async () => {});

describe("useReviewSession", () => {
  test("Space reveals, 3 rates: the answer is sent once and the next card is shown and announced", async () => {
    const { hook, submits } = setup();
    press(" ");
    expect(hook.result.current.revealed).toBe(true);
    expect(hook.result.current.announcement).toBe(en.Study.review.shown);

    press("3");
    expect(hook.result.current.busy).toBe(true);
    expect(submits).toHaveLength(1);
    expect(submits[0].input).toMatchObject({ cardId: "c1", rating: 3, decks: ["deck-a"] });

    submits[0].answer.resolve({ ok: true, reviewId: "r1", next: queue("c2", 1) });
    await settle();
    expect(hook.result.current.busy).toBe(false);
    expect(hook.result.current.view.card?.id).toBe("c2");
    expect(hook.result.current.revealed).toBe(false);
    expect(hook.result.current.tally).toEqual([0, 0, 1, 0]);
    expect(hook.result.current.canUndo).toBe(true);
    expect(hook.result.current.announcement).toContain("1");
  });

  test("two key presses before the answer arrives send one request", async () => {
    const { hook, submits } = setup();
    press("Enter");
    press("4");
    press("4");
    press("2");
    expect(submits).toHaveLength(1);
    submits[0].answer.resolve({ ok: true, reviewId: "r1", next: queue("c2", 1) });
    await settle();
    expect(hook.result.current.tally).toEqual([0, 0, 0, 1]);
  });

  test("a failed connection is retried with the same request id; after three failures, 'network', and the next try reuses it", async () => {
    const { hook, submits } = setup();
    press(" ");
    press("1");
    submits[0].answer.reject(new TypeError("Failed to fetch"));
    await settle();
    expect(submits).toHaveLength(2);
    expect(submits[1].input.requestId).toBe(submits[0].input.requestId);
    submits[1].answer.reject(new TypeError("Failed to fetch"));
    await settle();
    submits[2].answer.reject(new TypeError("Failed to fetch"));
    await settle();
    expect(submits).toHaveLength(3);
    expect(hook.result.current.error).toBe("network");
    expect(hook.result.current.busy).toBe(false);
    expect(hook.result.current.view.card?.id).toBe("c1");

    press("1");
    expect(submits).toHaveLength(4);
    expect(submits[3].input.requestId).toBe(submits[0].input.requestId);
    submits[3].answer.resolve({ ok: true, reviewId: "r1", next: queue("c2", 1) });
    await settle();
    expect(hook.result.current.error).toBeNull();
    expect(hook.result.current.tally).toEqual([1, 0, 0, 0]);
  });

  test("Z undoes the last answer: the card comes back and the tally goes down", async () => {
    const { hook, submits, undos } = setup();
    press(" ");
    press("2");
    submits[0].answer.resolve({ ok: true, reviewId: "r1", next: queue("c2", 1) });
    await settle();

    press("z");
    expect(undos).toHaveLength(1);
    expect(undos[0].input).toMatchObject({ reviewId: "r1", decks: ["deck-a"] });
    undos[0].answer.resolve({ ok: true, next: queue("c1", 2) });
    await settle();
    expect(hook.result.current.view.card?.id).toBe("c1");
    expect(hook.result.current.tally).toEqual([0, 0, 0, 0]);
    expect(hook.result.current.canUndo).toBe(false);
    expect(hook.result.current.announcement).toBe(en.Study.review.undone);

    press("Z");
    expect(undos).toHaveLength(1); // nothing left to undo
  });

  test("a refused answer shows its error and the card the server sends", async () => {
    const { hook, submits } = setup();
    press(" ");
    press("3");
    submits[0].answer.resolve({ ok: false, error: "notFound", next: queue("c9", 1) });
    await settle();
    expect(hook.result.current.error).toBe("notFound");
    expect(hook.result.current.view.card?.id).toBe("c9");
    expect(hook.result.current.tally).toEqual([0, 0, 0, 0]);
  });

  test("the session finishes when no card is left, or when asked", async () => {
    const { hook, submits } = setup(queue("c1", 1));
    press(" ");
    press("3");
    submits[0].answer.resolve({ ok: true, reviewId: "r1", next: queue(null, 0) });
    await settle();
    expect(hook.result.current.finished).toBe(true);

    const other = setup();
    expect(other.hook.result.current.finished).toBe(false);
    act(() => other.hook.result.current.finish());
    expect(other.hook.result.current.finished).toBe(true);
    act(() => other.hook.result.current.resume());
    expect(other.hook.result.current.finished).toBe(false);
  });

  test("a language switch renders the page anew: the session's tally and undo go on (2 reviews, switch, 2 more = 4)", async () => {
    window.sessionStorage.clear();
    window.history.replaceState(null, "", "/en/study/review?deck=deck-a");
    const id = currentSessionId();
    expect(new URL(window.location.href).searchParams.get(SESSION_PARAM)).toBe(id);
    expect(currentSessionId()).toBe(id); // the same page keeps its id

    const rateTwice = async (run: ReturnType<typeof setup>, first: number) => {
      for (let i = 0; i < 2; i++) {
        press(" ");
        press(i === 0 ? "3" : "1");
        run.submits[i].answer.resolve({ ok: true, reviewId: `r${first + i}`, next: queue(`c${first + i + 1}`, 5) });
        await settle();
      }
    };
    const before = setup(queue("c1", 6), sessionStorageStore(id));
    await settle();
    await rateTwice(before, 1);
    expect(before.hook.result.current.tally).toEqual([1, 0, 1, 0]);
    before.hook.unmount();

    // The page in the other language (same URL query, so the same session id) mounts a new component.
    const after = setup(queue("c3", 4), sessionStorageStore(currentSessionId()));
    await settle();
    expect(after.hook.result.current.tally).toEqual([1, 0, 1, 0]);
    expect(after.hook.result.current.canUndo).toBe(true);
    await rateTwice(after, 3);
    expect(after.hook.result.current.tally).toEqual([2, 0, 2, 0]);
    after.hook.unmount();

    // Undo after the switch takes back the latest review.
    const again = setup(queue("c5", 2), sessionStorageStore(id));
    await settle();
    press("z");
    expect(again.undos[0].input.reviewId).toBe("r4");
    again.hook.unmount();

    // A session started afresh from the study page (no id in the URL) starts at zero.
    window.history.replaceState(null, "", "/en/study/review?deck=deck-a");
    const fresh = setup(queue("c1", 2), sessionStorageStore(currentSessionId()));
    await settle();
    expect(fresh.hook.result.current.tally).toEqual([0, 0, 0, 0]);
  });

  test("a stored session that is not well formed is ignored", async () => {
    window.sessionStorage.setItem("study-session:" + "a".repeat(32), JSON.stringify({ tally: [1, "x"], history: [], startedAt: 0 }));
    const run = setup(queue("c1", 2), sessionStorageStore("a".repeat(32)));
    await settle();
    expect(run.hook.result.current.tally).toEqual([0, 0, 0, 0]);
  });
});
