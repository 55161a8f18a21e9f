/** `role` is not in Taro's typed props; H5 forwards it to the element, weapp ignores it. */
export function role(name: string): Record<string, string> {
  return { role: name }
}

/** An image's text alternative: the `alt` of H5's inner <img> (through nativeProps), aria-label on weapp. */
export function photoAlt(text: string): Record<string, unknown> {
  return process.env.TARO_ENV === 'h5' ? { nativeProps: { alt: text } } : { ariaLabel: text }
}

type KeyEventLike = { key?: string; preventDefault?: () => void; stopPropagation?: () => void }

/**
 * What makes a tappable View a control for keyboards and screen readers on H5: a role, a place
 * in the tab order, and Enter / Space doing what a tap does. weapp has no keyboard: nothing.
 */
export function pressable(
  onPress: (() => void) | undefined,
  as: 'button' | 'link' | 'radio' | 'switch' | 'combobox' | 'option' = 'button',
): Record<string, unknown> {
  if (!onPress || process.env.TARO_ENV !== 'h5') return {}
  return {
    role: as,
    tabIndex: 0,
    onKeyDown: (e: KeyEventLike) => {
      // a link opens on Enter only, as a browser's does; the others on Enter and Space
      if (e.key === 'Enter' || (as !== 'link' && e.key === ' ')) {
        // Space would scroll the page; an enclosing control must not act as well
        e.preventDefault?.()
        e.stopPropagation?.()
        onPress()
      }
    },
  }
}
