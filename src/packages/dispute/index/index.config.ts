export default definePageConfig({ navigationBarTitleText: '解忧小屋' })
