"""Building the two things readers yield: raw Documents and Rejected records."""
from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any

from ..config import Config
from ..model import Document, Rejected

DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d", "%d/%m/%Y",
                "%d-%m-%Y", "%d.%m.%Y", "%Y%m%d")
EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def content_id(text: str, utf8: bytes | None = None) -> str:
    """The id of a document that brings none: the first 32 hex digits of the SHA-256 of its text.

    `utf8`, when given, is the text's UTF-8 form already in hand (saves a copy of a large text).
    """
    data = utf8 if utf8 is not None else text.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()[:32]


def iso_published(value: Any) -> str | None:
    """An ISO date (YYYY-MM-DD) or datetime for a publication date in a common form, else None."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:  # a Unix timestamp, in seconds or milliseconds
            seconds = value / 1000 if value > 1e11 else value
            return datetime.fromtimestamp(seconds, tz=timezone.utc).isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    text = value.strip().translate(EASTERN_DIGITS)
    if not text or len(text) > 64:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    for fmt in DATE_FORMATS:
        try:
            parsed = datetime.strptime(text, fmt)
        except ValueError:
            continue
        return parsed.date().isoformat() if "%H" not in fmt else parsed.isoformat()
    try:  # RFC 2822, as in RSS and e-mail headers
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def document(source: str, text: str, config: Config, *, id: str | None = None,
             published: str | None = None, **meta: Any) -> Document:
    """A raw Document; meta entries that are None are left out."""
    meta = {k: v for k, v in meta.items() if v is not None and v != {}}
    if published is None and config.published:
        published = config.published
        meta["published_assumed"] = True  # from the configuration, not the input
    return Document(id=id or content_id(text), source=source, text=text, published=published, meta=meta)


def reject(source: str, kind: str, why: str, config: Config, *, line: int | None = None,
           raw: bytes | None = None, raw_size: int | None = None) -> Rejected:
    """A Rejected record; `why` completes the sentence that starts with the source (and line)."""
    where = source if line is None else f"{source}, line {line},"
    reason = f"{where} {why.rstrip('.')}."
    if raw is not None:
        raw_size = len(raw) if raw_size is None else raw_size
        raw = raw[:config.ingest.keep_rejected_bytes]
    return Rejected(source=source, reason=reason, line=line, kind=kind, raw=raw, raw_size=raw_size)
