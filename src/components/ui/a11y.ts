/** `role` is not in Taro's typed props; H5 forwards it to the element, weapp ignores it. */
export function role(name: string): Record<string, string> {
  return { role: name }
}
