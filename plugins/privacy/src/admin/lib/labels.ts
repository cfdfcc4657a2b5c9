import { useTranslation } from "react-i18next"

/** Human labels for every value the privacy API returns as an enum (rule, status, type, channel, count key). */
export function useLabels() {
  const { t } = useTranslation()
  const label = (group: string) => (v: string | null | undefined) => (v ? t(`privacy.enum.${group}.${v}`, { defaultValue: t("privacy.enum.other") }) : "–")
  const rule = label("rule")
  const modules = ["privacy", "multisafepay", "auction", "newsletter", "repair", "contest", "review", "medusa"]
  // Erasure counts are `<module>.<entity>.<erased|anonymized>`, export counts `<module>`: both shown in words.
  const countLabel = (k: string) => {
    const m = /^(\w+)\.(\w+)\.(erased|anonymized)$/.exec(k)
    if (m)
      return t("privacy.enum.count_entity", { module: label("module")(m[1]), entity: m[2].replace(/_/g, " "), action: t(`privacy.enum.count_action.${m[3]}`) })
    return modules.includes(k) ? label("module")(k) : label("count")(k)
  }
  return {
    rule: (v: string | null | undefined) => (v?.startsWith("request_") ? t("privacy.enum.rule.request", { type: label("type")(v.slice(8)) }) : rule(v)),
    status: label("status"),
    runStatus: label("run_status"),
    type: label("type"),
    channel: label("channel"),
    count: label("count"),
    kind: label("kind"),
    module: label("module"),
    counts: (c: Record<string, number> = {}) =>
      Object.entries(c)
        .filter(([, n]) => n)
        .map(([k, n]) => `${countLabel(k)}: ${n}`)
        .join(", ") || t("privacy.enum.nothing"),
  }
}
