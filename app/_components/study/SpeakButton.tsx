"use client";
import { useEffect, useState } from "react";
import styles from "./study.module.css";

const VOICE_LANG = { ja: "ja-JP", en: "en-US" } as const;

/** Reads text aloud with the browser's speech synthesis, in a voice of the text's language. */
export function SpeakButton({ text, lang, label }: { text: string; lang: "ja" | "en"; label: string }) {
  const [supported, setSupported] = useState(false);
  useEffect(() => setSupported("speechSynthesis" in window && typeof SpeechSynthesisUtterance === "function"), []);
  if (!supported) return null;

  const speak = () => {
    const synth = window.speechSynthesis;
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = VOICE_LANG[lang];
    const voices = synth.getVoices();
    const voice = voices.find((v) => v.lang.replace("_", "-") === VOICE_LANG[lang]) ?? voices.find((v) => v.lang.toLowerCase().startsWith(lang));
    if (voice) utterance.voice = voice;
    synth.speak(utterance);
  };

  return (
    <button type="button" className={styles.speak} onClick={speak} aria-label={label} title={label}>
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" />
      </svg>
    </button>
  );
}
