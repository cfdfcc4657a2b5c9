/**
 * Paging of the admin lists (validateAndTransformQuery): limit and offset are
 * validated by the schemas in validators.ts and land in req.queryConfig.pagination.
 */
export const listAuctionsQueryConfig = { isList: true, defaultLimit: 50 }
export const listBansQueryConfig = { isList: true, defaultLimit: 50 }
