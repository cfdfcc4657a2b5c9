import type { Clock } from "./clock"
import type { NewsletterDataService } from "./data"
import type { NewsletterLinks } from "./links"
import type { ResolvedNewsletterOptions } from "./options"

/** What the module's parts share, built once in the service's constructor. */
export type NewsletterDeps = {
  /** The generated data layer (the service itself). */
  data: NewsletterDataService
  clock: Clock
  links: NewsletterLinks
  options: ResolvedNewsletterOptions
}
