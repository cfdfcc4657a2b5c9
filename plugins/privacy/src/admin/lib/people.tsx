import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { fetchJson } from "./sdk"

export type CustomerRef = { id: string; email: string | null; first_name: string | null; last_name: string | null; company_name?: string | null }
type UserRef = { id: string; email: string; first_name: string | null; last_name: string | null }

const uniq = (ids: (string | null | undefined)[]) => [...new Set(ids.filter((x): x is string => !!x))].sort()
const qs = (ids: string[]) => ids.map((id) => `id[]=${encodeURIComponent(id)}`).join("&")

/** Customers by id through Medusa's own admin API (one request per distinct set of ids). */
export function useCustomers(ids: (string | null | undefined)[]) {
  const list = uniq(ids).filter((id) => id.startsWith("cus_"))
  const { data } = useQuery({
    queryKey: ["privacy", "customers-by-id", list],
    enabled: list.length > 0,
    queryFn: () =>
      fetchJson<{ customers: CustomerRef[] }>(`/admin/customers?${qs(list)}&limit=${list.length}&fields=id,email,first_name,last_name,company_name`),
  })
  return new Map((data?.customers ?? []).map((c) => [c.id, c]))
}

/** Admin users by id (the audit log's and holds' `user:<id>` actors). */
export function useUsers(actors: (string | null | undefined)[]) {
  const list = uniq(actors.map((a) => (a?.startsWith("user:") ? a.slice(5) : null)))
  const { data } = useQuery({
    queryKey: ["privacy", "users-by-id", list],
    enabled: list.length > 0,
    queryFn: () => fetchJson<{ users: UserRef[] }>(`/admin/users?${qs(list)}&limit=${list.length}&fields=id,email,first_name,last_name`),
  })
  return new Map((data?.users ?? []).map((u) => [u.id, u]))
}

export const customerName = (c: CustomerRef) => [c.first_name, c.last_name].filter(Boolean).join(" ") || c.company_name || c.email || c.id

/** A customer as a link to their Medusa page: name and e-mail; "erased" once the record is gone. */
export const CustomerLink = ({ id, customer }: { id: string | null; customer?: CustomerRef | null }) => {
  const { t } = useTranslation()
  if (!id) return <>–</>
  if (!customer) return <span className="text-ui-fg-subtle">{t("privacy.people.unknown_customer")}</span>
  return (
    <Link to={`/customers/${id}`} className="text-ui-fg-interactive hover:underline">
      {customerName(customer)}
      {customer.email && customerName(customer) !== customer.email ? <span className="text-ui-fg-subtle"> · {customer.email}</span> : null}
    </Link>
  )
}

/** Who did something: an admin user's e-mail (link to the user), a customer, the retention job or the system. */
export const Actor = ({ actor, users, customers }: { actor: string | null; users: Map<string, UserRef>; customers?: Map<string, CustomerRef> }) => {
  const { t } = useTranslation()
  if (!actor) return <>–</>
  const [kind, id] = actor.includes(":") ? [actor.slice(0, actor.indexOf(":")), actor.slice(actor.indexOf(":") + 1)] : [actor, ""]
  if (kind === "user") {
    const u = users.get(id)
    return u ? (
      <Link to={`/settings/users/${id}`} className="text-ui-fg-interactive hover:underline">
        {u.email}
      </Link>
    ) : (
      <>{t("privacy.people.admin_user")}</>
    )
  }
  if (kind === "customer") return <CustomerLink id={id} customer={customers?.get(id)} />
  const known = ["job", "cli"]
  return <>{known.includes(kind) ? t(`privacy.people.actor_${kind}`) : t("privacy.people.actor_system")}</>
}
