import { Text, View } from '@tarojs/components'
import { MODE_HINTS, MODE_LABELS, SERVICE_KIND_LABELS, links, type Service } from '@/contract'
import { role } from '@/components/ui/a11y'
import { Button } from '@/components/ui/Button'
import { Section } from '@/components/ui/Section'
import { Tag } from '@/components/ui/StatusTag'
import { navigate } from '@/services/nav'
import { useServicePlaces } from '../hooks'
import { MaterialChecklist } from './MaterialChecklist'
import { PlaceCard } from './PlaceCard'

/**
 * A service as a resident weighs it: what it is and 预约办理 first, then what to bring (with
 * their ticks), how it can be done, and where.
 */
export function ServiceView({ service }: { service: Service }) {
  const places = useServicePlaces(service)
  const book = () => navigate(links.bookingNew(service.id))
  return (
    <View className='booking-service-page'>
      <Section>
        <View className='booking-service__head'>
          <Text className='booking-service__title' {...role('heading')} aria-level={2}>
            {service.name}
          </Text>
          <Tag tone={service.kind === 'business' ? 'purple' : 'blue'}>{SERVICE_KIND_LABELS[service.kind]}</Tag>
        </View>
        <Text className='booking-service__desc'>{service.desc}</Text>
        <Text className='booking-service__meta'>{`一般约${service.minutes}分钟 · ${service.places.length}个服务点可办`}</Text>
        <Button type='primary' block onClick={book}>
          预约办理
        </Button>
      </Section>

      <Section title='需要带的材料'>
        <MaterialChecklist serviceId={service.id} materials={service.materials} />
      </Section>

      <Section title='办理方式'>
        {service.modes.map((m) => (
          <View key={m} className='booking-mode' data-mode={m}>
            <Text className='booking-mode__name'>{MODE_LABELS[m]}</Text>
            <Text className='booking-mode__hint'>{MODE_HINTS[m]}</Text>
          </View>
        ))}
      </Section>

      <Section title='服务地点'>
        {service.places.map((p) => (
          <PlaceCard key={p.id} place={p} detail={places.data?.find((d) => d.id === p.id)} />
        ))}
      </Section>

      <View className='booking-foot'>
        <Button type='primary' block onClick={book}>
          预约办理
        </Button>
      </View>
    </View>
  )
}
