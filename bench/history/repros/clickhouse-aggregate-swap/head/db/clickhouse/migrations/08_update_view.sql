-- create new hourly table
CREATE TABLE umami.website_event_stats_hourly_new
(
    website_id UUID,
    region LowCardinality(String),
    views SimpleAggregateFunction(sum, UInt64),
    distinct_id String,
    created_at DateTime('UTC')
)
ENGINE = AggregatingMergeTree
ORDER BY (website_id, created_at);

-- create view
CREATE MATERIALIZED VIEW umami.website_event_stats_hourly_mv_new
TO umami.website_event_stats_hourly_new
AS
SELECT website_id, region, count() views, '' distinct_id, toStartOfHour(created_at) created_at
FROM umami.website_event
GROUP BY website_id, region, created_at;

-- rename tables
RENAME TABLE umami.website_event_stats_hourly TO umami.website_event_stats_hourly_old;
RENAME TABLE umami.website_event_stats_hourly_new TO umami.website_event_stats_hourly;

-- drop views
DROP TABLE umami.website_event_stats_hourly_mv;
DROP TABLE umami.website_event_stats_hourly_mv_new;

-- recreate view
CREATE MATERIALIZED VIEW umami.website_event_stats_hourly_mv
TO umami.website_event_stats_hourly
AS
SELECT website_id, region, count() views, '' distinct_id, toStartOfHour(created_at) created_at
FROM umami.website_event
GROUP BY website_id, region, created_at;
