// The API shared by the client and the mock, one file per domain; shared pieces in common/.
export * from './common'
export * from './auth'
export * from './geo'
export * from './reports'
export * from './bookings'
export * from './points'
export * from './inbox'
export * from './photos'
