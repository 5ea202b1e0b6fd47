// What a stylesheet import resolves to under jest (jest.config.js moduleNameMapper): nothing.
export default {}
