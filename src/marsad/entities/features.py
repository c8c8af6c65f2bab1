"""CRF features of a tokenised sentence: word and clitic-stripped forms, affixes, shape,
gazetteer and demonym membership (from the knowledge base), title/trigger words and word
clusters learned from unlabelled text. Word-level features are cached per surface form, so
tagging stays fast."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .words import candidates, is_arabic, norm

DATA = Path(__file__).parent / "data"
MAX_ALIAS = 5

# words that announce a person, an organisation or a place (normalised)
TRIGGERS = {
    "PER": "الرييس رييس الملك الامير الشيخ السيد السيده الدكتور وزير الوزير وزيره نايب الناطق الناطقه "
           "المتحدث المتحدثه السفير المبعوث الجنرال العقيد اللواء العميد المستشار النايب زعيم الزعيم "
           "اللاعب المدرب الفنان الكاتب الشاعر الاستاذ البابا القس الامام المرشد السلطان الاميره المدير "
           "مدير قايد القايد رييسه السيناتور المستشاره الكابتن",
    "ORG": "وزاره الوزاره حزب الحزب حركه منظمه المنظمه شركه الشركه وكاله مجلس جامعه الجامعه اتحاد "
           "الاتحاد جمعيه هييه الهييه مؤسسه موسسه بنك البنك صحيفه صحيفة قناه نادي النادي جبهه تنظيم "
           "جماعه لجنه اللجنه محكمه المحكمه مصرف صندوق ميليشيا فصايل فصيل قوات",
    "LOC": "مدينه المدينه محافظه المحافظه ولايه الولايه منطقه المنطقه بلده البلده قريه القريه عاصمه "
           "العاصمه اقليم الاقليم مطار ميناء نهر بحر جزيره جبل شارع حي مخيم قاعده منتجع دوله",
}
TRIGGER = {w: kind for kind, words in TRIGGERS.items() for w in words.split()}


def shape(token: str) -> str:
    if token.isdigit():
        return "D"
    if is_arabic(token):
        return "A" if token.isalpha() else "Ax"
    if token.isascii() and token.isalpha():
        return "LU" if token.isupper() else "L"
    if len(token) == 1 and not token.isalnum():
        return "P" + token if token in "()«»\"“”:،,.-" else "P"
    return "X"


STYLED = 6  # bias, word, core, shape and two prefixes get a copy per annotation style
STYLES = ("news", "fane")


class Featurizer:
    def __init__(self, gazetteer: dict[str, str], demonyms: set[str], clusters: dict[str, str],
                 given_names: set[str] = frozenset()):
        self.gazetteer = gazetteer  # normalised alias -> type
        self.prefixes = {" ".join(k.split(" ")[:n]) for k in gazetteer for n in range(1, k.count(" ") + 1)}
        self.demonyms = demonyms
        self.given_names = given_names
        self.clusters = clusters  # normalised word -> bit-string path
        self.word = lru_cache(maxsize=300_000)(self._word)

    @classmethod
    def load(cls, data: Path = DATA) -> "Featurizer":
        from .kb import load_gazetteer

        gazetteer, demonyms = load_gazetteer(data)
        clusters: dict[str, str] = {}
        path = data / "clusters.tsv"
        if path.exists():
            for line in path.read_text("utf-8").splitlines():
                word, _, bits = line.partition("\t")
                clusters[word] = bits
        names = data / "given_names.txt"
        given = set(names.read_text("utf-8").split()) if names.exists() else set()
        return cls(gazetteer, demonyms, clusters, given)

    def _word(self, token: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(features of the token itself, the short set used from neighbouring positions)."""
        n = norm(token)
        forms = candidates(n)
        c = forms[-1]
        own = ["w=" + n, "c=" + c, "sh=" + shape(token), "p2=" + n[:2], "p3=" + n[:3],
               "s1=" + n[-1:], "s2=" + n[-2:], "s3=" + n[-3:], "cs2=" + c[-2:], "cs3=" + c[-3:],
               "l=" + str(min(len(c), 8))]
        near = ["w=" + n, "c=" + c]
        if token.startswith("#"):
            own.append("hash")
        if any(f.startswith("ال") for f in forms):
            own.append("al")
        trig = next((TRIGGER[f] for f in forms if f in TRIGGER), None)
        if trig:
            own.append("tr=" + trig)
            near.append("tr=" + trig)
        if any(f in self.given_names for f in forms[:2]):
            own.append("fn")
            near.append("fn")
        if any(f in self.demonyms for f in forms):
            own.append("dem")
            near.append("dem")
        for f in forms:
            bits = self.clusters.get(f)
            if bits:
                own += ["k4=" + bits[:4], "k8=" + bits[:8], "k12=" + bits[:12], "k=" + bits]
                near += ["k6=" + bits[:6], "k=" + bits]
                break
        else:
            own.append("k=none")
        return tuple(own), tuple(near)

    def gazetteer_tags(self, normed: list[str]) -> list[str | None]:
        """B-/I- gazetteer type per token by longest alias match (the first word may carry clitics)."""
        tags: list[str | None] = [None] * len(normed)
        i = 0
        while i < len(normed):
            best, kind = 0, None
            for first in candidates(normed[i]):
                phrase, size = first, 1
                while True:  # extend while some alias still starts this way
                    found = self.gazetteer.get(phrase)
                    if found and size > best:
                        best, kind = size, found
                    if phrase not in self.prefixes or i + size >= len(normed) or size >= MAX_ALIAS:
                        break
                    phrase = f"{phrase} {normed[i + size]}"
                    size += 1
            if best:
                tags[i] = "B" + kind
                for j in range(i + 1, i + best):
                    tags[j] = "I" + kind
            i += best or 1
        return tags

    def sentence(self, tokens: list[str], style: str = "news") -> list[list[str]]:
        """Features per token. `style` names the annotation guidelines to follow: the own-word
        features are also emitted with it as a prefix, so the model learns what the corpora
        agree on once and where their guidelines differ (currencies and religions are MISC and
        ORG in ANERcorp news, O in FANE) per style."""
        words = [self.word(t) for t in tokens]
        gaz = self.gazetteer_tags([norm(t) for t in tokens])
        n = len(tokens)
        out = []
        for i in range(n):
            feats = ["b"] + list(words[i][0])
            if gaz[i]:
                feats.append("gz=" + gaz[i])
            for off in (-2, -1, 1, 2):
                j = i + off
                if 0 <= j < n:
                    feats += [f"{off}{f}" for f in words[j][1]]
                    if gaz[j]:
                        feats.append(f"{off}gz={gaz[j]}")
                else:
                    feats.append(f"{off}edge")
            if i > 0:
                feats.append(f"bi={words[i - 1][0][0]}|{words[i][0][0]}")
            if i + 1 < n:
                feats.append(f"bi+={words[i][0][0]}|{words[i + 1][0][0]}")
            feats += [f"{style}:{f}" for f in feats[:STYLED]]
            out.append(feats)
        return out
