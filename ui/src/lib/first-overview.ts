// The first overview is asked for as soon as the page runs, before the app's
// components are built, so that its answer is usually there for their first
// frame and the cards are drawn in it rather than in a second one.
import { api } from './api';
import type { Overview } from './bindings/Overview';

performance.mark('overview-asked');
export const firstOverview: Promise<Overview> = api.overview();
firstOverview.then(
  () => performance.mark('overview-answered'),
  () => {},
);
