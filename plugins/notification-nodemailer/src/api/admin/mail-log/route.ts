import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { AdminGetMailLogParamsType, MAIL_STATUSES } from "./validators"

/**
 * The e-mail channel's notifications, newest first, with counts per status:
 * what a merchant checks when a customer says a mail never arrived.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetMailLogParamsType>, res: MedusaResponse) {
  const { status, template, limit, offset } = req.validatedQuery
  const notifications = req.scope.resolve(Modules.NOTIFICATION)
  // `status` is a column of the notification table but missing from Medusa's filter type.
  type Filters = Parameters<typeof notifications.listAndCountNotifications>[0]
  const filters = { channel: "email", ...(status ? { status } : {}), ...(template ? { template } : {}) } as Filters
  const order = (req.listConfig?.order as Record<string, "ASC" | "DESC"> | undefined) ?? { created_at: "DESC" }
  const [rows, count] = await notifications.listAndCountNotifications(filters, {
    take: limit,
    skip: offset,
    order: Object.keys(order).length ? order : { created_at: "DESC" },
  })
  const counts = Object.fromEntries(
    await Promise.all(
      MAIL_STATUSES.map(async (s) => {
        const [, n] = await notifications.listAndCountNotifications({ channel: "email", status: s } as Filters, { take: 1 })
        return [s, n] as const
      })
    )
  )
  res.json({
    mails: rows.map((n) => ({
      id: n.id,
      to: n.to,
      template: n.template,
      status: n.status,
      resource_type: n.resource_type ?? null,
      resource_id: n.resource_id ?? null,
      external_id: n.external_id ?? null,
      error: (n.provider_data as { error?: unknown } | null)?.error ?? null,
      created_at: n.created_at,
    })),
    counts,
    count,
    offset,
    limit,
  })
}
