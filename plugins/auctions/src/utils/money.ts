/** Major units (12.5) to cents (1250) and back; the API speaks major units. */
export const toCents = (major: number) => Math.round(major * 100)
export const fromCents = (cents: number | null | undefined) => (cents === null || cents === undefined ? null : cents / 100)
