import { Picker, Text, View } from '@tarojs/components'
import { cx } from '@/components/ui/cx'

export interface DateTimeFieldProps {
  /** what the pair is ('开始', '结束'): screen readers hear '开始日期', '开始时间' */
  label: string
  date: string
  time: string
  onDate: (date: string) => void
  onTime: (time: string) => void
  /** the earliest date offered, 'YYYY-MM-DD' */
  minDate?: string
}

/**
 * A date and a time side by side. weapp: WeChat's own date and time pickers. H5: the browser's
 * date and time inputs, which phones show as their native wheels and which need no pop-up of ours
 * (nor a library) in elder mode.
 */
export function DateTimeField({ label, date, time, onDate, onTime, minDate }: DateTimeFieldProps) {
  if (process.env.TARO_ENV !== 'h5') {
    return (
      <View className='points-dt'>
        <Picker className='points-dt__part' mode='date' value={date || minDate || ''} start={minDate} onChange={(e) => onDate(String(e.detail.value))}>
          <View className={cx('points-dt__face', !date && 'points-dt__face--empty')}>
            <Text>{date || `选择${label}日期`}</Text>
          </View>
        </Picker>
        <Picker className='points-dt__part' mode='time' value={time || '09:00'} onChange={(e) => onTime(String(e.detail.value))}>
          <View className={cx('points-dt__face', !time && 'points-dt__face--empty')}>
            <Text>{time || `选择${label}时间`}</Text>
          </View>
        </Picker>
      </View>
    )
  }
  return (
    <View className='points-dt'>
      <input
        className='points-dt__native'
        type='date'
        aria-label={`${label}日期`}
        value={date}
        min={minDate}
        onChange={(e) => onDate(e.currentTarget.value)}
      />
      <input className='points-dt__native' type='time' aria-label={`${label}时间`} value={time} onChange={(e) => onTime(e.currentTarget.value)} />
    </View>
  )
}
