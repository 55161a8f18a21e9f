// Field schemas that several domains' forms share, with their Chinese messages.
import { z } from 'zod'

export const PHOTOS_MAX = 9

export const phoneField = z
  .string({ required_error: '请填写联系电话', invalid_type_error: '请填写联系电话' })
  .trim()
  .min(1, '请填写联系电话')
  .regex(/^1\d{10}$/, '请输入11位手机号码')

/** A required text of `min`–`max` characters, named `label` in its messages. */
export const textField = (label: string, min: number, max: number) =>
  z
    .string({ required_error: `请填写${label}`, invalid_type_error: `请填写${label}` })
    .trim()
    .min(min, min <= 1 ? `请填写${label}` : `${label}至少${min}个字`)
    .max(max, `${label}最多${max}个字`)

export const photosField = z
  .array(z.string().min(1), { invalid_type_error: '照片格式不正确' })
  .max(PHOTOS_MAX, `最多上传${PHOTOS_MAX}张照片`)
  .default([])
