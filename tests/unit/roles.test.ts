// Roles come from the schema's Role enum, so a misspelt role or action is a type error, not a run-time
// surprise. The type checks are compiled by `npx tsc --noEmit` (an unused @ts-expect-error fails it).
import { can, ROLES } from "@/app/_data/auth/roles";

// Never called: only compiled.
function misspellingsDoNotCompile() {
  // @ts-expect-error: not an action
  can("teacher", "typo");
  // @ts-expect-error: not a role
  can("typo", "teach");
}
void misspellingsDoNotCompile;

test("the roles are the schema's", () => {
  expect([...ROLES]).toEqual(["learner", "teacher", "editor", "admin"]);
});

test("editors and admins edit content; teachers and admins teach; nobody without a role does either", () => {
  expect(ROLES.filter((role) => can(role, "editContent"))).toEqual(["editor", "admin"]);
  expect(ROLES.filter((role) => can(role, "teach"))).toEqual(["teacher", "admin"]);
  expect(can(null, "teach")).toBe(false);
  expect(can(undefined, "editContent")).toBe(false);
});
