// The Card columns that make up its FSRS state (plus the leech flag), selected wherever a card is scheduled or shown.
export const cardStateSelect = {
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
  leech: true,
} as const;
