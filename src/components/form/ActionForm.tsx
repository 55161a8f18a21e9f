import { useState } from 'react'
import { View } from '@tarojs/components'
import type { z } from 'zod'
import { Button } from '@/components/ui/Button'
import { ChipGroup } from '@/components/ui/ChipGroup'
import { Field } from '@/components/ui/Field'
import { Notice } from '@/components/ui/Notice'
import { PhotoPicker } from '@/components/ui/PhotoPicker'
import { SelectField } from '@/components/ui/SelectField'
import { TextArea } from '@/components/ui/TextArea'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
import './form.scss'

export interface ActionField {
  name: string
  label: string
  kind: 'text' | 'photos' | 'select' | 'chips'
  required?: boolean
  hint?: string
  placeholder?: string
  maxlength?: number
  max?: number
  options?: { value: string; label: string }[]
  /** the value of an untouched field (default: '' or no photos) */
  initial?: string
}

export interface ActionFormProps<S extends z.ZodTypeAny, R> {
  /** draft id: one per record and action, so each form keeps its own typing */
  formId: string
  fields: ActionField[]
  schema: S
  send: (input: z.output<S>, key: string) => Promise<R>
  submitLabel: string
  danger?: boolean
  onDone: (r: R) => void
  /** values the form sends without showing them (e.g. which action this form is) */
  fixed?: Record<string, unknown>
}

/**
 * A small form described by its fields (a note, a reason, a reply, a rating…), draft-backed and
 * submitted once with the contract schema that the server checks too.
 */
export function ActionForm<S extends z.ZodTypeAny, R>({ formId, fields, schema, send, submitLabel, danger, onDone, fixed }: ActionFormProps<S, R>) {
  const initial: Record<string, unknown> = {}
  fields.forEach((f) => (initial[f.name] = f.kind === 'photos' ? [] : f.initial ?? ''))
  const draft = useDraft(formId, initial)
  const { submit, submitting, fields: errors, error, clearField, waitSeconds } = useSubmit(schema, draft, send)
  const v = draft.values
  // photos still uploading: the form waits for their references
  const [photosBusy, setPhotosBusy] = useState(false)

  const set = (name: string, value: unknown) => {
    draft.set({ [name]: value })
    clearField(name)
  }

  const onSubmit = async () => {
    // only the fields this form has: a draft kept by an older version may hold others, which the
    // server refuses
    const input: Record<string, unknown> = { ...fixed }
    for (const f of fields) input[f.name] = v[f.name]
    const res = await submit(input)
    if (res) onDone(res)
  }

  return (
    <View className='action-form' data-form={formId}>
      {fields.map((f) => (
        <Field key={f.name} name={f.name} label={f.label} required={f.required} error={errors[f.name]} hint={f.hint}>
          {f.kind === 'text' && (
            <TextArea value={String(v[f.name] ?? '')} maxlength={f.maxlength ?? 500} placeholder={f.placeholder} onChange={(t) => set(f.name, t)} />
          )}
          {f.kind === 'photos' && <PhotoPicker value={(v[f.name] as string[]) ?? []} max={f.max ?? 9} onChange={(p) => set(f.name, p)} onBusyChange={setPhotosBusy} />}
          {f.kind === 'select' && (
            <SelectField label={f.label} options={f.options ?? []} value={String(v[f.name] ?? '')} placeholder={f.placeholder ?? '请选择'} onChange={(x) => set(f.name, x)} />
          )}
          {f.kind === 'chips' && <ChipGroup options={f.options ?? []} value={String(v[f.name] ?? '')} onChange={(x) => set(f.name, x)} />}
        </Field>
      ))}
      {error && <Notice type='error'>{error}</Notice>}
      <Button type={danger ? 'danger' : 'primary'} block loading={submitting} disabled={submitting || photosBusy || waitSeconds > 0} onClick={onSubmit}>
        {submitLabel}
      </Button>
    </View>
  )
}
