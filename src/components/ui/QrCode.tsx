import { useMemo } from 'react'
import { Image, View } from '@tarojs/components'
import qrcode from 'qrcode-generator'
import { photoAlt } from './a11y'
import './QrCode.scss'

export interface QrCodeProps {
  /** ASCII text to encode (a voucher token); other characters would be written as Latin-1 */
  value: string
  /** what the code is, for screen readers ('预约凭证二维码') */
  label: string
}

/**
 * A QR code as a GIF data URL: qrcode-generator draws it in plain JS, so the same <Image> works
 * on H5 and weapp with no canvas. Error correction M: a phone screen photographed at a counter
 * survives a smudge; scale is left to CSS (pixelated) so it stays sharp at any size.
 */
export function QrCode({ value, label }: QrCodeProps) {
  const src = useMemo(() => qrDataUrl(value), [value])
  return (
    <View className='ui-qr' data-testid='qr-code'>
      {/* square into a square: scaleToFill fills it exactly (H5's aspectFit leaves the GIF small, off centre) */}
      <Image className='ui-qr__img' src={src} mode='scaleToFill' {...photoAlt(label)} />
    </View>
  )
}

/** The GIF data URL of `value`'s QR code (4 px a module, 4 modules of quiet zone). */
export function qrDataUrl(value: string): string {
  const qr = qrcode(0, 'M')
  qr.addData(value)
  qr.make()
  return qr.createDataURL(4, 16)
}
