/** The reading routes' surface for other features: the "Voeg toe aan leesroute" button, its host and the reader's section buttons; recognising a pack file and handing it to the routes view. */
export { AddToRouteButton, AddToRouteHost, AddToRouteMark, type RouteStepTarget } from './AddToRouteMenu.js';
export { useRoutesInReader } from './useRoutesInReader.js';
export { looksLikeRoutePack, offerRoutePack, type OfferedPack } from './offeredPack.js';
