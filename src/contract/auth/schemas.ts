// Request schemas of 登录.
import { z } from 'zod'

export const wxLoginSchema = z.object({ code: z.string().min(1, '登录凭证缺失') })
export type WxLoginInput = z.infer<typeof wxLoginSchema>

export const phoneCodeSchema = z.object({ code: z.string({ required_error: '未获得手机号授权' }).min(1, '未获得手机号授权') })
export type PhoneCodeInput = z.infer<typeof phoneCodeSchema>

export const demoLoginSchema = z.object({ accountId: z.string().min(1, '请选择演示账号') })
export type DemoLoginInput = z.infer<typeof demoLoginSchema>
