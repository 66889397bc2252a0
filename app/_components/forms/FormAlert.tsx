/** A form's own message (not tied to one field), in a live region that is always there to be announced. */
export function FormAlert({ message, tone = "error", id }: { message?: string; tone?: "error" | "success"; id?: string }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} aria-atomic="true" id={id}>
      {message && <p className={tone === "error" ? "alert" : "alert alert--success"}>{message}</p>}
    </div>
  );
}
