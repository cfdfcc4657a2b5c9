/** One request's lock: every change of its status (admin update, the customer's cancel) takes it. */
export const requestLockKey = (requestId: string) => `privacy:dsr-request:${requestId}`

/** One customer's lock: opening an erasure request (at most one open per account) takes it. */
export const customerRequestsLockKey = (customerId: string) => `privacy:dsr:${customerId}`
