export default definePageConfig({ navigationBarTitleText: '工单办理' })
