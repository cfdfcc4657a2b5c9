import { ReactNode } from "react"
import { Navigate, useLocation } from "react-router-dom"
import { useI18n } from "../i18n"
import { useCustomer } from "../store"
import type { StoreCustomer } from "../types"

/** Account-only pages (checkout included, P3): visitors are sent to the login page and back. */
export function RequireAccount({ children }: { children: (customer: StoreCustomer) => ReactNode }) {
  const { t } = useI18n()
  const customer = useCustomer()
  const location = useLocation()
  if (customer.isLoading) return <p role="status">{t("common.loading")}</p>
  if (!customer.data) {
    return <Navigate to={`/account/inloggen?next=${encodeURIComponent(location.pathname + location.search)}`} replace />
  }
  return <>{children(customer.data)}</>
}
