import { BigNumber } from "@medusajs/framework/utils"
import { BigNumberInput } from "@medusajs/framework/types"

const ZERO_DECIMAL = new Set(["JPY", "KRW", "ISK", "CLP", "VND", "XAF", "XOF", "HUF"])

export function decimalsOf(currency: string) {
  return ZERO_DECIMAL.has(currency.toUpperCase()) ? 0 : 2
}

/** Medusa amounts are in major units; MultiSafepay wants integers in minor units. */
export function toMinor(amount: BigNumberInput, currency: string): number {
  const n = new BigNumber(amount).numeric
  return Math.round(n * 10 ** decimalsOf(currency))
}

export function toMajor(minor: number, currency: string): number {
  return minor / 10 ** decimalsOf(currency)
}

/** Half-up rounding to 2 decimals, as MultiSafepay's rounding rule demands (rounding-rule.md). */
export function roundHalfUp2(n: number) {
  return (Math.sign(n) * Math.round(Math.abs(n) * 100 + 1e-9)) / 100
}
