import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { Report } from '@/contract'
import { Button } from '@/components/ui/Button'
import { Notice } from '@/components/ui/Notice'
import { Section } from '@/components/ui/Section'
import { fromNow } from '@/utils/format'
import { newIdempotencyKey } from '@/services/http'
import { errorText } from '@/utils/errors'
import { reportsApi } from '../api'
import { useSimilar } from '../hooks'

interface Props {
  category: string
  gridId: string
  onJoined: (r: Report) => void
}

/** Open reports of the same category in the same grid, offered before a duplicate is filed. */
export function SimilarReports({ category, gridId, onJoined }: Props) {
  const { data } = useSimilar(category, gridId)
  const [joining, setJoining] = useState<string | null>(null)
  const [keys] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)
  const items = data?.items ?? []
  if (!items.length) return null

  const join = async (id: string) => {
    if (joining) return
    keys[id] = keys[id] ?? newIdempotencyKey()
    setJoining(id)
    setError(null)
    try {
      onJoined(await reportsApi.join(id, keys[id]))
    } catch (e) {
      setError(errorText(e, '加入失败，请重试'))
    } finally {
      setJoining(null)
    }
  }

  return (
    <Section title={`附近已有 ${items.length} 件同类问题正在办理`}>
      <Text className='similar__lead'>如果是同一件事，点“我也遇到了”即可跟进进度，不用重复反映。</Text>
      {items.map((r) => (
        <View key={r.id} className='similar__item' data-testid='similar-item'>
          <Text className='similar__excerpt'>{r.excerpt}</Text>
          <Text className='similar__meta'>
            {r.address} · {fromNow(r.createdAt)} · {r.followers} 人关注
          </Text>
          {r.relation ? (
            <Text className='similar__meta'>您已在跟进</Text>
          ) : (
            <Button type='secondary' loading={joining === r.id} onClick={() => join(r.id)}>
              我也遇到了
            </Button>
          )}
        </View>
      ))}
      {error && <Notice type='error'>{error}</Notice>}
    </Section>
  )
}
