// 帮代办: the stored shape of the catalogue, the places, the bookings and the appeals.
import type { AgeGroup, BookingAction, BookingMode, BookingStatus, DayHours, Iso, MaterialItem, PlaceKind, ProxyStep, Rating, ServiceKind } from '../../../src/contract'

export interface ServiceRecord {
  id: string
  name: string
  kind: ServiceKind
  desc: string
  modes: BookingMode[]
  minutes: number
  materials: MaterialItem[]
}

export interface PlaceRecord {
  id: string
  name: string
  kind: PlaceKind
  address: string
  phone: string
  communityId?: string
  /** weekday (0 = Sunday) → opening hours */
  hours: DayHours[]
  seats: number
  homeSeats: number
  serviceIds: string[]
  /** the helpers (帮代办专员) who work there; a helper may work at several places */
  helperIds: string[]
}

export interface StepRecord {
  step: ProxyStep
  at: Iso
  actorId: string
  department?: string
  note?: string
  photos?: string[]
}

export interface BookingEventRecord {
  at: Iso
  action: BookingAction
  text: string
}

export interface BookingRecord {
  id: string
  /** creation order: the waitlist is served by it */
  seq: number
  serviceId: string
  mode: BookingMode
  placeId: string
  /** 'YYYY-MM-DD' China time, and the start hour */
  date: string
  hour: number
  start: Iso
  end: Iso
  status: BookingStatus
  bookerId: string
  /** the person served's account (the booker for oneself; a family member whose phone has one) */
  servedId: string | null
  /** null: the booker themself */
  family: { name: string; relation: string; phone: string } | null
  ageGroup: AgeGroup | null
  disabled: boolean
  needs: string
  address: string
  note: string
  consentAt: Iso | null
  authorization: string | null
  /** the helper who serves it: assigned when booked, whoever checks it in after */
  helperId: string | null
  /** the short code and the voucher's version (a check-in retires the token) */
  code: string
  version: number
  createdAt: Iso
  checkedInAt: Iso | null
  doneAt: Iso | null
  record: string
  steps: StepRecord[]
  events: BookingEventRecord[]
  rating: Rating | null
  ratingComment: string | null
  /** reminders sent (or not due any more): bit 1 the day before, bit 2 one hour before */
  reminded: number
  /** a no-show forgiven by an appeal: it no longer counts */
  forgiven?: boolean
}

export interface AppealRecord {
  id: string
  userId: string
  reason: string
  createdAt: Iso
  status: 'pending' | 'lifted' | 'kept'
  /** the pause it is about */
  pausedAt: Iso
  bookingIds: string[]
  placeIds: string[]
  decidedAt: Iso | null
  deciderId: string | null
  reply: string
}

export interface StandingRecord {
  pausedAt: Iso
  pausedUntil: Iso | null
}

export interface BookingsSlice {
  bookingServices: ServiceRecord[]
  bookingPlaces: PlaceRecord[]
  bookings: BookingRecord[]
  bookingAppeals: AppealRecord[]
  /** user id → their last pause */
  bookingStanding: Record<string, StandingRecord>
  /** the voucher signing key (hex); see voucher.ts */
  bookingSecret: string
}

export function emptyBookings(): BookingsSlice {
  return { bookingServices: [], bookingPlaces: [], bookings: [], bookingAppeals: [], bookingStanding: {}, bookingSecret: '' }
}
