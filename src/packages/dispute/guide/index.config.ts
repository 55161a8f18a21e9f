export default definePageConfig({ navigationBarTitleText: '纠纷指南' })
