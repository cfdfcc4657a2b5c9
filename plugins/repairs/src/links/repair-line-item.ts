import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import RepairModule from "../modules/repair"

/** Read-only link from a repair to the order line item of the service product (`repair_order.line_item_id`). */
export default defineLink({ linkable: RepairModule.linkable.repairOrder, field: "line_item_id" }, OrderModule.linkable.orderLineItem, { readOnly: true })
