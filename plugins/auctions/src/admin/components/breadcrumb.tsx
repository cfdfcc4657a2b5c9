import { useTranslation } from "react-i18next"

/** Breadcrumb labels for the route `handle` (Medusa's dashboard renders them in its top bar). */
export const Crumb = ({ k }: { k: "list" | "lot" }) => {
  const { t } = useTranslation()
  return <span>{t(`auctions.breadcrumb.${k}`)}</span>
}
