import { ArrowUpRightOnBox } from "@medusajs/icons"
import { Badge, Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { useFormat } from "../../../lib/format"
import { sdk } from "../../../lib/sdk"

type ProviderSettings = {
  id: string
  environment: "test" | "live"
  api_host: string
  custom_api_url: boolean
  notification_url: string | null
  webhook_path: string
  gateways: string[] | null
  manual_capture: boolean
  last_webhook_at: string | null
  control_url: string
}
type Settings = { providers: ProviderSettings[]; open_disputes: number; open_late_payments: number }

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-center px-6 py-3">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="txt-small break-all">{children}</div>
  </div>
)

/** MultiSafepay settings and health: environment, webhook URL, last webhook received, gateways, open issues. */
const MultiSafepaySettingsPage = () => {
  const { t } = useTranslation()
  const f = useFormat()
  const { data, isLoading } = useQuery({
    queryKey: ["multisafepay-settings"],
    queryFn: () => sdk.client.fetch<{ multisafepay_settings: Settings }>("/admin/multisafepay/settings"),
  })
  const s = data?.multisafepay_settings
  return (
    <div className="flex flex-col gap-y-3">
      <Text size="small" className="text-ui-fg-subtle">
        <Link to="/multisafepay" className="text-ui-fg-interactive">
          {t("multisafepay.menu")}
        </Link>{" "}
        › {t("multisafepay.settings.title")}
      </Text>
      {isLoading && <Text size="small">{t("multisafepay.loading")}</Text>}
      {s && !s.providers.length && (
        <Container className="px-6 py-4">
          <Text size="small">{t("multisafepay.settings.none")}</Text>
        </Container>
      )}
      {s?.providers.map((p) => (
        <Container key={p.id} className="divide-y p-0" data-testid="msp-settings" role="region" aria-label={t("multisafepay.settings.title")}>
          <div className="flex items-center justify-between px-6 py-4">
            <Heading level="h1">{t("multisafepay.settings.title")}</Heading>
            <StatusBadge color={p.environment === "live" ? "green" : "orange"} data-testid="msp-settings-environment">
              {t(`multisafepay.settings.env_${p.environment}`)}
            </StatusBadge>
          </div>
          <Row label={t("multisafepay.settings.provider")}>{p.id}</Row>
          <Row label={t("multisafepay.settings.api")}>
            {p.api_host}
            {p.custom_api_url ? ` (${t("multisafepay.settings.custom_api")})` : ""}
          </Row>
          <Row label={t("multisafepay.settings.webhook_url")}>
            <span data-testid="msp-settings-webhook">{p.notification_url ?? `${window.location.origin}${p.webhook_path}`}</span>
            {!p.notification_url && (
              <Text size="xsmall" className="text-ui-fg-muted">
                {t("multisafepay.settings.webhook_default")}
              </Text>
            )}
          </Row>
          <Row label={t("multisafepay.settings.last_webhook")}>
            <span data-testid="msp-settings-last-webhook">{p.last_webhook_at ? f.dateTime(p.last_webhook_at) : t("multisafepay.settings.no_webhook")}</span>
          </Row>
          <Row label={t("multisafepay.settings.gateways")}>
            {p.gateways?.length ? (
              <div className="flex flex-wrap gap-1">
                {p.gateways.map((g) => (
                  <Badge size="2xsmall" key={g}>
                    {f.gateway(g)}
                  </Badge>
                ))}
              </div>
            ) : (
              t("multisafepay.settings.all_gateways")
            )}
          </Row>
          <Row label={t("multisafepay.settings.capture")}>
            {t(p.manual_capture ? "multisafepay.settings.capture_manual" : "multisafepay.settings.capture_auto")}
          </Row>
          <Row label={t("multisafepay.settings.open_issues")}>
            {t("multisafepay.settings.open_issues_text", { disputes: s.open_disputes, late: s.open_late_payments })}
          </Row>
          <div className="px-6 py-3">
            <a href={p.control_url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive txt-small inline-flex items-center gap-x-1">
              {t(p.environment === "live" ? "multisafepay.order.control_live" : "multisafepay.order.control_test")}
              <ArrowUpRightOnBox />
            </a>
          </div>
        </Container>
      ))}
    </div>
  )
}

export default MultiSafepaySettingsPage
