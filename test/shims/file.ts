// Static assets (images) resolve to their file name under jest.
export default 'test-file-stub'
