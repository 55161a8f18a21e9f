import { useRouter } from '@tarojs/taro'
import { DISPUTE_TYPE_LABELS, DISPUTE_TYPES, links, type DisputeType } from '@/contract'
import { Button } from '@/components/ui/Button'
import { PageShell } from '@/components/ui/PageShell'
import { GuideView } from '@/features/disputes/components/resident/GuideView'
import { useDisputeGuides } from '@/features/disputes/hooks'
import { navigate } from '@/services/nav'
import { decodeParam } from '@/utils/routes'
import '@/features/disputes/components/disputes.scss'

// One type's guide in plain words, then 申请调解 for that type.
export default function DisputeGuidePage() {
  const { params } = useRouter()
  const raw = decodeParam(params.type)
  const type = (DISPUTE_TYPES as readonly string[]).includes(raw) ? (raw as DisputeType) : undefined
  const guides = useDisputeGuides()
  const g = type ? guides.data?.find((x) => x.type === type) : undefined
  return (
    <PageShell
      title={type ? `${DISPUTE_TYPE_LABELS[type]}怎么办` : '纠纷指南'}
      loading={!guides.data && guides.loading}
      error={guides.data ? null : guides.error}
      onRetry={guides.reload}
      empty={!type || (!!guides.data && !g)}
      emptyText='没有找到这类纠纷的指南'
    >
      {g && (
        <>
          <GuideView g={g} />
          <Button type='primary' block onClick={() => navigate(links.disputeNew({ type: g.type }))}>
            申请调解
          </Button>
        </>
      )}
    </PageShell>
  )
}
