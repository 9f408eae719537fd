export { anchorMigrations } from './migration';
export { type StreamHead, leafHash, merkleRoot, sortHeads } from './merkle';
export { parsePublicKey, parseSigningKey, publicKeyBase64, signBytes, verifyBytes } from './signing';
export { type Anchor, type AnchorStatement, createAnchor, latestAnchor, streamHeads } from './anchor';
export {
  type AnchorProblem,
  type AnchorProblemKind,
  type AnchorVerification,
  checkAnchor,
  verifyAnchor,
} from './verify-anchor';
