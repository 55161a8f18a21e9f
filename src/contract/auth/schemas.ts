// Request schemas of 登录. Every body is strict: an unknown field is refused by name.
import { z } from 'zod'
import { idField } from '../common/fields'

/** Longest WeChat login or phone code accepted (WeChat's are 32 characters). */
export const WX_CODE_MAX = 128

export const wxLoginSchema = z
  .object({ code: z.string({ required_error: '登录凭证缺失', invalid_type_error: '登录凭证无效' }).min(1, '登录凭证缺失').max(WX_CODE_MAX, '登录凭证无效') })
  .strict()
export type WxLoginInput = z.infer<typeof wxLoginSchema>

export const phoneCodeSchema = z
  .object({
    code: z.string({ required_error: '未获得手机号授权', invalid_type_error: '未获得手机号授权' }).min(1, '未获得手机号授权').max(WX_CODE_MAX, '手机号授权无效'),
  })
  .strict()
export type PhoneCodeInput = z.infer<typeof phoneCodeSchema>

export const demoLoginSchema = z.object({ accountId: idField('请选择演示账号') }).strict()
export type DemoLoginInput = z.infer<typeof demoLoginSchema>
