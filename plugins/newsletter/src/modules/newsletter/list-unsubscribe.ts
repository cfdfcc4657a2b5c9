/**
 * RFC 2369 / RFC 8058 headers of a newsletter: the one-click URL (POST with
 * `List-Unsubscribe=One-Click`, which mailbox providers send without a login)
 * and, when configured, a `mailto:` fallback.
 */
export function listUnsubscribeHeaders(oneClickUrl: string, mailto?: string) {
  const targets = [`<${oneClickUrl}>`]
  if (mailto) targets.push(`<mailto:${mailto}?subject=unsubscribe>`)
  return { "List-Unsubscribe": targets.join(", "), "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
}
