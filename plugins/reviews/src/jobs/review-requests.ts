import { MedusaContainer } from "@medusajs/framework/types"
import { sendDueReviewRequests } from "../utils/requests"

/** Sends the review request mails that are due (off unless requestMail.enabled). */
export default async function reviewRequestsJob(container: MedusaContainer) {
  await sendDueReviewRequests(container)
}

export const config = {
  name: "reviews-send-requests",
  schedule: "*/15 * * * *",
}
