"""Pairing quotation marks as news text really uses them.

« » are unambiguous. “ ” „ and the straight " are read by their neighbours: a mark glued to the
word after it opens, one glued to the word before it closes (so a stray ” written as an opening
mark, as in لـ”سبوتنيك”, still opens). Marks with spaces on both sides alternate. Marks inside an
open quotation nest (“… “PYD” …”). A quotation left open at the end of a paragraph runs on into the
next one when that paragraph closes it before opening anything; otherwise it ends with its paragraph.
"""
from __future__ import annotations

from dataclasses import dataclass

OPEN_ONLY = {"«": "g", "‹": "g"}
CLOSE_ONLY = {"»": "g", "›": "g"}
CURLY = {"“": "c", "”": "c", "„": "c", "‟": "c", '"': "s", "″": "s"}
MARKS = set(OPEN_ONLY) | set(CLOSE_ONLY) | set(CURLY)
GLUE_BEFORE = set(" \t\n(-–—[:،,؛;ـ/") | {"\u00a0"}  # what may stand right before an opening mark
GLUE_AFTER = set(" \t\n).,،:؛;!?؟-–—]…") | {"\u00a0"}


@dataclass
class Pair:
    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark; None when the quotation is left open
    end: int  # end of the quoted text (the closing mark's offset, or where an open one stops)
    depth: int  # 0 for an outermost quotation

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.end


def _role(text: str, i: int) -> str:
    """open | close | both, from the characters around the mark at i."""
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    can_open = (prev in GLUE_BEFORE or prev in MARKS or prev == "ل") and nxt not in " \t\n" \
        and nxt not in ".,،:؛;!?؟)]…"
    can_close = prev not in " \t\n" and (nxt in GLUE_AFTER or nxt in MARKS)
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    if prev not in " \t\n" and nxt not in " \t\n":  # glued on both sides, as in لـ”سبوتنيك”
        return "open" if prev in GLUE_BEFORE or not prev.isalnum() and prev not in MARKS else "close"
    return "both"


def _next_paragraph_closes(text: str, pos: int, family: str) -> bool:
    """Whether the paragraph after pos closes a quotation of this family before it opens one."""
    nl = text.find("\n", pos)
    while nl != -1 and nl + 1 < len(text) and text[nl + 1:].split("\n", 1)[0].strip() == "":
        nl = text.find("\n", nl + 1)
    if nl == -1:
        return False
    line_end = text.find("\n", nl + 1)
    line_end = len(text) if line_end == -1 else line_end
    for i in range(nl + 1, line_end):
        ch = text[i]
        if ch in MARKS and _family(ch) == family:
            role = _fixed_role(ch) or _role(text, i)
            return role == "close"
    return False


def _family(ch: str) -> str:
    return OPEN_ONLY.get(ch) or CLOSE_ONLY.get(ch) or CURLY[ch]


def _fixed_role(ch: str) -> str | None:
    return "open" if ch in OPEN_ONLY else "close" if ch in CLOSE_ONLY else None


def _spaced_lines(text: str) -> set[int]:
    """Offsets of line starts whose straight marks stand apart from the words (Wikinews style:
    `قال : " الرسالة ... " بالإشارة`); in such lines straight marks simply alternate."""
    out = set()
    pos = 0
    for line in text.split("\n"):
        idx = [i for i, ch in enumerate(line) if ch == '"']
        if idx:
            loose = sum(1 for i in idx if (i == 0 or line[i - 1] in " \t") or (i + 1 == len(line) or line[i + 1] in " \t"))
            if loose * 2 >= len(idx) and sum(1 for i in idx if (i == 0 or line[i - 1] in " \t")
                                              and (i + 1 == len(line) or line[i + 1] in " \t")) > 0:
                out.add(pos)
        pos += len(line) + 1
    return out


def pair_marks(text: str) -> list[Pair]:
    spaced = _spaced_lines(text)
    line_start = 0
    pairs: list[Pair] = []
    stack: list[tuple[int, str]] = []  # (offset, family)
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            line_start = i + 1
        if ch == "\n" and stack:
            if not _next_paragraph_closes(text, i, stack[0][1]):
                end = i
                while end > stack[0][0] + 1 and text[end - 1] in " \t":
                    end -= 1
                for depth, (o, _) in enumerate(stack):
                    pairs.append(Pair(o, None, end, depth))
                stack.clear()
        elif ch in MARKS:
            fam = _family(ch)
            role = _fixed_role(ch) or ("both" if ch == '"' and line_start in spaced else _role(text, i))
            open_same = [k for k, (_, f) in enumerate(stack) if f == fam]
            if ch in OPEN_ONLY and open_same and _role(text, i) in ("close", "both"):
                role = "close"  # «المدينة« typed with the same mark twice
            elif ch in CLOSE_ONLY and not open_same and _role(text, i) == "open":
                role = "open"  # »…« with the marks swapped
            if role == "both":
                role = "close" if open_same else "open"
            if ch in ("“", "„") and role == "close" and not open_same:
                role = "open"
            if ch == "”" and role == "open" and open_same and _role(text, i) == "both":
                role = "close"
            if role == "close" and open_same:
                k = open_same[-1]
                for depth in range(len(stack) - 1, k, -1):  # inner marks left open: drop them
                    stack.pop()
                o, _ = stack.pop()
                pairs.append(Pair(o, i, i, k))
            elif role == "open":
                stack.append((i, fam))
        i += 1
    for depth, (o, _) in enumerate(stack):
        end = n
        while end > o + 1 and text[end - 1] in " \t\n":
            end -= 1
        pairs.append(Pair(o, None, end, depth))
    pairs.sort(key=lambda p: p.open)
    return _merge_split(text, pairs)


def _merge_split(text: str, pairs: list[Pair]) -> list[Pair]:
    """Rejoin a quotation that alternation split around a quoted name inside it:
    " أعرف جان كوم - مؤسس " واتس آب " - منذ فترة ... " reads as one quotation."""
    out: list[Pair] = []
    for p in pairs:
        if out and p.depth == 0 and out[-1].depth == 0 and out[-1].close is not None:
            a = out[-1]
            gap = text[a.close + 1:p.open]
            body = text[p.open + 1:p.end].lstrip()
            if body[:1] in "-–—،,)" and len(gap.split()) <= 3 and "\n" not in gap:
                out[-1] = Pair(a.open, p.close, p.end, 0)
                continue
        out.append(p)
    return out
