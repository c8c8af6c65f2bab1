"""The shipped CRF tagger: tokens in, IOB2 tags over PER/ORG/LOC/MISC out."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .features import Featurizer

MODEL = Path(__file__).parent / "data" / "ner.crfsuite.gz"


class Tagger:
    def __init__(self, model: Path = MODEL):
        import gzip

        import pycrfsuite

        model = Path(model)
        if not model.exists():
            raise FileNotFoundError(f"NER model {model} is missing: run `marsad train ner`")
        self.crf = pycrfsuite.Tagger()
        if model.suffix == ".gz":  # shipped compressed; the tagger reads it from memory
            self._model_bytes = gzip.decompress(model.read_bytes())  # must outlive the tagger
            self.crf.open_inmemory(self._model_bytes)
        else:
            self.crf.open(str(model))
        self.featurizer = Featurizer.load(model.parent)

    def tag(self, tokens: list[str], style: str = "news") -> list[str]:
        """IOB2 tags following the ANERcorp news guidelines (or FANE's, with style="fane")."""
        if not tokens:
            return []
        return self.crf.tag(self.featurizer.sentence(tokens, style))

    def tag_with_confidence(self, tokens: list[str], style: str = "news") -> tuple[list[str], list[float]]:
        """Tags and, for each token, the marginal probability of its tag."""
        if not tokens:
            return [], []
        tags = self.crf.tag(self.featurizer.sentence(tokens, style))
        return tags, [self.crf.marginal(t, i) if t != "O" else 1.0 for i, t in enumerate(tags)]

    def tag_document(self, sentences: list[list[str]], style: str = "news") -> list[list[str]]:
        """Tags of each sentence of one document, with the second pass that tags a confident
        name again where the document repeats it (consistency.py)."""
        from .consistency import propagate
        from .link import ambiguous_words

        first = [(tokens, *self.tag_with_confidence(tokens, style)) for tokens in sentences]
        return propagate(first, ambiguous_words())


@lru_cache(maxsize=2)
def load(model: Path = MODEL) -> Tagger:
    return Tagger(model)
