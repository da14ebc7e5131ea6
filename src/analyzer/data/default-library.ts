// The analyzer's fallback library is the product's default phrase library (pure data).
export { DEFAULT_LIBRARY } from '../../library/default-library';
