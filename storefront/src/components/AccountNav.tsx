import { NavLink } from "react-router-dom"
import { useI18n } from "../i18n"

export function AccountNav() {
  const { t } = useI18n()
  return (
    <nav aria-label={t("account.nav")} className="account-nav">
      <ul>
        <li>
          <NavLink to="/account" end>
            {t("account.details")}
          </NavLink>
        </li>
        <li>
          <NavLink to="/account/bestellingen">{t("account.orders")}</NavLink>
        </li>
        <li>
          <NavLink to="/account/auctions">{t("account.auctions")}</NavLink>
        </li>
        <li>
          <NavLink to="/account/reviews">{t("account.reviews")}</NavLink>
        </li>
        <li>
          <NavLink to="/account/reparaties">{t("account.repairs")}</NavLink>
        </li>
        <li>
          <NavLink to="/account/winacties">{t("account.contests")}</NavLink>
        </li>
        <li>
          <NavLink to="/account/privacy">{t("account.privacy")}</NavLink>
        </li>
      </ul>
    </nav>
  )
}
