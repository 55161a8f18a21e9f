import { Picker, Text, View } from '@tarojs/components'
import { cx } from '@/components/ui/cx'
import './form.scss'

interface DateTimeProps {
  /** what the pair is ('开始', '调解'): screen readers hear '开始日期', '开始时间' */
  label: string
  date: string
  time: string
  onDate: (date: string) => void
  onTime: (time: string) => void
  /** 'YYYY-MM-DD': no earlier day may be picked */
  minDate?: string
}

/**
 * A date and a time side by side ('YYYY-MM-DD', 'HH:mm', as typed: China time is the caller's to
 * apply). weapp: WeChat's own pickers. H5: the browser's date and time inputs, which phones show
 * as their native wheels, so elder mode needs no pop-up of ours.
 */
export function DateTimeField({ label, date, time, onDate, onTime, minDate }: DateTimeProps) {
  return (
    <View className='ui-dt'>
      <DateField label={`${label}日期`} value={date} onChange={onDate} minDate={minDate} />
      {process.env.TARO_ENV !== 'h5' ? (
        <Picker className='ui-dt__part' mode='time' value={time || '09:00'} onChange={(e) => onTime(String(e.detail.value))}>
          <View className={cx('ui-dt__face', !time && 'ui-dt__face--empty')}>
            <Text>{time || `选择${label}时间`}</Text>
          </View>
        </Picker>
      ) : (
        <input className='ui-dt__native' type='time' aria-label={`${label}时间`} value={time} onChange={(e) => onTime(e.currentTarget.value)} />
      )}
    </View>
  )
}

/** A date alone (a due date): the same native pickers. `label` names it for screen readers. */
export function DateField({ label, value, onChange, minDate }: { label: string; value: string; onChange: (date: string) => void; minDate?: string }) {
  if (process.env.TARO_ENV !== 'h5') {
    return (
      <Picker className='ui-dt__part' mode='date' value={value || minDate || ''} start={minDate} onChange={(e) => onChange(String(e.detail.value))}>
        <View className={cx('ui-dt__face', !value && 'ui-dt__face--empty')}>
          <Text>{value || `选择${label}`}</Text>
        </View>
      </Picker>
    )
  }
  return <input className='ui-dt__native' type='date' aria-label={label} value={value} min={minDate} onChange={(e) => onChange(e.currentTarget.value)} />
}
