import { MedusaError } from "@medusajs/framework/utils"
import { currencyDigits, fitsCurrency, toCents } from "./money"

/** Major units from a request to minor units; 400 naming the field when the currency has fewer decimals. */
export function toCentsOf(major: number, currency: string, field: string): number {
  if (!fitsCurrency(major, currency)) {
    const digits = currencyDigits(currency)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field} may have at most ${digits} decimal${digits === 1 ? "" : "s"} in ${currency.toUpperCase()}`)
  }
  return toCents(major, currency)
}
