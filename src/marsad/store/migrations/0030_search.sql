-- Search (marsad.search): one item per article, its words analysed at store time.
-- search_fts is contentless: it keeps only the index; snippets are cut from documents.body.
CREATE TABLE search_items (
    id          INTEGER PRIMARY KEY,     -- the item's rowid in search_fts
    document_id TEXT NOT NULL,
    article     INTEGER NOT NULL,
    char_start  INTEGER NOT NULL,        -- the indexed region (headline and paragraphs) in the text
    char_end    INTEGER NOT NULL,
    title       TEXT,
    published   TEXT,
    outlet      TEXT,                    -- search form, for filtering
    length      INTEGER NOT NULL,        -- words indexed
    UNIQUE (document_id, article)
);
CREATE INDEX search_items_published ON search_items (published);
CREATE INDEX search_items_outlet ON search_items (outlet);

-- entities mentioned in an item, by id and by name (search form)
CREATE TABLE search_entities (
    entity TEXT NOT NULL,
    name   TEXT NOT NULL,
    item   INTEGER NOT NULL,
    PRIMARY KEY (entity, item)
);  -- not WITHOUT ROWID: SQLite 3.40's integrity_check misreads such a table with a second index
CREATE INDEX search_entities_name ON search_entities (name);

-- words: surface forms; stems: stems; both pre-normalised by marsad.search.analyse and joined by
-- spaces, so the ascii tokenizer splits exactly at our word boundaries (unicode61 splits at marks)
CREATE VIRTUAL TABLE search_fts USING fts5(words, stems, content='', tokenize='ascii');
