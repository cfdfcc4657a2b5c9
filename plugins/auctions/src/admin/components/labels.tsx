import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { AdminAuction, LotStatus } from "../lib/sdk"

const COLOR: Record<LotStatus, "blue" | "green" | "grey" | "red"> = {
  scheduled: "blue",
  active: "green",
  ended: "grey",
  cancelled: "red",
}

/** Status with the result of an ended lot ("Ended · Sold"). */
export const LotStatusBadge = ({ lot }: { lot: Pick<AdminAuction, "status" | "result"> }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={COLOR[lot.status]}>
      {t(`auctions.status.${lot.status}`)}
      {lot.result ? ` · ${t(`auctions.result.${lot.result}`)}` : ""}
    </StatusBadge>
  )
}
