import { Button, Input, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { CustomerRef, customerName } from "../lib/people"
import { fetchJson } from "../lib/sdk"

/** Search customers by name or e-mail (Medusa's `/admin/customers?q=`) and pick one; no ids to type. */
export const CustomerPicker = ({ id, value, onChange }: { id: string; value: CustomerRef | null; onChange: (c: CustomerRef | null) => void }) => {
  const { t } = useTranslation()
  const [q, setQ] = useState("")
  const [debounced, setDebounced] = useState("")
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(q.trim()), 250)
    return () => clearTimeout(timer)
  }, [q])
  const { data, isFetching } = useQuery({
    queryKey: ["privacy", "customer-search", debounced],
    enabled: debounced.length >= 2 && !value,
    queryFn: () =>
      fetchJson<{ customers: CustomerRef[] }>(`/admin/customers?q=${encodeURIComponent(debounced)}&limit=8&fields=id,email,first_name,last_name,company_name`),
  })
  if (value)
    return (
      <div className="flex items-center justify-between gap-x-2 rounded-md border px-2 py-1" data-testid="customer-picked">
        <Text size="small">
          {customerName(value)} {value.email && value.email !== customerName(value) ? `· ${value.email}` : ""}
        </Text>
        <Button size="small" variant="transparent" type="button" onClick={() => onChange(null)}>
          {t("privacy.picker.change")}
        </Button>
      </div>
    )
  const results = debounced.length >= 2 ? (data?.customers ?? []) : []
  return (
    <div className="relative">
      <Input id={id} type="search" value={q} autoComplete="off" placeholder={t("privacy.picker.placeholder")} onChange={(e) => setQ(e.target.value)} />
      {debounced.length >= 2 && (
        <ul
          role="listbox"
          aria-label={t("privacy.picker.results")}
          className="bg-ui-bg-base shadow-elevation-flyout absolute z-10 mt-1 w-full rounded-md border"
        >
          {results.map((c) => (
            <li key={c.id} role="option" aria-selected={false}>
              <button type="button" className="hover:bg-ui-bg-base-hover w-full px-3 py-2 text-left" onClick={() => onChange(c)}>
                <Text size="small" weight="plus">
                  {customerName(c)}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {c.email}
                </Text>
              </button>
            </li>
          ))}
          {!results.length && (
            <li className="px-3 py-2">
              <Text size="small" className="text-ui-fg-subtle">
                {isFetching ? t("privacy.picker.searching") : t("privacy.picker.none")}
              </Text>
            </li>
          )}
        </ul>
      )}
    </div>
  )
}
