import '@testing-library/jest-dom'

// Each test file starts with empty storage (Taro H5 storage is localStorage).
beforeEach(() => {
  window.localStorage.clear()
  window.sessionStorage.clear()
})
