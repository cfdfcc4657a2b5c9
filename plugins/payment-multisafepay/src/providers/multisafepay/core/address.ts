import { MedusaAddressLike, MspAddress } from "./types"

/**
 * Splits a Dutch/Belgian address line into street and house number (port of the php-sdk AddressParser idea):
 * "Kerkstraat 12", "Kerkstraat 12-A", "Kerkstraat 12 bis", "1e Jacob van Campenstraat 3 hs", "12 Kerkstraat".
 */
export function splitStreet(line1: string, line2 = ""): { street: string; houseNumber: string } {
  const full = `${line1 ?? ""} ${line2 ?? ""}`.replace(/\s+/g, " ").trim()
  if (!full) return { street: "", houseNumber: "" }
  const trailing = full.match(/^(.+?)[\s,]+(\d+(?:[\s\-/]*[A-Za-z0-9]{1,6})?(?:\s+(?:hs|bis|ter|huis|boven|bus\s*\d+|[a-z]))?)$/i)
  if (trailing && /\D/.test(trailing[1])) return { street: trailing[1].trim(), houseNumber: trailing[2].trim() }
  const leading = full.match(/^(\d+[A-Za-z]?)[\s,]+(.+)$/)
  if (leading) return { street: leading[2].trim(), houseNumber: leading[1].trim() }
  return { street: full, houseNumber: "" }
}

export function toMspAddress(a: MedusaAddressLike | null | undefined, email?: string): MspAddress | undefined {
  if (!a) return undefined
  const { street, houseNumber } = splitStreet(a.address_1 ?? "", a.address_2 ?? "")
  const out: MspAddress = {
    first_name: a.first_name ?? undefined,
    last_name: a.last_name ?? undefined,
    address1: street || undefined,
    house_number: houseNumber || undefined,
    zip_code: a.postal_code ?? undefined,
    city: a.city ?? undefined,
    state: a.province ?? undefined,
    country: a.country_code ? a.country_code.toUpperCase() : undefined,
    phone: a.phone ? a.phone.slice(0, 25) : undefined,
    email: email ? email.slice(0, 64) : undefined,
  }
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as MspAddress
}
