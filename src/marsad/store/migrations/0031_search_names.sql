-- Search: the headline's own span (snippets are cut from the body or the headline, never the text
-- between them), and the names an item's entities are mentioned by (--entity بوتين).
ALTER TABLE search_items ADD COLUMN headline_start INTEGER;
ALTER TABLE search_items ADD COLUMN headline_end INTEGER;

CREATE TABLE search_names (
    name TEXT NOT NULL,                  -- a mention's words in the search form
    item INTEGER NOT NULL,
    PRIMARY KEY (name, item)
);
