// The page's overview feed, started as `main.ts`'s first import, before the
// app's components are built: the first overview's answer is then usually
// there for their first frame, and the cards are drawn in it rather than in a
// second one (BENCHMARKS.md).
import { api, onOverview } from './api';
import { OverviewFeed } from './overview-feed';

performance.mark('overview-asked');
export const overviewFeed = new OverviewFeed({ listen: onOverview, ask: api.overview });
overviewFeed.first.then(
  () => performance.mark('overview-answered'),
  () => {},
);
