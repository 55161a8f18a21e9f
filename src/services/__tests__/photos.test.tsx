// An <img> of a private photo carries a photo key, never the session token; after 重置演示数据
// (which renews the keys the server signs with) the page asks for a new key instead of showing
// photos that answer 401.
import { render, screen, waitFor } from '@testing-library/react'
import { withMockServer } from '../../../test/utils/mock'
import { signInAs } from '../../../test/utils/client'
import { getMockControl } from '../mock'
import { usePhotoSrc } from '../photos'

const { server } = withMockServer()

function Shown({ photo }: { photo: string }) {
  const src = usePhotoSrc()
  return <span data-testid='src'>{src ? src(photo) : ''}</span>
}

const srcNow = () => screen.getByTestId('src').textContent || ''
const keyIn = (src: string) => new URL(src, 'http://localhost').searchParams.get('key') || ''
const load = async (photo: string, key: string) => {
  const r = await server.handle({ method: 'GET', path: `/photos/${photo}`, query: { key }, headers: {}, body: undefined })
  return 'status' in r ? r.status : 0
}

test('a private photo gets a keyed address that opens it; after a demo reset a new key, not a dead one', async () => {
  const session = await signInAs('demo-resident')
  const photo = server.db.reports.find((r) => r.reporterId === 'demo-resident' && r.photos.length)!.photos[0]
  render(<Shown photo={photo} />)
  await waitFor(() => expect(srcNow()).toContain('?key='))
  expect(srcNow()).not.toContain(session.token)
  const first = keyIn(srcNow())
  expect(await load(photo, first)).toBe(200)

  await getMockControl()!.reset()
  expect(await load(photo, first)).toBe(401)
  await waitFor(() => expect(keyIn(srcNow())).not.toBe(first))
  await waitFor(() => expect(srcNow()).toContain('?key='))
  expect(await load(photo, keyIn(srcNow()))).toBe(200)
})
