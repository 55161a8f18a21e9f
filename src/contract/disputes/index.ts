// 解忧小屋: guidance, filing, mediation, agreements, follow-up.
export * from './model'
export * from './schemas'
