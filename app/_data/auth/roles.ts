// Who may do what. Roles are stored on the user; editors maintain the fact base, teachers run classes.
import { Role as ROLE } from "../../../prisma/generated/sqlite/enums";

/** The roles of the schema's Role enum (the same on both databases). */
export type Role = (typeof ROLE)[keyof typeof ROLE];
export const ROLES = Object.values(ROLE) as readonly Role[];

const CAN = {
  editContent: ["editor", "admin"],
  teach: ["teacher", "admin"],
} as const satisfies Record<string, readonly Role[]>;

export function can(role: Role | undefined | null, action: keyof typeof CAN): boolean {
  return Boolean(role && (CAN[action] as readonly Role[]).includes(role));
}
