import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { ownEntry } from "../../../../../utils/serialize"
import { enterContestWorkflow } from "../../../../../workflows/contests/enter-contest"
import { conflictsNamed, pathId } from "../../../../helpers"
import { StoreEnterContestType } from "../../validators"

/**
 * Enters the logged-in customer (free). 409 when they already entered, 400 after
 * the end. `newsletter_opt_in` is only recorded as requested: the storefront then
 * calls POST /store/newsletter-subscriptions (double opt-in) itself.
 */
export const POST = conflictsNamed(async (req: AuthenticatedMedusaRequest<StoreEnterContestType>, res: MedusaResponse) => {
  const contestId = pathId(req, "cnt", "Contest")
  const body = req.validatedBody
  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(req.auth_context.actor_id)
  const { result } = await enterContestWorkflow(req.scope).run({
    input: {
      contest_id: contestId,
      customer_id: customer.id,
      first_name: customer.first_name ?? null,
      terms_version: body.terms_version,
      skill_answer: body.skill_answer ?? null,
      age_confirmation: body.age_confirmation ?? null,
      publicity: body.publicity,
      town: body.town ?? null,
      newsletter_opt_in: body.newsletter_opt_in,
    },
  })
  res.status(201).json({
    entry: ownEntry(result),
    newsletter_opt_in: {
      requested: result.newsletter_opt_in_requested,
      next: result.newsletter_opt_in_requested ? "POST /store/newsletter-subscriptions" : null,
    },
  })
})
