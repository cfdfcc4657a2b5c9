/** One customer's personal-data clock: every change of it (activity, keep-my-account, a failure mark, its clearing) takes it. */
export const subjectClockLockKey = (customerId: string) => `privacy:subject-clock:${customerId}`
