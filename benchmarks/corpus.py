"""Raw (text, publication day) pairs from a JSON Lines corpus, .gz or not, for the benchmarks that
measure analysis stages without the readers' cost. The day comes from `published`, else the
crawler's `date_extracted`."""
from __future__ import annotations

import gzip
import json
from pathlib import Path


def texts_and_days(corpus: Path, limit: int) -> list[tuple[str, str | None]]:
    """Up to `limit` records that have a text; blank lines are skipped."""
    opener = gzip.open if corpus.suffix == ".gz" else open
    out: list[tuple[str, str | None]] = []
    with opener(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            record = json.loads(line)
            if record.get("text"):
                published = record.get("published") or record.get("date_extracted")
                out.append((record["text"], published[:10] if published else None))
                if len(out) >= limit:
                    break
    return out
