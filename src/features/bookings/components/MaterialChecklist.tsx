import { Text, View } from '@tarojs/components'
import type { MaterialItem } from '@/contract'
import { pressable, role } from '@/components/ui/a11y'
import { cx } from '@/components/ui/cx'
import { useDraft } from '@/hooks/useDraft'
import { KEPT_FORM_PREFIX } from '@/stores/drafts'
import { materialText } from '../format'

interface Props {
  serviceId: string
  materials: MaterialItem[]
}

/** The draft that keeps a person's ticks for one service on this device (per user, as drafts are; not counted as unsent). */
export const materialsFormId = (serviceId: string) => `${KEPT_FORM_PREFIX}booking-materials-${serviceId}`

/**
 * What to bring, one row per item with a tick for what the resident already has. The ticks are
 * kept on the device (the drafts store, per user and service): gathering papers takes days.
 */
export function MaterialChecklist({ serviceId, materials }: Props) {
  const draft = useDraft<{ have: string[] }>(materialsFormId(serviceId), { have: [] })
  const have = draft.values.have.filter((n) => materials.some((m) => m.name === n))
  const toggle = (name: string) => draft.set({ have: have.includes(name) ? have.filter((n) => n !== name) : [...have, name] })
  return (
    <View className='booking-checklist' data-testid='material-checklist'>
      <Text className='booking-checklist__count' data-testid='material-count'>
        {have.length === materials.length ? `材料已备齐（${materials.length}项）` : `已备好 ${have.length}/${materials.length} 项，点一项打勾`}
      </Text>
      {materials.map((m) => {
        const on = have.includes(m.name)
        return (
          <View
            key={m.name}
            className={cx('booking-check', on && 'booking-check--on')}
            aria-checked={on ? 'true' : 'false'}
            {...role('checkbox')}
            {...pressable(() => toggle(m.name))}
            {...role('checkbox')}
            onClick={() => toggle(m.name)}
          >
            <Text className='booking-check__box'>{on ? '✓' : ''}</Text>
            <View className='booking-check__body'>
              <Text className='booking-check__name'>{materialText(m)}</Text>
              {m.note && <Text className='booking-check__note'>{m.note}</Text>}
            </View>
          </View>
        )
      })}
    </View>
  )
}
