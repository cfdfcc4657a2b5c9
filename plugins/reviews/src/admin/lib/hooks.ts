import { toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Policy, sdk } from "./sdk"

/** The current moderation policy (for reason pickers). */
export function useCurrentPolicy() {
  const { data } = useQuery({
    queryKey: ["review-policies"],
    queryFn: () => sdk.client.fetch<{ review_policies: Policy[] }>("/admin/review-policies"),
  })
  return data?.review_policies[0] ?? null
}

/** Reason label in the admin's language. */
export function useReasonLabel() {
  const { i18n } = useTranslation()
  const lang: "nl" | "en" = i18n.language?.startsWith("nl") ? "nl" : "en"
  return (policy: Policy | null, code: string | null) => (code ? (policy?.reasons.find((r) => r.code === code)?.label[lang] ?? code) : "–")
}

export type Decision = {
  action: "approve" | "reject" | "unpublish"
  reason_code?: string
  note?: string
}

/** Decides one review; refreshes every review list. */
export function useModerate() {
  const client = useQueryClient()
  const { t } = useTranslation()
  return useMutation({
    mutationFn: ({ id, ...body }: Decision & { id: string }) =>
      sdk.client.fetch(`/admin/reviews/${id}/moderate`, {
        method: "POST",
        body,
      }),
    onSuccess: () => {
      toast.success(t("reviews.toast.decided"))
      client.invalidateQueries({ queryKey: ["reviews"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
}

/** Decides many reviews at once; the answer names each review's outcome. */
export function useBulkModerate() {
  const client = useQueryClient()
  const { t } = useTranslation()
  return useMutation({
    mutationFn: (body: Decision & { ids: string[] }) =>
      sdk.client.fetch<{ succeeded: number; failed: number }>("/admin/reviews/moderate", { method: "POST", body }),
    onSuccess: (r) => {
      toast.success(t("reviews.toast.bulk", { succeeded: r.succeeded, failed: r.failed }))
      client.invalidateQueries({ queryKey: ["reviews"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
}
