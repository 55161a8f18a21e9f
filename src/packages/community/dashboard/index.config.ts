export default definePageConfig({ navigationBarTitleText: '社区数据看板' })
