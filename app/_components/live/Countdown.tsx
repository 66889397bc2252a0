"use client";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import styles from "./live.module.css";

/** Seconds left by the server's clock; announced to screen readers only every 5 s and in the last 5. */
export function Countdown({ deadline, serverNow }: { deadline: number; serverNow: () => number }) {
  const t = useTranslations("LivePlay");
  const left = () => Math.max(0, Math.ceil((deadline - serverNow()) / 1000));
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    const timer = setInterval(() => setSeconds(left()), 250);
    return () => clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deadline]);
  return (
    <p className={styles.countdown} data-testid="countdown">
      <span aria-hidden="true">{seconds}</span>
      <span className="visually-hidden" aria-live={seconds <= 5 || seconds % 5 === 0 ? "polite" : "off"}>
        {t("secondsLeft", { seconds })}
      </span>
    </p>
  );
}
