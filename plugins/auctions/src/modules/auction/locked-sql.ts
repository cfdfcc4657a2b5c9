/**
 * SQL text for the bid's locked transaction when it runs on a connection of its own (see
 * `AuctionModuleService.placeBid`): the statements go out as PostgreSQL multi-statement simple queries — one
 * message and one answer for `begin; lock; read` and one for `write; commit` — so the lot's row lock is held for
 * a single pass through the shop's event loop instead of one per statement. Simple queries carry no parameters,
 * so every value is written as a literal here; only the types a bid and a lot patch are made of are accepted.
 */

/** A value a bid row or lot patch may hold (the columns of auction_bid and the mutable ones of auction_lot). */
export type SqlScalar = string | number | boolean | Date | null | undefined

/** A string as an SQL literal: quotes doubled, and backslashes doubled under E'' (safe whatever standard_conforming_strings says). */
export function quoteString(value: string): string {
  if (value.includes("\u0000")) throw new TypeError("a NUL character cannot be sent to PostgreSQL")
  let hasBackslash = false
  let out = ""
  for (const ch of value) {
    if (ch === "'") out += "''"
    else if (ch === "\\") {
      out += "\\\\"
      hasBackslash = true
    } else out += ch
  }
  return hasBackslash ? ` E'${out}'` : `'${out}'`
}

/** One value as an SQL literal; anything that is not a scalar of a bid or lot patch is refused. */
export function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL"
  if (typeof value === "string") return quoteString(value)
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE"
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`${value} is not a finite number`)
    return value < 0 ? `(${String(value)})` : String(value)
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError("an invalid date cannot be written")
    return `${quoteString(value.toISOString())}::timestamptz`
  }
  throw new TypeError(`a ${typeof value} cannot be written as an SQL literal here`)
}

/**
 * Replaces the `$1 … $n` placeholders of a statement compiled by knex (`toSQL().toNative()`) with literals. The
 * compiled text holds no literals of its own (every value is a binding), so `$<digits>` only ever is a placeholder.
 */
export function inlineBindings(sql: string, bindings: readonly unknown[]): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => {
    const i = Number(n) - 1
    if (i < 0 || i >= bindings.length) throw new RangeError(`placeholder $${n} has no binding`)
    return literal(bindings[i])
  })
}
