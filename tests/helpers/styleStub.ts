// What a stylesheet import resolves to under jest (jest.config.js moduleNameMapper): nothing.
const noStyles = {}
export default noStyles
