import type { Formats } from "next-intl";

// Named formats so every date and number is localized the same way everywhere.
export const formats = {
  dateTime: {
    long: { year: "numeric", month: "long", day: "numeric" },
    short: { year: "numeric", month: "short", day: "numeric" },
    time: { hour: "numeric", minute: "2-digit" },
  },
  number: {
    percent: { style: "percent", maximumFractionDigits: 0 },
    compact: { notation: "compact" },
  },
} satisfies Formats;
