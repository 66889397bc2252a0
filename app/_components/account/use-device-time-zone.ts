"use client";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};
const deviceTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const unknownOnServer = () => null;

/** The browser's time zone; null while rendering on the server and during hydration. */
export function useDeviceTimeZone(): string | null {
  return useSyncExternalStore(noSubscription, deviceTimeZone, unknownOnServer);
}
