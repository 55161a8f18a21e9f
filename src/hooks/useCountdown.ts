import { useEffect, useState } from 'react'

/** Whole seconds left until `until` (a ms timestamp), ticking each second; 0 when passed or null. */
export function useCountdown(until: number | null): number {
  const left = () => (until ? Math.max(0, Math.ceil((until - Date.now()) / 1000)) : 0)
  const [seconds, setSeconds] = useState(left)
  useEffect(() => {
    setSeconds(left())
    if (!until) return
    const timer = setInterval(() => {
      const s = left()
      setSeconds(s)
      if (s <= 0) clearInterval(timer)
    }, 1000)
    return () => clearInterval(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [until])
  return seconds
}

/** 'N 秒' under a minute, else 'N 分钟' (rounded up). */
export function formatWait(seconds: number): string {
  return seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`
}
