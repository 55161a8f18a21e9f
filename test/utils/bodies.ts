/**
 * Request bodies for tests, valid by default: each factory takes the fields to change.
 * Shared by the mock's tests and the client's, so both send what the contract's schemas accept.
 *
 *   c.post('/reports', reportInput({ category: 'noise' }), token)
 *   act(id, 'handle', handleInput({ reply: '已处理完毕。' }), worker)
 */
import type {
  ActivityInput,
  BookingAppealInput,
  BookingCreateInput,
  BookingDecideInput,
  BookingDoneInput,
  BookingRateInput,
  BookingStepInput,
  ReportCreateInput,
  ReportEscalateInput,
  ReportHandleInput,
  ReportNoteInput,
  ReportRateInput,
  ReportReturnInput,
} from '@/contract'

/** An environment report in demo-resident's grid (西牌楼社区第一网格), with demo-resident's phone. */
export function reportInput(over: Partial<ReportCreateInput> = {}): ReportCreateInput {
  return {
    category: 'environment',
    description: '楼下垃圾桶满了好几天没人清运，味道很大。',
    photos: [],
    location: { address: '西牌楼街35号院', communityId: 'cm-xpl', gridId: 'gd-xpl-1' },
    anonymous: false,
    contactPhone: '13807311234',
    ...over,
  }
}

/** 进展 */
export function noteInput(over: Partial<ReportNoteInput> = {}): ReportNoteInput {
  return { text: '已到现场查看，正在协调处理。', photos: [], ...over }
}

/** 吹哨 */
export function escalateInput(over: Partial<ReportEscalateInput> = {}): ReportEscalateInput {
  return { department: 'chengguan', note: '需要城管协助处理。', ...over }
}

/** 退单 */
export function returnInput(over: Partial<ReportReturnInput> = {}): ReportReturnInput {
  return { reason: '不属于本网格范围，请社区重新分派。', ...over }
}

/** 办结 */
export function handleInput(over: Partial<ReportHandleInput> = {}): ReportHandleInput {
  return { reply: '已经处理完毕了。', photos: [], ...over }
}

/** 评价: satisfied with no comment unless told otherwise (不满意 needs a comment). */
export function rateInput(over: Partial<ReportRateInput> = {}): ReportRateInput {
  return { rating: 'satisfied', comment: '', ...over }
}

// ---- 帮代办 -------------------------------------------------------------------------------------

/**
 * 帮办 of 医保参保 at 太平街社区24小时服务站 for oneself, on 2026-11-24 at 10:00: a bookable slot
 * for a clock at the tests' T0 (Sunday 2026-11-22 09:00 China); pass `date` for another clock.
 */
export function bookingInput(over: Partial<BookingCreateInput> = {}): BookingCreateInput {
  return { serviceId: 'sv-yb', mode: 'assist', placeId: 'pl-tpj', date: '2026-11-24', hour: 10, ...over }
}

/** A family member who agreed (王秀英's father); add `authorization` (a `ph_…` the booker uploaded) for 代办. */
export function familyInput(over: Partial<NonNullable<BookingCreateInput['family']>> = {}): NonNullable<BookingCreateInput['family']> {
  return { name: '王德福', relation: '父亲', phone: '13907315678', consent: true, ...over }
}

/** 帮办/上门 办结 */
export function bookingDoneInput(over: Partial<BookingDoneInput> = {}): BookingDoneInput {
  return { record: '已陪同办理完毕。', ...over }
}

/** 代办 step: received unless told otherwise (submitted needs a department) */
export function bookingStepInput(over: Partial<BookingStepInput> = {}): BookingStepInput {
  return { step: 'received', photos: [], ...over }
}

export function bookingRateInput(over: Partial<BookingRateInput> = {}): BookingRateInput {
  return { rating: 'satisfied', comment: '', ...over }
}

export function appealInput(over: Partial<BookingAppealInput> = {}): BookingAppealInput {
  return { reason: '那几天住院了，没能前往也没法取消。', ...over }
}

export function decideInput(over: Partial<BookingDecideInput> = {}): BookingDecideInput {
  return { lift: true, reply: '情况属实，已为您恢复预约。', ...over }
}

// ---- 志愿积分 -------------------------------------------------------------------------------------

/** An activity on 2026-11-24 09:00–11:00 China time (the tests' T0 is 2026-11-22 09:00). */
export function activityInput(over: Partial<ActivityInput> = {}): ActivityInput {
  return { title: '社区环境整治', type: 'clean', place: '西牌楼社区广场', start: '2026-11-24T01:00:00.000Z', end: '2026-11-24T03:00:00.000Z', capacity: 5, pointsPerHour: 10, bring: '', ...over }
}
