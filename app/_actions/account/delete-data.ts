"use server";
// Deletes everything stored about the current learner, then forgets the session.
import { db } from "@/app/_data/db";
import { endSession, getCurrentLearner } from "@/app/_data/auth/current-learner";
import { deleteLearnerData } from "@/app/_data/learner-data";
import { deleteDataSchema } from "@/app/_schemas/account";
import { invalid, text, type AccountFormState } from "./form-state";
import { backToAccount } from "./back-to-account";

export async function deleteDataAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const parsed = deleteDataSchema.safeParse({ confirm: text(form, "confirm") });
  if (!parsed.success) return invalid(parsed.error);

  const learner = await getCurrentLearner();
  if (learner) await deleteLearnerData(db, learner.id);
  await endSession();
  return backToAccount("deleted");
}
