-- Near-duplicate index (marsad.dedup). Ids follow arrival order: the lowest id is the first seen.
-- Written so that applying it twice is harmless (DedupIndex also applies it to a bare database).
CREATE TABLE IF NOT EXISTS dedup_document (
    id INTEGER PRIMARY KEY,
    document TEXT NOT NULL UNIQUE,  -- the stored document id
    input_id TEXT,  -- the id the input gave it, when the store had to store it under another
    outlet TEXT,
    published TEXT
);

-- one row per indexed paragraph (paragraph NOT NULL) or article (paragraph NULL)
CREATE TABLE IF NOT EXISTS dedup_item (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES dedup_document(id),
    article INTEGER NOT NULL,
    paragraph INTEGER,
    size INTEGER NOT NULL,  -- distinct word shingles
    exact INTEGER NOT NULL,  -- 64-bit key of the normalised text
    sig BLOB NOT NULL,  -- MinHash, one little-endian uint16 per permutation
    canonical INTEGER,  -- the first-seen copy; NULL when this item is itself canonical
    kind TEXT,  -- exact | near | contained: how it matched its canonical
    score REAL  -- estimated resemblance (or containment) with the matched copy
);
CREATE INDEX IF NOT EXISTS dedup_item_doc ON dedup_item(doc);
CREATE INDEX IF NOT EXISTS dedup_item_canonical ON dedup_item(canonical) WHERE canonical IS NOT NULL;

-- exact keys and LSH band keys
CREATE TABLE IF NOT EXISTS dedup_key (
    key INTEGER NOT NULL,
    item INTEGER NOT NULL,
    PRIMARY KEY (key, item)
) WITHOUT ROWID;

-- an article (item) wholly contained in another document (container), such as a compilation
CREATE TABLE IF NOT EXISTS dedup_containment (
    item INTEGER NOT NULL,
    container INTEGER NOT NULL,
    share REAL NOT NULL,
    PRIMARY KEY (item, container)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS dedup_containment_container ON dedup_containment(container);
