/** Paging of GET /store/auction-wins (validateAndTransformQuery). */
export const listAuctionWinsQueryConfig = { isList: true, defaultLimit: 20 }
