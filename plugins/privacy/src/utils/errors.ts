import { MedusaError } from "@medusajs/framework/utils"

/**
 * A subject under a legal hold is not erased. Thrown by the erasure workflow's hold check; callers decide on
 * the type (`isLegalHoldError`), never on the message. A workflow serialises a step's error (own properties
 * kept, prototype lost), so the check also accepts the serialised form by its `name`.
 */
export class LegalHoldError extends MedusaError {
  static readonly NAME = "LegalHoldError"
  /** Modules holding the subject (no personal data). */
  readonly modules: string[]

  constructor(message: string, modules: string[]) {
    super(MedusaError.Types.NOT_ALLOWED, message)
    this.name = LegalHoldError.NAME
    this.modules = modules
  }
}

export function isLegalHoldError(err: unknown): boolean {
  return err instanceof LegalHoldError || (typeof err === "object" && err !== null && (err as { name?: unknown }).name === LegalHoldError.NAME)
}
