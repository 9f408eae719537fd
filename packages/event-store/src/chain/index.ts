export { jcs } from './canonical';
export {
  GENESIS,
  chainHash,
  contentDigest,
  contentDigestHex,
  eventHash,
  eventHashHex,
  type ChainedFields,
} from './hash';
export { type BreakKind, type BrokenLink } from './diagnose';
export {
  verifyAll,
  verifyStream,
  type LogVerification,
  type StreamVerification,
  type VerifyAllOptions,
  type VerifyOptions,
} from './verify';
