export default definePageConfig({ navigationBarTitleText: '办理事项' })
