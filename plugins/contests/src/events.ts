/** Events of the contest module; payload `{ id }` only. */
export const ContestEvents = {
  PUBLISHED: "contest.contest.published",
  ENTERED: "contest.entry.created",
  DRAWN: "contest.drawing.drawn",
  CLAIMED: "contest.winner.claimed",
  EXPIRED: "contest.winner.expired",
} as const
