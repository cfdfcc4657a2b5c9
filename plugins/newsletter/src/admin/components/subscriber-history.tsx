import { Button, Drawer, StatusBadge, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { useFormat } from "../lib/format"
import { ConsentEvent, sdk, STATUS_COLOR, Subscription } from "../lib/sdk"

export const useSubscription = (id: string | null) =>
  useQuery({
    queryKey: ["newsletter-subscription", id],
    enabled: !!id,
    queryFn: () => sdk.client.fetch<{ newsletter_subscription: Subscription & { consent_events: ConsentEvent[] } }>(`/admin/newsletter-subscriptions/${id}`),
  })

/** The consent ledger of one subscription, in a table. */
export const ConsentHistory = ({ events }: { events: ConsentEvent[] }) => {
  const { t } = useTranslation()
  const f = useFormat()
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{t("newsletter.history.when")}</Table.HeaderCell>
          <Table.HeaderCell>{t("newsletter.history.action")}</Table.HeaderCell>
          <Table.HeaderCell>{t("newsletter.history.source")}</Table.HeaderCell>
          <Table.HeaderCell>{t("newsletter.history.ip")}</Table.HeaderCell>
          <Table.HeaderCell>{t("newsletter.history.consentText")}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {events.map((e) => (
          <Table.Row key={e.id}>
            <Table.Cell>{f.date(e.occurred_at)}</Table.Cell>
            <Table.Cell>{t(`newsletter.action.${e.action}`, { defaultValue: e.action })}</Table.Cell>
            <Table.Cell>{e.source ?? "–"}</Table.Cell>
            <Table.Cell>{e.ip ?? "–"}</Table.Cell>
            <Table.Cell>{e.consent_text_hash ? t("newsletter.history.consentTextVersion", { hash: e.consent_text_hash.slice(0, 8) }) : "–"}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

/** Unsubscribe / suppress buttons, each behind a prompt naming the address. */
export const SubscriptionActions = ({ sub }: { sub: Subscription }) => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const client = useQueryClient()
  const change = useMutation({
    mutationFn: async (status: "unsubscribed" | "suppressed") => {
      const key = status === "unsubscribed" ? "unsubscribe" : "suppress"
      const ok = await prompt({
        title: t(`newsletter.history.${key}Title`, { email: sub.email ?? "" }),
        description: t(`newsletter.history.${key}Description`),
        confirmText: t("newsletter.history.confirm"),
        cancelText: t("newsletter.history.back"),
      })
      if (!ok) return false
      await sdk.client.fetch(`/admin/newsletter-subscriptions/${sub.id}`, { method: "POST", body: { status } })
      return true
    },
    onSuccess: (changed) => {
      if (!changed) return
      toast.success(t("newsletter.history.done"))
      client.invalidateQueries({ queryKey: ["newsletter-subscription"] })
      client.invalidateQueries({ queryKey: ["newsletter-subscriptions"] })
      client.invalidateQueries({ queryKey: ["newsletter-stats"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  if (sub.status === "erased" || sub.status === "suppressed") return null
  return (
    <div className="flex gap-x-2">
      {(sub.status === "subscribed" || sub.status === "pending") && (
        <Button size="small" variant="secondary" onClick={() => change.mutate("unsubscribed")}>
          {t("newsletter.history.unsubscribe")}
        </Button>
      )}
      <Button size="small" variant="danger" onClick={() => change.mutate("suppressed")}>
        {t("newsletter.history.suppress")}
      </Button>
    </div>
  )
}

/** One subscriber's status, actions and consent history, in a drawer. */
export const SubscriberDrawer = ({ id, onClose }: { id: string | null; onClose: () => void }) => {
  const { t } = useTranslation()
  const { data } = useSubscription(id)
  const sub = data?.newsletter_subscription
  return (
    <Drawer open={!!id} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content className="max-w-3xl">
        <Drawer.Header>
          <Drawer.Title>{sub?.email ? t("newsletter.history.titleOf", { email: sub.email }) : t("newsletter.history.title")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          {sub && (
            <div className="flex items-center justify-between">
              <div className="flex items-center gap-x-2">
                <StatusBadge color={STATUS_COLOR[sub.status]}>{t(`newsletter.status.${sub.status}`)}</StatusBadge>
                <Text size="small" className="text-ui-fg-subtle">
                  {t(`newsletter.legalBasis.${sub.legal_basis}`)}
                </Text>
              </div>
              <SubscriptionActions sub={sub} />
            </div>
          )}
          <ConsentHistory events={sub?.consent_events ?? []} />
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
