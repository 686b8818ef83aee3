/** The SDK's embedded, sourced data set as one feed: what an empty database starts with. */
import {FEED_FORMAT, FEED_VERSION, type Feed} from '@usht/sdk';
import {embeddedSource} from '@usht/sdk/embedded';

export async function embeddedFeed(): Promise<Feed> {
  const source = embeddedSource();
  const [sources, counties, municipalities, centres, priorityAreas, activities, programmes, grantSchemes, attribution] = await Promise.all([
    source.sources(), source.counties(), source.municipalities(), source.centres(), source.priorityAreas(),
    source.activities(), source.programmes(), source.grantSchemes(), source.attribution(),
  ]);
  return {
    format: FEED_FORMAT, version: FEED_VERSION, attribution: [...attribution],
    sources: [...sources.items], counties: [...counties.items], municipalities: [...municipalities.items],
    centres: [...centres.items], priorityAreas: [...priorityAreas.items], activities: [...activities.items],
    programmes: [...programmes.items], grantSchemes: [...grantSchemes.items],
  };
}
