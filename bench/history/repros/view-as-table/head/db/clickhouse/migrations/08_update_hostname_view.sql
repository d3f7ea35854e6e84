-- create new view
CREATE MATERIALIZED VIEW umami.website_event_stats_hourly_mv_new
TO umami.website_event_stats_hourly
AS
SELECT website_id, arrayFilter(x -> x != '', groupArray(hostname)) hostname, toStartOfHour(created_at) created_at
FROM umami.website_event
GROUP BY website_id, created_at;

-- swap the views
RENAME TABLE umami.website_event_stats_hourly_mv TO umami.website_event_stats_hourly_mv_old;
RENAME TABLE umami.website_event_stats_hourly_mv_new TO umami.website_event_stats_hourly_mv;

-- drop the old one
DROP TABLE umami.website_event_stats_hourly_mv_old;

-- recreate it once more
DROP TABLE umami.website_event_stats_hourly_mv;
CREATE MATERIALIZED VIEW umami.website_event_stats_hourly_mv
TO umami.website_event_stats_hourly
AS
SELECT website_id, arrayFilter(x -> x != '', groupArray(hostname)) hostname, toStartOfHour(created_at) created_at
FROM umami.website_event
GROUP BY website_id, created_at;
