import { useState } from 'react'
import { View } from '@tarojs/components'
import type { z } from 'zod'
import { Button } from '@/components/ui/Button'
import { Field } from '@/components/ui/Field'
import { Notice } from '@/components/ui/Notice'
import { TextInput } from '@/components/ui/TextInput'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import { scanQr } from '@/services/device/qr'
import './form.scss'

export interface ScanOrTypeProps<S extends z.ZodTypeAny, R> {
  /** draft id: the typed code and the idempotency key survive a reload */
  formId: string
  schema: S
  send: (input: z.output<S>, key: string) => Promise<R>
  onDone: (r: R) => void
  /** the body for a scanned QR text, and for a typed code */
  fromScan: (text: string) => Record<string, unknown>
  fromCode: (code: string) => Record<string, unknown>
  /** the typed code's field in the schema (its errors show under the input) */
  codeField: string
  scanLabel: string
  codeLabel: string
  placeholder: string
  submitLabel: string
  /** what to say when a photo holds no readable code */
  unreadable: string
}

/**
 * A code read from a QR (WeChat's scanner; on H5 a photo decoded in the page) or typed: the 6
 * digits always work, so a failed scan is never a dead end. The server says why a code is
 * refused: for a typed code at the field, for a scanned one on the page; what was typed stays.
 */
export function ScanOrType<S extends z.ZodTypeAny, R>(p: ScanOrTypeProps<S, R>) {
  const draft = useDraft<{ code: string }>(p.formId, { code: '' })
  const { submit, submitting, fields, error, clearField, setError, waitSeconds } = useSubmit(p.schema, draft, p.send)
  // a refusal of a typed code belongs at the field; of a scanned one, on the page
  const [via, setVia] = useState<'code' | 'scan'>('code')
  const [scanNote, setScanNote] = useState<string | null>(null)
  const [scanning, setScanning] = useState(false)
  const busy = scanning || submitting || waitSeconds > 0

  const done = (r: R | null) => {
    if (!r) return
    draft.set({ code: '' })
    p.onDone(r)
  }

  const scan = async () => {
    setScanNote(null)
    setScanning(true)
    const r = await scanQr()
    setScanning(false)
    if (!r.ok) {
      setScanNote(r.reason === 'unreadable' ? p.unreadable : null)
      return
    }
    setVia('scan')
    done(await submit(p.fromScan(r.text)))
  }

  const byCode = async () => {
    setVia('code')
    done(await submit(p.fromCode(draft.values.code.trim())))
  }

  const atField = fields[p.codeField] ?? fields.token
  const fieldError = atField ?? (via === 'code' && error && !Object.keys(fields).length ? error : undefined)
  const pageError = error && error !== fieldError && !atField ? error : null
  return (
    <View className='scan-or-type'>
      <Button type='primary' block loading={scanning} disabled={busy} onClick={() => void scan()}>
        {p.scanLabel}
      </Button>
      {scanNote && <Notice type='warning'>{scanNote}</Notice>}
      {pageError && <Notice type='error'>{pageError}</Notice>}
      <Field name={p.codeField} label={p.codeLabel} error={fieldError}>
        <TextInput
          type='number'
          maxlength={6}
          value={draft.values.code}
          placeholder={p.placeholder}
          onChange={(t) => {
            draft.set({ code: t })
            clearField(p.codeField)
            setError(null)
          }}
        />
      </Field>
      <Button type='secondary' block loading={submitting} disabled={busy} onClick={() => void byCode()}>
        {p.submitLabel}
      </Button>
    </View>
  )
}
