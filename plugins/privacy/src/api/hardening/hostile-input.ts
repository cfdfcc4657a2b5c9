import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Where in a parsed body (or query) the first NUL character sits, as a field path ("address.city"), or null.
 * Iterative, so a deeply nested body cannot overflow the stack; keys are checked as well as values.
 */
export function findNul(value: unknown, root = "body"): string | null {
  const stack: Array<[unknown, string]> = [[value, root]]
  while (stack.length) {
    const [v, at] = stack.pop()!
    if (typeof v === "string") {
      if (v.includes("\u0000")) return at
    } else if (v && typeof v === "object") {
      for (const [k, child] of Object.entries(v as Record<string, unknown>)) {
        const path = Array.isArray(v) ? `${at}[${k}]` : `${at}.${k}`
        if (k.includes("\u0000")) return at
        stack.push([child, path])
      }
    }
  }
  return null
}

/** The request's problem as a client message, or null: NUL bytes anywhere, a path that is not valid percent-encoding. */
export function hostileInputProblem(req: Pick<MedusaRequest, "originalUrl" | "url" | "path" | "query" | "body">): string | null {
  const url = req.originalUrl ?? req.url ?? ""
  const q = url.indexOf("?")
  const rawPath = q === -1 ? url : url.slice(0, q)
  if (/%00/i.test(rawPath) || rawPath.includes("\u0000")) return "The request path contains a NUL byte (%00)"
  try {
    decodeURIComponent(rawPath)
  } catch {
    return "The request path is not valid percent-encoding"
  }
  if (q !== -1 && (/%00/i.test(url.slice(q)) || url.slice(q).includes("\u0000"))) {
    return "The query string contains a NUL byte (%00)"
  }
  const inQuery = findNul(req.query, "query")
  if (inQuery) return `${inQuery} contains a NUL byte`
  const inBody = findNul(req.body)
  if (inBody) return `${inBody} contains a NUL byte (\\u0000)`
  return null
}

/**
 * 400 naming the problem before anything reaches a handler or PostgreSQL (which refuses NUL in text and
 * answered 500). Runs on every route, Medusa's own included.
 */
export function refuseHostileInput(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const problem = hostileInputProblem(req)
  if (!problem) return next()
  res.status(400).json({ type: "invalid_data", message: problem })
}

/** Express's own "Failed to decode param" error (a malformed %-escape in a path parameter), which Medusa turns into a 500. */
export function isUndecodablePath(err: unknown): boolean {
  const e = err as { status?: number; message?: string } | undefined
  return err instanceof URIError && e?.status === 400
}
