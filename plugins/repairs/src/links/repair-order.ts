import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import RepairModule from "../modules/repair"

/**
 * Read-only link from a repair to the Medusa order of the "PC herinstallatie"
 * service it was sold with (`repair_order.order_id`): query.graph can fetch
 * `repair_order.order` without a pivot table.
 */
export default defineLink({ linkable: RepairModule.linkable.repairOrder, field: "order_id" }, OrderModule.linkable.order, { readOnly: true })
