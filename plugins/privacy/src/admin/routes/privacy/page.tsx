import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Heading } from "@medusajs/ui"
import { AuditPanel, HoldsPanel, PolicyTextsPanel, ProcessorsPanel, RequestsPanel } from "../../components/records-panels"
import { RetentionPanel } from "../../components/retention-panel"

/** The privacy dashboard: retention preview and runs, DSR queue, holds, processors, policy texts, audit log. */
const PrivacyPage = () => (
  <div className="flex flex-col gap-y-3">
    <Heading level="h1">Privacy</Heading>
    <RetentionPanel />
    <RequestsPanel />
    <HoldsPanel />
    <ProcessorsPanel />
    <PolicyTextsPanel />
    <AuditPanel />
  </div>
)

export const config = defineRouteConfig({ label: "Privacy", icon: ShieldCheck })

export default PrivacyPage
