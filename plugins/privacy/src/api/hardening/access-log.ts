import { createRequire } from "module"

/**
 * Query parameters whose values never go into the access log: link tokens (export download, newsletter
 * confirm/unsubscribe, keep-my-account) and anything named like a credential, and admin search terms (`q`,
 * often an e-mail address).
 */
const SECRET_PARAM = /^(token|t|q|code|secret|signature|sig|password|email|key|api_key|visitor_id)$/i

/** `url` with the values of secret query parameters replaced by "[redacted]"; the rest is left as sent. */
export function redactUrl(url: string): string {
  const q = url.indexOf("?")
  if (q === -1) return url
  const [query, hash] = url.slice(q + 1).split("#", 2)
  const redacted = query
    .split("&")
    .map((pair) => {
      const eq = pair.indexOf("=")
      const rawName = eq === -1 ? pair : pair.slice(0, eq)
      let name = rawName
      try {
        name = decodeURIComponent(rawName.replace(/\+/g, " "))
      } catch {
        // An undecodable name is kept as sent.
      }
      const base = name.replace(/\[.*$/, "")
      return eq !== -1 && SECRET_PARAM.test(base) ? `${rawName}=[redacted]` : pair
    })
    .join("&")
  return `${url.slice(0, q)}?${redacted}${hash !== undefined ? `#${hash}` : ""}`
}

type MorganLike = { token: (name: string, fn: (req: any, res: any) => string | undefined) => unknown }

const urlToken = (req: any) => redactUrl(String(req.originalUrl || req.url || ""))
const referrerToken = (req: any) => {
  const r = req.headers?.referer || req.headers?.referrer
  return r ? redactUrl(String(r)) : undefined
}

/**
 * Medusa writes its access log with morgan (framework/http/express-loader: `:url` and `:referrer` in
 * development, a JSON line with `path` and `referrer` otherwise). Both read morgan's `url` and `referrer`
 * tokens at the moment the line is written, so redefining those two tokens on Medusa's own morgan
 * instance redacts every access-log line, whatever the format. Idempotent.
 */
export function installAccessLogRedaction(): boolean {
  let morgan: MorganLike
  try {
    const fromFramework = createRequire(require.resolve("@medusajs/framework/http"))
    morgan = fromFramework("morgan") as MorganLike
  } catch {
    return false
  }
  // Idempotent without a flag of our own: morgan keeps a token as a property of its export.
  if ((morgan as any).url !== urlToken) morgan.token("url", urlToken)
  if ((morgan as any).referrer !== referrerToken) morgan.token("referrer", referrerToken)
  return true
}
