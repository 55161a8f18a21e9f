export default defineAppConfig({
  pages: ['pages/index/index', 'pages/tasks/index', 'pages/inbox/index', 'pages/me/index', 'pages/login/index'],
  subPackages: [
    { root: 'packages/report', pages: ['new/index', 'detail/index', 'order/index', 'patrol/index'] },
    { root: 'packages/account', pages: ['address/index'] },
    { root: 'packages/booking', pages: ['index/index', 'service/index', 'new/index', 'detail/index', 'desk/index'] },
    { root: 'packages/dispute', pages: ['index/index', 'guide/index', 'new/index', 'detail/index', 'invitation/index', 'desk/index', 'case/index'] },
    { root: 'packages/points', pages: ['index/index', 'activity/index', 'publish/index', 'attendance/index', 'ledger/index', 'certificate/index', 'shop/index', 'redemption/index'] },
    { root: 'packages/merchant', pages: ['index/index', 'verify/index'] },
    { root: 'packages/community', pages: ['dashboard/index', 'map/index'] },
    // weapp with the mocked backend: its code, loaded at launch with require.async (services/mock.ts)
    ...(process.env.TARO_ENV === 'weapp' && process.env.LINLI_MOCK !== '0' ? [{ root: 'packages/mock', pages: [] as string[] }] : []),
  ],
  // 随手拍 is one tap away from 首页 and 办事: fetch its package early.
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['packages/report'] },
    'pages/tasks/index': { network: 'all', packages: ['packages/report'] },
  },
  window: {
    backgroundTextStyle: 'light',
    backgroundColor: '#f4f5f7',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '邻里帮',
    navigationBarTextStyle: 'black',
  },
  tabBar: {
    // weapp draws its own (src/custom-tab-bar): WeChat's native labels stay ~10 px in 长辈版.
    // WeChat still needs the list below. Taro's H5 draws no tab bar at all when custom is on.
    custom: process.env.TARO_ENV === 'weapp',
    color: '#51565d',
    selectedColor: '#1560c0',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-on.png' },
      { pagePath: 'pages/tasks/index', text: '办事', iconPath: 'assets/tab/tasks.png', selectedIconPath: 'assets/tab/tasks-on.png' },
      { pagePath: 'pages/inbox/index', text: '消息', iconPath: 'assets/tab/inbox.png', selectedIconPath: 'assets/tab/inbox-on.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tab/me.png', selectedIconPath: 'assets/tab/me-on.png' },
    ],
  },
  // WeChat privacy: APIs that touch personal data wait for the user's consent (services/device).
  __usePrivacyCheck__: true,
  requiredPrivateInfos: ['chooseLocation', 'getLocation'],
  permission: { 'scope.userLocation': { desc: '用于找到问题所在的网格，只在您点“用当前位置”时使用' } },
  lazyCodeLoading: 'requiredComponents',
})
