CREATE TABLE umami.website_event
(
    website_id UUID,
    session_id UUID,
    url_path String,
    created_at DateTime('UTC')
)
ENGINE = MergeTree
ORDER BY (website_id, session_id, created_at);
