import { errorHandler, getHttpResponseFromError, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isUndecodablePath } from "./hostile-input"
import { prepareRequest } from "./headers"

type AnyError = {
  name?: string
  message?: string
  stack?: string
  code?: unknown
  sqlState?: unknown
  severity?: unknown
  table?: unknown
  constraint?: unknown
  type?: unknown
}

const SQL = /\b(insert\s+into|update\s+"|select\s.+\sfrom|delete\s+from|values\s*\()/is

/** A PostgreSQL / knex / MikroORM error: its message holds the SQL and often the bound values. */
export function isDatabaseError(err: unknown): boolean {
  const e = (err ?? {}) as AnyError
  return (
    /Exception$/.test(e.name ?? "") ||
    typeof e.sqlState === "string" ||
    (typeof e.severity === "string" && typeof e.code === "string") ||
    e.type === "database_error" ||
    SQL.test(e.message ?? "")
  )
}

const frames = (stack?: string) =>
  (stack ?? "")
    .split("\n")
    .filter((l) => /^\s+at /.test(l))
    .slice(0, 12)
    .join("\n")

/**
 * What the log may say about an error. A database error is named by its class, SQLSTATE, table and
 * constraint, and where it was thrown, never its message (the SQL with its values: a customer's name,
 * street, e-mail). Other errors keep their message and stack.
 */
export function describeError(err: unknown): string {
  const e = (err ?? {}) as AnyError
  if (isDatabaseError(err)) {
    const code = typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code) ? ` SQLSTATE ${e.code}` : ""
    const table = typeof e.table === "string" ? ` table ${e.table}` : ""
    const constraint = typeof e.constraint === "string" ? ` constraint ${e.constraint}` : ""
    return `database error ${e.name ?? "Error"}${code}${table}${constraint} (message withheld: it may hold bound values)\n${frames(e.stack)}`
  }
  return e.stack ?? `${e.name ?? "Error"}: ${e.message ?? String(err)}`
}

/**
 * Errors that are the client's fault although they surface from the database layer, as the message to send
 * (400), or null. Medusa's list validators let them through: `offset=-1` (knex refuses it), `order=-nope`
 * (MikroORM refuses an unknown property), `created_at[$gt]=not-a-date` (PostgreSQL class 22: data exception).
 */
export function clientFaultOf(err: unknown): string | null {
  const e = (err ?? {}) as AnyError
  const message = e.message ?? ""
  const paging = message.match(/A non-negative integer must be provided to (offset|limit)/)
  if (paging) return `Query parameter "${paging[1]}" must be a non-negative integer`
  const order = message.match(/Trying to order by not existing property \w+\.(\w+)/)
  if (order) return `Cannot order by "${order[1]}": no such field`
  if (isDatabaseError(err) && typeof e.code === "string" && /^22[0-9A-Z]{3}$/.test(e.code)) {
    return `A value in the request is not valid for its field (SQLSTATE ${e.code})`
  }
  return null
}

const SILENT = { error: () => undefined, info: () => undefined, warn: () => undefined, debug: () => undefined }

/**
 * The shop's error handler (defineMiddlewares `errorHandler`): Medusa's own answers (status and body
 * unchanged), with two differences.
 * - A malformed percent-escape in a path parameter is a 400 naming the problem (Express marks it 400;
 *   Medusa's handler answered 500 unknown_error).
 * - Logging is value-free: 5xx are logged with `describeError` (no SQL values), 4xx by status and type
 *   only — Medusa logged 4xx messages such as "Customer with email: … already exists".
 */
export function hardenedErrorHandler() {
  const core = errorHandler()
  return function privacyErrorHandler(err: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    try {
      if (req.scope) prepareRequest(req, res)
    } catch {
      // Headers are best effort here; the answer must still go out.
    }
    if (isUndecodablePath(err)) {
      res.status(400).json({ type: "invalid_data", message: "The request path is not valid percent-encoding" })
      return
    }
    const logger = req.scope?.resolve(ContainerRegistrationKeys.LOGGER) ?? console
    const where = `${req.method} ${req.path}`
    const clientFault = clientFaultOf(err)
    if (clientFault) {
      logger.info(`Error 400 at ${where}: invalid_data (${isDatabaseError(err) ? "database refused a value" : "query"})`)
      res.status(400).json({ type: "invalid_data", message: clientFault })
      return
    }
    const { statusCode, body } = getHttpResponseFromError(err)
    if (statusCode >= 500) {
      logger.error(`Error ${statusCode} at ${where} (request ${(req as { requestId?: string }).requestId ?? "-"}): ${describeError(err)}`)
    } else {
      logger.info(`Error ${statusCode} at ${where}: ${String(body?.type ?? "error")}`)
    }
    const quietReq = Object.create(req, {
      scope: {
        value: req.scope && {
          resolve: (key: string, opts?: unknown) =>
            key === ContainerRegistrationKeys.LOGGER ? SILENT : (req.scope.resolve as (k: string, o?: unknown) => unknown)(key, opts),
        },
      },
    })
    return core(err as Error, quietReq, res, next)
  }
}
