export default definePageConfig({ navigationBarTitleText: '帮代办工作台' })
