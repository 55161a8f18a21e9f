import { Picker, Text, View } from '@tarojs/components'
import { cx } from '@/components/ui/cx'
import './mediator.scss'

interface Props {
  /** what the pair is ('调解'): screen readers hear '调解日期', '调解时间' */
  label: string
  date: string
  time: string
  onDate: (date: string) => void
  onTime: (time: string) => void
  minDate?: string
}

/**
 * A date and a time: WeChat's own pickers on weapp, the browser's date and time inputs on H5
 * (phones show their native wheels; no pop-up of ours in elder mode). The same kind as the
 * organiser's field of 志愿积分, kept here while that one lives in its own feature.
 */
export function DateTimeInputs({ label, date, time, onDate, onTime, minDate }: Props) {
  if (process.env.TARO_ENV !== 'h5') {
    return (
      <View className='dm-dt'>
        <Picker mode='date' value={date || minDate || ''} start={minDate} onChange={(e) => onDate(String(e.detail.value))}>
          <View className={cx('dm-dt__face', !date && 'dm-dt__face--empty')}>
            <Text>{date || `选择${label}日期`}</Text>
          </View>
        </Picker>
        <Picker mode='time' value={time || '09:00'} onChange={(e) => onTime(String(e.detail.value))}>
          <View className={cx('dm-dt__face', !time && 'dm-dt__face--empty')}>
            <Text>{time || `选择${label}时间`}</Text>
          </View>
        </Picker>
      </View>
    )
  }
  return (
    <View className='dm-dt'>
      <input className='dm-dt__native' type='date' aria-label={`${label}日期`} value={date} min={minDate} onChange={(e) => onDate(e.currentTarget.value)} />
      <input className='dm-dt__native' type='time' aria-label={`${label}时间`} value={time} onChange={(e) => onTime(e.currentTarget.value)} />
    </View>
  )
}

/** A date alone (a due date): the same native pickers as above. */
export function DateInput({ label, value, onChange, minDate }: { label: string; value: string; onChange: (date: string) => void; minDate?: string }) {
  if (process.env.TARO_ENV !== 'h5') {
    return (
      <Picker mode='date' value={value || minDate || ''} start={minDate} onChange={(e) => onChange(String(e.detail.value))}>
        <View className={cx('dm-dt__face', !value && 'dm-dt__face--empty')}>
          <Text>{value || `选择${label}`}</Text>
        </View>
      </Picker>
    )
  }
  return <input className='dm-dt__native' type='date' aria-label={label} value={value} min={minDate} onChange={(e) => onChange(e.currentTarget.value)} />
}
