-- Core store: documents with their JSON, queryable articles and paragraphs, and rejects.
-- Offsets are Python string indices into the document's "text" (see documents.body).
CREATE TABLE documents (
    id           TEXT PRIMARY KEY,
    source       TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,   -- SHA-256 of the UTF-8 text: the idempotence key
    published    TEXT,
    outlet       TEXT,
    url          TEXT,
    title        TEXT,
    original_id  TEXT,                   -- the input id, when the document was stored under a derived one
    stored_at    TEXT NOT NULL,
    body         BLOB NOT NULL           -- marsad.model.to_json(doc, tokens=True): UTF-8 JSON, zlib-compressed
);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_outlet ON documents (outlet);

CREATE TABLE articles (
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    article     INTEGER NOT NULL,
    headline    TEXT,
    char_start  INTEGER NOT NULL,
    char_end    INTEGER NOT NULL,
    PRIMARY KEY (document_id, article)
);

CREATE TABLE paragraphs (
    document_id        TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    article            INTEGER NOT NULL,
    paragraph          INTEGER NOT NULL,
    char_start         INTEGER NOT NULL,
    char_end           INTEGER NOT NULL,
    text               TEXT NOT NULL,
    dup_document       TEXT,             -- set with dup_article/dup_paragraph when this is a copy
    dup_article        INTEGER,
    dup_paragraph      INTEGER,
    PRIMARY KEY (document_id, article, paragraph)
);

CREATE TABLE rejects (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    source      TEXT NOT NULL,
    line        INTEGER,
    kind        TEXT NOT NULL,
    reason      TEXT NOT NULL,
    raw         BLOB,
    raw_size    INTEGER,
    rejected_at TEXT NOT NULL
);
-- a rerun over the same inputs records each rejection once
CREATE UNIQUE INDEX rejects_once ON rejects (source, coalesce(line, -1), kind, reason);
