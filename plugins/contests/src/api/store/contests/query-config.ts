export const storeContestFields = ["id", "title", "description", "status", "starts_at", "ends_at", "draw_at", "prizes", "winner_count"]

export const listStoreContestsQueryConfig = { defaults: storeContestFields, isList: true, defaultLimit: 20 }
