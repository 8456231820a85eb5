/** The reading routes' surface for other features: the "Voeg toe aan leesroute" button, its host, and the reader's section buttons. */
export { AddToRouteButton, AddToRouteHost, AddToRouteMark, type RouteStepTarget } from './AddToRouteMenu.js';
export { useRoutesInReader } from './useRoutesInReader.js';
