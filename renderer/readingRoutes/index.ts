/** The reading routes' surface for other features: recognising a pack file and handing it to the routes view. */
export { looksLikeRoutePack, offerRoutePack, type OfferedPack } from './offeredPack.js';
