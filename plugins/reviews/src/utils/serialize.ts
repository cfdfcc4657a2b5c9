import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { displayName, reasonOf } from "../modules/review/rules"
import { PhotoRow, PolicyRow, ReviewRow } from "../modules/review/types"

type Names = Map<string, { first_name: string | null; last_name: string | null }>

const iso = (v: Date | string | null | undefined) => (v ? new Date(v).toISOString() : null)
const day = (v: Date | string | null | undefined) => (v ? new Date(v).toISOString().slice(0, 10) : null)

/** Current names of the reviewers who chose to be named; nothing is read for anonymous or pseudonymous reviews. */
export async function namesFor(container: Pick<MedusaContainer, "resolve">, reviews: ReviewRow[]): Promise<Names> {
  const ids = [
    ...new Set(reviews.filter((r) => r.customer_id && (r.identity === "full_name" || r.identity === "first_name_initial")).map((r) => r.customer_id!)),
  ]
  const names: Names = new Map()
  if (!ids.length) return names
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "customer",
    fields: ["id", "first_name", "last_name"],
    filters: { id: ids },
  })
  for (const c of data as any[])
    names.set(c.id, {
      first_name: c.first_name ?? null,
      last_name: c.last_name ?? null,
    })
  return names
}

const publicPhoto = (p: PhotoRow) => ({
  id: p.id,
  url: p.url,
  width: p.width,
  height: p.height,
})

/** A published review as the storefront sees it: no customer id, no e-mail, the name computed now. */
export function publicReview(r: ReviewRow, names: Names, photos: PhotoRow[]) {
  const name = displayName(r.identity, r.pseudonym, r.customer_id ? names.get(r.customer_id) : null)
  const display = name ? r.identity : "anonymous"
  return {
    id: r.id,
    product_id: r.product_id,
    rating: r.rating,
    title: r.title,
    body: r.body,
    experienced_at: day(r.experienced_at),
    author: { display, name },
    verification: r.verification,
    purchased_at: day(r.purchased_at),
    helpful_count: r.helpful_count,
    photos: photos.map(publicPhoto),
    reply: r.reply_body ? { body: r.reply_body, updated_at: iso(r.reply_updated_at) } : null,
    published_at: iso(r.published_at),
    schema_org: {
      "@type": "Review",
      reviewRating: {
        "@type": "Rating",
        ratingValue: r.rating,
        bestRating: 5,
        worstRating: 1,
      },
      author: name ? { "@type": "Person", name } : { "@type": "Person", name: "Anonymous" },
      datePublished: day(r.published_at),
      ...(r.title ? { name: r.title } : {}),
      ...(r.body ? { reviewBody: r.body } : {}),
    },
  }
}

/** The reviewer's own view: every state, the refusal reason in their language, whether they can still edit. */
export function ownReview(r: ReviewRow, names: Names, photos: PhotoRow[], policy: PolicyRow | null) {
  const reason = policy && r.decision_reason_code ? reasonOf(policy.content, r.decision_reason_code) : null
  const refused = r.status === "rejected" || r.status === "unpublished"
  return {
    ...publicReview(r, names, photos),
    status: r.status,
    identity: r.identity,
    pseudonym: r.pseudonym,
    submitted_at: iso(r.submitted_at),
    decision: refused
      ? {
          reason_code: r.decision_reason_code,
          reason: reason ? reason.label[r.locale] : null,
          reason_description: reason?.description ? reason.description[r.locale] : null,
          note: r.decision_note,
          policy_version: r.decision_policy_version,
          decided_at: iso(r.decided_at),
        }
      : null,
    can_edit: !(r.status === "rejected" && r.rejection_count >= 2),
  }
}

/** The moderator's view. */
export function adminReview(
  r: ReviewRow,
  photos: PhotoRow[],
  customer?: {
    id: string
    email?: string | null
    first_name?: string | null
    last_name?: string | null
  } | null
) {
  const names: Names = new Map()
  if (customer && r.customer_id)
    names.set(r.customer_id, {
      first_name: customer.first_name ?? null,
      last_name: customer.last_name ?? null,
    })
  return {
    id: r.id,
    product_id: r.product_id,
    customer_id: r.customer_id,
    customer: customer
      ? {
          id: customer.id,
          email: customer.email ?? null,
          first_name: customer.first_name ?? null,
          last_name: customer.last_name ?? null,
        }
      : null,
    author_name: displayName(r.identity, r.pseudonym, r.customer_id ? names.get(r.customer_id) : null),
    rating: r.rating,
    title: r.title,
    body: r.body,
    experienced_at: day(r.experienced_at),
    locale: r.locale,
    status: r.status,
    identity: r.identity,
    pseudonym: r.pseudonym,
    verification: r.verification,
    purchased_at: day(r.purchased_at),
    flags: r.flags?.codes ?? [],
    helpful_count: r.helpful_count,
    rejection_count: r.rejection_count,
    decision_reason_code: r.decision_reason_code,
    decision_policy_version: r.decision_policy_version,
    decision_note: r.decision_note,
    decided_by: r.decided_by,
    decided_at: iso(r.decided_at),
    published_at: iso(r.published_at),
    reply_body: r.reply_body,
    reply_updated_at: iso(r.reply_updated_at),
    submitted_at: iso(r.submitted_at),
    anonymized_at: iso(r.anonymized_at),
    photos: photos.map((p) => ({
      ...publicPhoto(p),
      mime_type: p.mime_type,
      size_bytes: p.size_bytes,
    })),
  }
}

/** The product's summary with schema.org AggregateRating fields. */
export function publicSummary(s: { product_id: string; review_count: number; average: number | null; histogram: number[] }) {
  return {
    product_id: s.product_id,
    average: s.average,
    count: s.review_count,
    histogram: {
      1: s.histogram[0],
      2: s.histogram[1],
      3: s.histogram[2],
      4: s.histogram[3],
      5: s.histogram[4],
    },
    schema_org:
      s.review_count > 0
        ? {
            "@type": "AggregateRating",
            ratingValue: s.average,
            reviewCount: s.review_count,
            bestRating: 5,
            worstRating: 1,
          }
        : null,
  }
}
