/**
 * The cause of a failure for a log line: error type, Medusa's error type and the message (its lines
 * joined, at most 300 characters), with e-mail addresses masked (a message from another module may quote one).
 */
export function describeError(e: unknown): string {
  const err = (e ?? {}) as { name?: string; type?: string; message?: string }
  const name = err.name ?? "Error"
  const message = String(err.message ?? e ?? "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .join(" — ")
    .replace(/[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+/g, "<address>")
    .slice(0, 300)
  return `${name}${err.type ? `, ${err.type}` : ""}${message ? `: ${message}` : ""}`
}
