"""The training data and the reproducible training command (`marsad train ner`).

Training side: ANERcorp train part, WikiFANE and NewsFANE (coarse-mapped, clitics re-joined).
Held out, by document blocks, never trained on: every 10th block of 100 sentences of ANERcorp
and of WikiFANE, and every NewsFANE sentence whose text lies in a held-out ANERcorp block
(NewsFANE is the ANERcorp text re-annotated).
"""
from __future__ import annotations

import time
from functools import lru_cache
from pathlib import Path

from .corpus import Sentence, block_split, read_conll, read_fane, write_conll
from .words import norm

ROOT = Path(__file__).resolve().parents[3]
NER_DATA = ROOT / "data" / "ner"
ANERCORP = NER_DATA / "anercorp-camel-train" / "ANERcorp_CamelSplit_train.txt"
WIKIFANE = NER_DATA / "wikifane-gold" / "WikiFANE_Gold_2014_500K.txt"
NEWSFANE = NER_DATA / "newsfane-gold" / "NewsFANE_Gold_2014_170K.train-side.txt"
MODEL_DIR = Path(__file__).parent / "data"


def _grams(sentence: Sentence, n: int = 15) -> set[str]:
    text = "".join(norm(t) for t, _ in sentence)
    return {text[i:i + n] for i in range(0, max(len(text) - n + 1, 0), 5)}


@lru_cache(maxsize=1)
def corpora() -> dict[str, list[Sentence]]:
    """The training parts by corpus ("anercorp", "newsfane", "wikifane") and the held-out parts
    ("heldout-anercorp", "heldout-wikifane")."""
    for path in (ANERCORP, WIKIFANE, NEWSFANE):
        if not path.exists():
            raise FileNotFoundError(f"training corpus {path} is missing (run from a clone of the repository)")
    aner_train, aner_held = block_split(read_conll(ANERCORP))
    wiki_train, wiki_held = block_split(read_fane(WIKIFANE))
    held_grams = set().union(*(_grams(s) for s in aner_held))
    news_train = []
    for s in read_fane(NEWSFANE):
        grams = _grams(s)
        if not grams or len(grams & held_grams) < 0.2 * len(grams):
            news_train.append(s)
    return {"anercorp": aner_train, "newsfane": news_train, "wikifane": wiki_train,
            "heldout-anercorp": aner_held, "heldout-wikifane": wiki_held}


# annotation guidelines each corpus follows (see Featurizer.sentence)
STYLE = {"anercorp": "news", "newsfane": "fane", "wikifane": "fane"}


def training_sentences() -> tuple[list[Sentence], dict[str, list[Sentence]]]:
    """(training sentences, {corpus name: held-out sentences})."""
    parts = corpora()
    train = parts["anercorp"] + parts["newsfane"] + parts["wikifane"]
    return train, {"anercorp": parts["heldout-anercorp"], "wikifane": parts["heldout-wikifane"]}


def write_heldout(out_dir: Path) -> list[Path]:
    """Write the held-out parts as CoNLL files (for `marsad eval ner`)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, sentences in training_sentences()[1].items():
        path = out_dir / f"heldout-{name}.conll"
        write_conll(sentences, path)
        paths.append(path)
    return paths


def train(model_path: Path | None = None, iterations: int = 120, c1: float = 0.05, c2: float = 0.01,
          log=print, sentences: list[tuple[Sentence, str]] | None = None) -> Path:
    """Train the CRF tagger on the training side and write the model file."""
    import pycrfsuite

    from .features import Featurizer

    model_path = model_path or MODEL_DIR / "ner.crfsuite.gz"
    parts = corpora()
    styled = sentences or [(s, STYLE[name]) for name in STYLE for s in parts[name]]
    featurizer = Featurizer.load()
    trainer = pycrfsuite.Trainer(verbose=False)
    started = time.time()
    for sentence, style in styled:
        tokens = [t for t, _ in sentence]
        trainer.append(featurizer.sentence(tokens, style), [g for _, g in sentence])
    log(f"{len(styled)} sentences, {sum(len(s) for s, _ in styled)} tokens featurised "
        f"in {time.time() - started:.0f} s")
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                        "feature.possible_transitions": True})
    tmp = model_path.with_suffix(".tmp")
    trainer.train(str(tmp))
    if model_path.suffix == ".gz":  # ship it compressed (a third of the size)
        import gzip

        with open(tmp, "rb") as raw, gzip.open(model_path, "wb", compresslevel=9) as out:
            out.write(raw.read())
        tmp.unlink()
    else:
        tmp.replace(model_path)
    log(f"model written to {model_path} ({model_path.stat().st_size // 1024} KiB) "
        f"in {time.time() - started:.0f} s")
    return model_path


def write_ambiguous(path: Path | None = None, min_count: int = 3, share: float = 0.5) -> int:
    """Words that are mostly not part of a name in the training text (الحياة, العربية, فتح).

    The linker does not accept a one-word knowledge-base alias that is one of them unless the
    tagger also saw a name there.
    """
    from collections import Counter

    from .words import candidates

    total: Counter[str] = Counter()
    plain: Counter[str] = Counter()
    for sentence in training_sentences()[0]:
        for token, tag in sentence:
            for form in candidates(norm(token)):
                total[form] += 1
                plain[form] += tag == "O"
    words = sorted(w for w, n in total.items() if n >= min_count and plain[w] >= share * n)
    path = path or MODEL_DIR / "ambiguous.txt"
    path.write_text("\n".join(words) + "\n", encoding="utf-8")
    return len(words)
