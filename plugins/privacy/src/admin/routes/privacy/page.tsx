import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Heading } from "@medusajs/ui"
import { FailedSubjectsPanel } from "../../components/failed-subjects-panel"
import { HoldsPanel } from "../../components/holds-panel"
import { ProcessorsPanel } from "../../components/processors-panel"
import { AuditPanel, PolicyTextsPanel } from "../../components/records-panels"
import { RequestsPanel } from "../../components/requests-panel"
import { RetentionPanel } from "../../components/retention-panel"

/** The privacy dashboard: retention preview and runs, failed erasures, DSR queue, holds, processors, policy texts, audit log. */
const PrivacyPage = () => (
  <div className="flex flex-col gap-y-3">
    <Heading level="h1">Privacy</Heading>
    <RetentionPanel />
    <FailedSubjectsPanel />
    <RequestsPanel />
    <HoldsPanel />
    <ProcessorsPanel />
    <PolicyTextsPanel />
    <AuditPanel />
  </div>
)

export const config = defineRouteConfig({ label: "Privacy", icon: ShieldCheck })

export default PrivacyPage
