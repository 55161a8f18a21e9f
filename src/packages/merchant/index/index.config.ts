export default definePageConfig({ navigationBarTitleText: '合伙商企' })
