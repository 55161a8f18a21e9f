import { Text, View } from '@tarojs/components'
import { LEDGER_KIND_LABELS, type LedgerEntry } from '@/contract'
import { LoadMore } from '@/components/form/LoadMore'
import { Empty } from '@/components/ui/Empty'
import { Tag } from '@/components/ui/StatusTag'
import { usePaged } from '@/services/remote'
import { momentText } from '@/utils/calendar'
import { pointsApi } from '../../api'
import { holdText, signedPoints } from '../../format'

const TONES = { earned: 'green', held: 'orange', redeemed: 'blue', released: 'grey', expired: 'red', adjusted: 'purple' } as const

function Entry({ e }: { e: LedgerEntry }) {
  const hold = holdText(e)
  return (
    <View className='points-entry' data-testid='ledger-entry'>
      <View className='points-row__head'>
        <View className='points-row__tags'>
          <Tag tone={TONES[e.kind]}>{LEDGER_KIND_LABELS[e.kind]}</Tag>
          <Text className='points-meta'>{momentText(e.at)}</Text>
        </View>
        <Text className='points-entry__points'>{e.points ? signedPoints(e.points) : hold}</Text>
      </View>
      <Text className='points-info__line'>{e.reason}</Text>
      {(e.byName || (e.points !== 0 && hold)) && <Text className='points-meta'>{[e.byName ? `经办：${e.byName}` : '', e.points !== 0 ? hold : ''].filter(Boolean).join(' · ')}</Text>}
    </View>
  )
}

/** Every change of the volunteer's points, newest first; entries are never edited, corrections are new ones. */
export function LedgerList({ version }: { version: number }) {
  const list = usePaged((cursor) => pointsApi.ledger({ cursor }), [version])
  if (!list.loading && !list.items.length) return <Empty text='还没有积分记录：参加志愿活动、时长确认后就有了' />
  return (
    <View className='points-ledger'>
      {list.items.map((e) => (
        <Entry key={e.id} e={e} />
      ))}
      <LoadMore list={list} totalText={(n) => `共 ${n} 条记录`} />
    </View>
  )
}
