import { View, Text } from '@tarojs/components'
import { AtButton } from 'taro-ui'

export default function Index() {
  return (
    <View>
      <Text>邻里帮</Text>
      <AtButton type='primary'>开始</AtButton>
    </View>
  )
}
