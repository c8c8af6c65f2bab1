-- Entity registry (marsad.entities.registry): every entity seen in stored documents, the aliases
-- new entities (not in the knowledge base) are merged by across documents, and mention counts.
-- Written so that applying it twice is harmless (the registry also applies it to a bare database).
CREATE TABLE IF NOT EXISTS entity (
    id TEXT PRIMARY KEY,  -- knowledge-base id, institution id or the id a new entity got first
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    known INTEGER NOT NULL  -- 1: in the knowledge base or an institution; 0: a new entity
);

-- aliases of new entities, in the linker's key form; the first entity to claim one keeps it
CREATE TABLE IF NOT EXISTS entity_alias (
    alias TEXT NOT NULL,
    kind TEXT NOT NULL,  -- name | surname (the last word of a person's full name)
    entity TEXT NOT NULL REFERENCES entity(id),
    PRIMARY KEY (alias, kind)
);

CREATE TABLE IF NOT EXISTS entity_document (
    entity TEXT NOT NULL REFERENCES entity(id),
    document TEXT NOT NULL,  -- the stored document id
    mentions INTEGER NOT NULL,
    PRIMARY KEY (entity, document)
);
CREATE INDEX IF NOT EXISTS entity_document_document ON entity_document(document);
