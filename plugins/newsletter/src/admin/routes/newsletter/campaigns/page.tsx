import { defineRouteConfig } from "@medusajs/admin-sdk"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { CampaignCard } from "../../../components/campaign-card"
import { CampaignEditor } from "../../../components/campaign-editor"
import { Campaign, sdk } from "../../../lib/sdk"

const Crumb = () => {
  const { t } = useTranslation()
  return <span>{t("newsletter.breadcrumb.campaigns")}</span>
}

const CampaignsPage = () => {
  const [editing, setEditing] = useState<Campaign | null>(null)
  const { data } = useQuery({
    queryKey: ["newsletter-campaigns"],
    queryFn: () => sdk.client.fetch<{ newsletter_campaigns: Campaign[] }>("/admin/newsletter-campaigns"),
    // Progress comes from the delivery rows; refresh while anything is sending or scheduled.
    refetchInterval: (q) =>
      q.state.data?.newsletter_campaigns.some((c) => c.status === "sending")
        ? 1000
        : q.state.data?.newsletter_campaigns.some((c) => c.status === "draft" && c.send_at)
          ? 5000
          : false,
  })
  return (
    <div className="flex flex-col gap-y-3">
      <CampaignEditor key={editing?.id ?? "new"} draft={editing} onDone={() => setEditing(null)} />
      {(data?.newsletter_campaigns ?? []).map((c) => (
        <CampaignCard key={c.id} campaign={c} onEdit={() => setEditing(c)} />
      ))}
    </div>
  )
}

export const config = defineRouteConfig({ label: "newsletter.breadcrumb.campaigns", translationNs: "translation" })

export const handle = { breadcrumb: () => <Crumb /> }

export default CampaignsPage
