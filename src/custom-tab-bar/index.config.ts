// WeChat loads custom-tab-bar/ as a custom component: its json must say so.
export default { component: true }
