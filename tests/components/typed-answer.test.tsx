/**
 * @jest-environment jsdom
 */
import { createRef } from "react";
import { fireEvent, screen } from "@testing-library/react";
import { TypedAnswer } from "@/app/_components/quiz/TypedAnswer";
import { renderWithIntl } from "./render-with-intl";

function setup(locale: "ja" | "en") {
  const onSubmit = jest.fn();
  const composingRef = createRef<boolean>() as { current: boolean };
  composingRef.current = false;
  renderWithIntl(
    <TypedAnswer value="" onChange={() => {}} onSubmit={onSubmit} lang="ja" disabled={false} describedBy="x" composingRef={composingRef} />,
    locale,
  );
  return { onSubmit, composingRef };
}

describe("TypedAnswer", () => {
  test("has an accessible name in the page language and marks the answer language", () => {
    setup("en");
    const input = screen.getByRole("textbox", { name: "Your answer" });
    expect(input).toHaveAttribute("lang", "ja");
  });

  test("Enter while an IME is composing never submits; Enter after it does", () => {
    const { onSubmit, composingRef } = setup("ja");
    const input = screen.getByRole("textbox");
    fireEvent.compositionStart(input);
    expect(composingRef.current).toBe(true);
    fireEvent.keyDown(input, { key: "Enter", isComposing: true });
    fireEvent.keyDown(input, { key: "Enter", keyCode: 229 });
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.compositionEnd(input);
    expect(composingRef.current).toBe(false);
    fireEvent.keyDown(input, { key: "Enter" });
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});
