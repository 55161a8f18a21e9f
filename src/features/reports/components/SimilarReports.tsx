import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { Report, ReportSummary } from '@/contract'
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
  /** 查看工单 after joining */
  onJoined: (r: Report) => void
}

type Step = 'confirm' | 'busy' | 'joined' | 'leaving'

/**
 * Open reports of the same category in the same grid, offered before a duplicate is filed.
 * 我也遇到了 asks first (it shares the ticket's progress with the resident, and tells the worker
 * one more person has the problem), then says 已加入 with 查看工单 and 退出关注.
 */
export function SimilarReports({ category, gridId, onJoined }: Props) {
  const { data } = useSimilar(category, gridId)
  const [steps, setSteps] = useState<Record<string, Step>>({})
  const [joined, setJoined] = useState<Record<string, Report>>({})
  const [left, setLeft] = useState<Record<string, ReportSummary>>({})
  // one key per ticket and action, kept for a retry after a failure
  const [keys] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)
  const items = data?.items ?? []
  if (!items.length) return null

  const step = (id: string, s: Step | null) =>
    setSteps((cur) => {
      const next = { ...cur }
      if (s) next[id] = s
      else delete next[id]
      return next
    })

  const busy = Object.values(steps).some((s) => s === 'busy' || s === 'leaving')

  const join = async (id: string) => {
    if (busy) return
    const k = `join-${id}`
    keys[k] = keys[k] ?? newIdempotencyKey()
    step(id, 'busy')
    setError(null)
    try {
      const r = await reportsApi.join(id, keys[k])
      delete keys[k]
      setJoined((cur) => ({ ...cur, [id]: r }))
      setLeft((cur) => {
        const next = { ...cur }
        delete next[id]
        return next
      })
      step(id, 'joined')
    } catch (e) {
      setError(errorText(e, '加入失败，请重试'))
      step(id, 'confirm')
    }
  }

  const leave = async (id: string) => {
    if (busy) return
    const k = `leave-${id}`
    keys[k] = keys[k] ?? newIdempotencyKey()
    step(id, 'leaving')
    setError(null)
    try {
      const s = await reportsApi.leave(id, keys[k])
      delete keys[k]
      setLeft((cur) => ({ ...cur, [id]: s }))
      setJoined((cur) => {
        const next = { ...cur }
        delete next[id]
        return next
      })
      step(id, null)
    } catch (e) {
      setError(errorText(e, '退出失败，请重试'))
      step(id, 'joined')
    }
  }

  return (
    <Section title={`附近已有 ${items.length} 件同类问题正在办理`}>
      <Text className='similar__lead'>如果是同一件事，点“我也遇到了”即可跟进进度，不用重复反映。</Text>
      {items.map((item) => {
        const s = steps[item.id]
        const mine = joined[item.id]
        const following = !!mine || (!!item.relation && !left[item.id])
        const followers = left[item.id]?.followers ?? mine?.followers ?? item.followers
        return (
          <View key={item.id} className='similar__item' data-testid='similar-item'>
            <Text className='similar__excerpt'>{item.excerpt}</Text>
            <Text className='similar__meta'>
              {item.address} · {fromNow(item.createdAt)} · {followers} 人关注
            </Text>
            {following ? (
              <View className='similar__joined' data-testid='similar-joined'>
                <Text className='similar__done'>{mine ? '已加入，办理进度会通知您' : '您已在跟进'}</Text>
                {mine && (
                  <Button type='primary' onClick={() => onJoined(mine)}>
                    查看工单
                  </Button>
                )}
                {item.relation !== 'owner' && (
                  <Button loading={s === 'leaving'} onClick={() => void leave(item.id)}>
                    退出关注
                  </Button>
                )}
              </View>
            ) : s === 'confirm' || s === 'busy' ? (
              <View className='similar__confirm' data-testid='join-confirm'>
                <Text className='similar__lead'>加入后您会收到这件事的办理进度，网格员会知道又有一位居民遇到了；其他居民看不到您的姓名和电话。</Text>
                <Button type='primary' loading={s === 'busy'} onClick={() => void join(item.id)}>
                  确认加入
                </Button>
                <Button onClick={() => step(item.id, null)}>取消</Button>
              </View>
            ) : (
              <Button type='secondary' onClick={() => step(item.id, 'confirm')}>
                我也遇到了
              </Button>
            )}
          </View>
        )
      })}
      {error && <Notice type='error'>{error}</Notice>}
    </Section>
  )
}
