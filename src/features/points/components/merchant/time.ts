import dayjs from 'dayjs'

/** 'HH:mm' of a time on the day it is shown (today's redemptions, a code's expiry). */
export const clockTime = (iso: string | null | undefined): string => (iso ? dayjs(iso).format('HH:mm') : '')
