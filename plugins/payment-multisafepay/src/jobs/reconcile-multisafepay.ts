import { MedusaContainer } from "@medusajs/framework/types"
import { reconcileMultiSafepaySessions } from "../utils/reconcile-sessions"

/** Every 5 minutes: sessions pending longer than `reconcileAfterSeconds` are re-fetched from MultiSafepay. */
export default async function reconcileMultiSafepayJob(container: MedusaContainer) {
  await reconcileMultiSafepaySessions(container)
}

export const config = {
  name: "multisafepay-reconcile-sessions",
  schedule: "*/5 * * * *",
}
