// The voucher's QR round trip: what QrCode draws, the H5 decoder reads back.
import qrcode from 'qrcode-generator'
import { decodeQrPixels } from '@/services/device/qr'
import { qrDataUrl } from '@/components/ui/QrCode'

/** RGBA pixels of `text`'s QR code, `px` pixels a module, with a 4-module white border. */
function pixels(text: string, px = 4) {
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  const n = qr.getModuleCount()
  const size = (n + 8) * px
  const data = new Uint8ClampedArray(size * size * 4).fill(255)
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const r = Math.floor(y / px) - 4
      const c = Math.floor(x / px) - 4
      if (r >= 0 && c >= 0 && r < n && c < n && qr.isDark(r, c)) {
        const i = (y * size + x) * 4
        data[i] = data[i + 1] = data[i + 2] = 0
      }
    }
  return { data, size }
}

test('a token drawn as a QR code decodes to the same token', async () => {
  const token = 'BK20261124001.7QK2.v1.a1b2c3d4e5f6'
  const { data, size } = pixels(token)
  expect(await decodeQrPixels(data, size, size)).toBe(token)
})

test('a blank image has no code', async () => {
  const size = 64
  expect(await decodeQrPixels(new Uint8ClampedArray(size * size * 4).fill(255), size, size)).toBeNull()
})

test('QrCode draws a GIF data URL', () => {
  expect(qrDataUrl('BK1')).toMatch(/^data:image\/gif;base64,R0lGOD/)
})
