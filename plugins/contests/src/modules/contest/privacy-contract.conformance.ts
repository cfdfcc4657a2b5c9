/**
 * Type-level conformance: the typecheck fails when this module's service stops
 * implementing the pack's privacy contract (the privacy plugin finds it by duck
 * typing at run time, so without this a drift would only show as a module the
 * registry silently skips).
 */
import type { PersonalDataProvider } from "../../types/privacy-contract"
import type ContestModuleService from "./service"

export type PrivacyContractConformance = ContestModuleService extends PersonalDataProvider ? true : never
export const privacyContractConformance: PrivacyContractConformance = true
