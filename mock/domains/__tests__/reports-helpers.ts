// The reports domain's tests share this: a server on T0's frozen clock, the demo people signed
// in, and the loop's steps as requests.
import { handleInput, reportInput } from '../../../test/utils/bodies'
import { client, newServer, type Json } from '../../server/__tests__/helpers'

export async function reportsSetup() {
  const { server, clock } = newServer()
  const c = client(server)
  const resident = await c.login('demo-resident')
  const neighbour = await c.login('demo-resident-2')
  const worker = await c.login('demo-grid-worker')
  const otherWorker = await c.login('demo-grid-worker-2')
  const organiser = await c.login('demo-organiser')
  const create = async (over = {}) => {
    const r = await c.post('/reports', reportInput(over), resident)
    expect(r.status).toBe(201)
    return r.body as Json
  }
  const act = (id: string, action: string, body: unknown, token: string) => c.post(`/reports/${id}/${action}`, body, token)
  /** 办结 by the grid worker, then 审核 passed by the community worker: the ticket is replied */
  const handleAndPass = async (id: string, body: unknown = handleInput()) => {
    expect((await act(id, 'handle', body, worker)).body.status).toBe('reviewing')
    const passed = await act(id, 'review', { action: 'pass' }, organiser)
    expect(passed.body.status).toBe('replied')
    return passed
  }
  return { server, clock, c, resident, neighbour, worker, otherWorker, organiser, create, act, handleAndPass }
}
