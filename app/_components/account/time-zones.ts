// The time zones a learner can choose: every IANA zone the runtime knows, plus UTC and the current one.
export function timeZoneOptions(current: string): string[] {
  const zones = new Set(Intl.supportedValuesOf("timeZone"));
  zones.add("UTC");
  zones.add(current);
  return [...zones].sort();
}
