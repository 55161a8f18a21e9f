import { Notice } from '@/components/ui/Notice'

/** What a person who is not a partner merchant sees instead of the shop's data. */
export function NotMerchant() {
  return (
    <Notice type='info' title='这是合伙商企的工作台'>
      商家在这里核销志愿者出示的兑换码、管理可兑换的商品。居民和志愿者查看积分、兑换商品，请到首页 → 志愿积分。
    </Notice>
  )
}
