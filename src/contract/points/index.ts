// 志愿积分 + 合伙商企: activities, check-in by rotating code, hours, the ledger, merchants and redemption.
export * from './model'
export * from './schemas'
