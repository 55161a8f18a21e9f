// The community's side of the report loop: review, 审核, patrol, chasing, rates, 民情地图.
export * from './model'
export * from './schemas'
