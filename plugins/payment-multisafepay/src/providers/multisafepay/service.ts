import { MultiSafepayBase } from "./core/multisafepay-base"

/** The MultiSafepay provider; registered id `multisafepay` → Medusa provider id `pp_multisafepay_<id>`. */
class MultiSafepayProviderService extends MultiSafepayBase {
  static identifier = "multisafepay"
}

export default MultiSafepayProviderService
