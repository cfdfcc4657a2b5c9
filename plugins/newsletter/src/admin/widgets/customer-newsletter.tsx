import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { ConsentHistory, SubscriptionActions, useSubscription } from "../components/subscriber-history"
import { useFormat } from "../lib/format"
import { sdk, STATUS_COLOR, Subscription } from "../lib/sdk"

type Customer = { id: string; email: string }

/** On the customer page: the newsletter status, unsubscribe/suppress and the consent history. */
const CustomerNewsletterWidget = ({ data: customer }: { data: Customer }) => {
  const { t } = useTranslation()
  const f = useFormat()
  const { data } = useQuery({
    queryKey: ["newsletter-subscriptions", "customer", customer.id, customer.email],
    queryFn: async () => {
      const list = (query: string) => sdk.client.fetch<{ newsletter_subscriptions: Subscription[] }>(`/admin/newsletter-subscriptions?limit=1&${query}`)
      // Linked by customer id (soft opt-in, logged-in sign-up), else by the address (a guest's sign-up).
      const byId = await list(`customer_id=${encodeURIComponent(customer.id)}`)
      if (byId.newsletter_subscriptions.length) return byId.newsletter_subscriptions[0]
      return (await list(`q=${encodeURIComponent(customer.email)}`)).newsletter_subscriptions[0] ?? null
    },
  })
  const detail = useSubscription(data?.id ?? null)
  const sub = detail.data?.newsletter_subscription ?? data ?? null
  return (
    <Container className="divide-y p-0" data-testid="customer-newsletter-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("newsletter.widget.title")}</Heading>
        {sub && <StatusBadge color={STATUS_COLOR[sub.status]}>{t(`newsletter.status.${sub.status}`)}</StatusBadge>}
      </div>
      {!sub ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("newsletter.widget.none")}
        </Text>
      ) : (
        <>
          <div className="flex items-center justify-between px-6 py-4">
            <Text size="small">
              {t(`newsletter.legalBasis.${sub.legal_basis}`)}
              {sub.confirmed_at ? ` · ${t("newsletter.widget.since", { date: f.date(sub.confirmed_at) })}` : ""}
            </Text>
            <SubscriptionActions sub={sub} />
          </div>
          <div className="py-2">
            <Text size="small" weight="plus" className="px-6">
              {t("newsletter.widget.history")}
            </Text>
            <ConsentHistory events={detail.data?.newsletter_subscription.consent_events ?? []} />
          </div>
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerNewsletterWidget
