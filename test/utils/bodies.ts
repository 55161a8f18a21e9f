/**
 * Request bodies for tests, valid by default: each factory takes the fields to change.
 * Shared by the mock's tests and the client's, so both send what the contract's schemas accept.
 *
 *   c.post('/reports', reportInput({ category: 'noise' }), token)
 *   act(id, 'handle', handleInput({ reply: '已处理完毕。' }), worker)
 */
import type {
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
