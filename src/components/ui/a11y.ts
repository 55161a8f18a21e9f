/** `role` is not in Taro's typed props; H5 forwards it to the element, weapp ignores it. */
export function role(name: string): Record<string, string> {
  return { role: name }
}

/** An image's text alternative: the `alt` of H5's inner <img> (through nativeProps), aria-label on weapp. */
export function photoAlt(text: string): Record<string, unknown> {
  return process.env.TARO_ENV === 'h5' ? { nativeProps: { alt: text } } : { ariaLabel: text }
}
