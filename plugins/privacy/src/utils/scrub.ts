/** Keys whose values are personal data wherever they appear in JSON columns (order changes, payment data). */
const PERSONAL_KEY = /email|first_name|last_name|full_name|^name$|phone|address|street|city|postal|zip|company|birth|^ip$|ip_address|holder/i

/** Returns a copy of a JSON value with every personal key nulled; counts as changed when anything was nulled. */
export function scrubJson<T>(value: T): { value: T; changed: boolean } {
  let changed = false
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk)
    if (v && typeof v === "object" && !(v instanceof Date)) {
      const out: Record<string, unknown> = {}
      for (const [k, inner] of Object.entries(v)) {
        if (PERSONAL_KEY.test(k) && inner !== null && typeof inner !== "object") {
          out[k] = null
          changed = true
        } else if (PERSONAL_KEY.test(k) && inner && typeof inner === "object") {
          out[k] = walk(inner)
          if (JSON.stringify(out[k]) !== JSON.stringify(inner)) changed = true
        } else {
          out[k] = walk(inner)
        }
      }
      return out
    }
    return v
  }
  const result = walk(value) as T
  return { value: result, changed: changed || JSON.stringify(result) !== JSON.stringify(value) }
}

/** The part of a postcode kept for accounting: NL "3511 AB" → "3511", elsewhere the first two characters. */
export function postcodePrefix(postal: string | null | undefined, country: string | null | undefined) {
  if (!postal) return null
  const compact = postal.replace(/\s+/g, "").toUpperCase()
  return compact.slice(0, country?.toLowerCase() === "nl" ? 4 : 2)
}

export const toJsonRows = (rows: unknown[]): Record<string, unknown>[] => JSON.parse(JSON.stringify(rows))
