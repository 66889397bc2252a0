"use client";
import { useEffect, useRef } from "react";

/** The result of a sign-in, sign-out or deletion, focused on arrival so it is read out first. */
export function OutcomeMessage({ message }: { message: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <p ref={ref} role="status" tabIndex={-1} className="alert alert--success">
      {message}
    </p>
  );
}
