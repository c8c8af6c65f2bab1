"""The decision: whether a candidate is an event, and of which PLOVER type.

Rules over the features of `features.candidates`; a trained classifier can replace `decide` with
the same signature (features in, type or None out)."""
from __future__ import annotations

from .clause import VERBAL_TYPES


def decide(features: dict, lexicon_type: str) -> str | None:
    if features.get("negated") or features.get("denied"):
        return None  # "لم يتهم", "نفى ... رفض": no accusation, no refusal took place
    if lexicon_type != "THREATEN" and (features.get("conditional") or features.get("hypothetical")):
        return None  # "إذا هاجمت", "قد يستهدف": not done (a threat is about the future by nature)
    if not features.get("has_actor") or not features.get("has_target"):
        return None  # PLOVER codes who did what to whom: both ends are needed
    if features.get("in_quote") and not features.get("first_person"):
        return None  # inside a quotation the verb's subject is the speaker's, not the writer's, claim
    if features.get("actor_document") and lexicon_type not in VERBAL_TYPES:
        return None  # a statement or a report accuses or demands; it does not attack or meet
    if lexicon_type == "ASSAULT" and features.get("noun") and features.get("actor_person"):
        return "ACCUSE"  # "شنت الناطقة هجوماً عنيفاً على واشنطن": a person's attack is in words
    return lexicon_type
