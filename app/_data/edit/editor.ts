// Who may edit, checked again where content is written (the action wrapper checks first): a write
// reached by any other path is refused the same way.
import { can, type Role } from "../auth/roles";
import type { EditErrorCode } from "../../_schemas/edit";

export type Editor = { id: string; role: Role | null };

export type EditOutcome<T> = { ok: true; value: T } | { ok: false; error: EditErrorCode; field?: string };

/** A refusal when `user` may not edit content, or null when they may. */
export function checkEditor(user: Editor | null): { ok: false; error: EditErrorCode } | null {
  if (!user) return { ok: false, error: "signInRequired" };
  return can(user.role, "editContent") ? null : { ok: false, error: "forbidden" };
}
