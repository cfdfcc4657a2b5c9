import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Heading, Tabs, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { FailedSubjectsPanel } from "../../components/failed-subjects-panel"
import { HoldsPanel } from "../../components/holds-panel"
import { ProcessorsPanel } from "../../components/processors-panel"
import { AuditPanel, PolicyTextsPanel } from "../../components/records-panels"
import { RequestsPanel } from "../../components/requests-panel"
import { RetentionPanel, RunsPanel } from "../../components/retention-panel"

const SECTIONS = ["overview", "requests", "holds", "processors", "texts", "audit"] as const
type SectionId = (typeof SECTIONS)[number]

/** The privacy dashboard in sections (the URL's `?section=` keeps the one open across reloads and links). */
const PrivacyPage = () => {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const current = (SECTIONS as readonly string[]).includes(params.get("section") ?? "") ? (params.get("section") as SectionId) : "overview"
  return (
    <div className="flex flex-col gap-y-3">
      <div>
        <Heading level="h1">{t("privacy.menu")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("privacy.subtitle")}
        </Text>
      </div>
      <Tabs value={current} onValueChange={(v) => setParams(v === "overview" ? {} : { section: v }, { replace: true })}>
        <Tabs.List>
          {SECTIONS.map((s) => (
            <Tabs.Trigger key={s} value={s}>
              {t(`privacy.sections.${s}`)}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        <div className="mt-3 flex flex-col gap-y-3">
          <Tabs.Content value="overview" className="flex flex-col gap-y-3">
            <RetentionPanel />
            <RunsPanel />
            <FailedSubjectsPanel />
          </Tabs.Content>
          <Tabs.Content value="requests">
            <RequestsPanel />
          </Tabs.Content>
          <Tabs.Content value="holds">
            <HoldsPanel />
          </Tabs.Content>
          <Tabs.Content value="processors">
            <ProcessorsPanel />
          </Tabs.Content>
          <Tabs.Content value="texts">
            <PolicyTextsPanel />
          </Tabs.Content>
          <Tabs.Content value="audit">
            <AuditPanel />
          </Tabs.Content>
        </div>
      </Tabs>
    </div>
  )
}

export const config = defineRouteConfig({ label: "privacy.menu", translationNs: "translation", icon: ShieldCheck })

export default PrivacyPage
