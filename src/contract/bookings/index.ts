// 帮代办: catalogue, places, slots, bookings with waitlist and voucher, the helper's desk.
export * from './model'
export * from './schemas'
