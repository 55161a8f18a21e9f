// 随手拍: the closed loop of a report through six gates, for residents and grid workers.
export * from './model'
export * from './schemas'
