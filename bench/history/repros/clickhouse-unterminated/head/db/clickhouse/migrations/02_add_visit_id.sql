CREATE TABLE umami.website_event_new
(
    website_id UUID,
    session_id UUID,
    visit_id UUID,
    url_path String,
    created_at DateTime('UTC')
)
ENGINE = MergeTree
ORDER BY (website_id, session_id, created_at);

INSERT INTO umami.website_event_new
SELECT we.website_id,
    we.session_id,
    j.visit_id,
    we.url_path,
    we.created_at
FROM umami.website_event we
JOIN umami.website_event_join j
    ON we.session_id = j.session_id

RENAME TABLE umami.website_event TO umami.website_event_old;
RENAME TABLE umami.website_event_new TO umami.website_event;
