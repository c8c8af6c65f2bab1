"""A readable text rendering of a story view (the JSON form is the view itself)."""
from __future__ import annotations


def _source(item: dict) -> str:
    where = item.get("outlet") or item["document"]
    span = f" {item['start']}-{item['end']}" if item.get("start") is not None else ""
    return f"[{where}: {item['document']}#{item['article']}{span}]"


def story_text(view: dict) -> str:
    lines = [f"story {view['id']} · {view['size']} articles"
             + (f" · {view['first']} – {view['last']}" if view.get("first") else "")]
    if view.get("headline"):
        lines += ["", view["headline"]["text"]]
    lines += ["", "summary:"]
    lines += [f"  {s['text']} {_source(s)}" for s in view["summary"]]
    lines += ["", "timeline:"]
    for entry in view["timeline"]:
        mark = "article" if entry["kind"] == "article" else "event  "
        lines.append(f"  {entry['date'] or 'undated':10} {mark} {entry['text']} {_source(entry)}")
    if view["entities"]:
        lines += ["", "entities: " + "، ".join(f"{e['name']} ({e['type']}, {e['articles']})"
                                               for e in view["entities"])]
    if view["quotes"]:
        lines += ["", "quotes:"]
        lines += [f"  {q.get('speaker') or '?'}: {q['text']} {_source(q)}" for q in view["quotes"]]
    if view["outlets"]:
        lines += ["", "outlets: " + ", ".join(f"{o['outlet']} ({o['articles']})" for o in view["outlets"])]
    return "\n".join(lines)
