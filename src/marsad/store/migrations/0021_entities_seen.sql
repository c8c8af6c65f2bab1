-- Documents the entity registry has recorded, with or without entities (so `marsad entities`
-- catches up only on documents it has never seen).
CREATE TABLE IF NOT EXISTS entity_seen (
    document TEXT PRIMARY KEY
);
INSERT INTO entity_seen SELECT DISTINCT document FROM entity_document
    WHERE document NOT IN (SELECT document FROM entity_seen);
