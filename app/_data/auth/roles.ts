// Who may do what. Roles are stored on the user; editors maintain the fact base, teachers run classes.
export type Role = "learner" | "teacher" | "editor" | "admin";

const CAN: Record<string, readonly Role[]> = {
  editContent: ["editor", "admin"],
  teach: ["teacher", "admin"],
};

export function can(role: string | undefined | null, action: keyof typeof CAN): boolean {
  return Boolean(role && (CAN[action] as readonly string[]).includes(role));
}
