import type { routing } from "./routing";
import type { formats } from "./formats";
import type messages from "../../messages/en.json";

// Typed messages: a key missing from the catalog is a compile error.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
    Formats: typeof formats;
  }
}
