-- Stories: one row per clustering decision (an article joins a story) and one per story.
-- `unit` is the article's signature (marsad.stories.units.ArticleUnit as JSON): its terms,
-- entities, sentences, quotes and times with offsets into documents.json's "text".
CREATE TABLE story_articles (
    document_id TEXT NOT NULL,
    article     INTEGER NOT NULL,
    story_id    TEXT NOT NULL,
    seq         INTEGER NOT NULL,        -- order of the decisions, for replaying them
    score       REAL NOT NULL,           -- similarity that decided it (1 for a copy, best seen for a new story)
    reason      TEXT NOT NULL,           -- similar | copy | new
    published   TEXT,
    decided_at  TEXT NOT NULL,
    unit        TEXT NOT NULL,
    PRIMARY KEY (document_id, article)
);
CREATE INDEX story_articles_story ON story_articles (story_id);
CREATE INDEX story_articles_seq ON story_articles (seq);

CREATE TABLE stories (
    id         TEXT PRIMARY KEY,
    headline   TEXT,
    size       INTEGER NOT NULL,
    first_published TEXT,
    last_published  TEXT,
    updated_at TEXT NOT NULL
);
CREATE INDEX stories_last ON stories (last_published);
