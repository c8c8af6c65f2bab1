"""The decision: whether a candidate is an event, and of which PLOVER type.

Rules over the features of `features.candidates`; a trained classifier can replace `decide` with
the same signature (features in, type or None out)."""
from __future__ import annotations


def decide(features: dict, lexicon_type: str) -> str | None:
    if features.get("negated"):
        return None  # "لم يتهم" reports no accusation
    if not features.get("has_actor") or not features.get("has_target"):
        return None  # PLOVER codes who did what to whom: both ends are needed
    if features.get("in_quote") and not features.get("first_person"):
        return None  # inside a quotation the verb's subject is the speaker's, not the writer's, claim
    if lexicon_type == "ASSAULT" and features.get("noun") and features.get("actor_person"):
        return "ACCUSE"  # "شنت الناطقة هجوماً عنيفاً على واشنطن": a person's attack is in words
    return lexicon_type
