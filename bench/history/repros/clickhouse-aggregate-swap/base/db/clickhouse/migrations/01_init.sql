CREATE TABLE umami.website_event
(
    website_id UUID,
    region LowCardinality(String),
    created_at DateTime('UTC')
)
ENGINE = MergeTree
ORDER BY (website_id, created_at);

CREATE TABLE umami.website_event_stats_hourly
(
    website_id UUID,
    region LowCardinality(String),
    views SimpleAggregateFunction(sum, UInt64),
    created_at DateTime('UTC')
)
ENGINE = AggregatingMergeTree
ORDER BY (website_id, created_at);

CREATE MATERIALIZED VIEW umami.website_event_stats_hourly_mv
TO umami.website_event_stats_hourly
AS
SELECT website_id, region, count() views, toStartOfHour(created_at) created_at
FROM umami.website_event
GROUP BY website_id, region, created_at;
