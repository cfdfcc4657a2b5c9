export const adminContestFields = ["id", "title", "status", "starts_at", "ends_at", "draw_at", "winner_count", "terms_version", "created_at"]

export const listAdminContestsQueryConfig = { defaults: adminContestFields, isList: true, defaultLimit: 20 }

/** A customer's entries (the customer-page widget). */
export const listCustomerContestEntriesQueryConfig = { defaults: ["id", "contest_id", "created_at"], isList: true, defaultLimit: 20 }
