"""Build the stem lexicon the clitic splitter checks its splits against.

The source is the WikiFANE and NewsFANE gold corpora (Alotaibi & Lee 2014, CC BY-SA 3.0), whose
text is segmented in the ATB style: conjunctions, prepositions and pronoun suffixes stand apart
from their stems, while names and the definite article stay whole. Counting their tokens gives,
for any written form, how often it occurs as a free-standing stem — which is what tells
`و+قال` (split: قال is common, وقال never occurs) from `بوتين` (whole: وتين never occurs).

    python -m marsad.text.build_stems WIKIFANE.txt NEWSFANE.txt -o src/marsad/text/data/stems.tsv
"""
from __future__ import annotations

import argparse
import re
from collections import Counter

from .clitics import lexicon_form

ARABIC_WORD = re.compile(r"^[\u0621-\u064A]+$")
HEADER = ("# Stem counts from WikiFANE Gold and NewsFANE Gold (train side), Alotaibi & Lee (COLING 2014).\n"
          "# Licence: CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/); derived by\n"
          "# `python -m marsad.text.build_stems`. Columns: form (alef-folded, undiacritised), count.\n")


def count(paths: list[str]) -> Counter:
    counts: Counter = Counter()
    for path in paths:
        with open(path, encoding="utf-8-sig") as fh:
            for line in fh:
                token = lexicon_form(line.split("\t", 1)[0].strip())
                if ARABIC_WORD.match(token):
                    counts[token] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="+", help="FANE gold files (token<TAB>tag lines)")
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--min-count", type=int, default=2)
    args = parser.parse_args()
    try:
        counts = count(args.corpus)
    except (OSError, UnicodeDecodeError) as exc:
        raise SystemExit(f"cannot read the corpus {getattr(exc, 'filename', '') or ''}: {exc.__class__.__name__}.")
    with open(args.output, "w", encoding="utf-8") as out:
        out.write(HEADER)
        for form, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            if n >= args.min_count:
                out.write(f"{form}\t{n}\n")


if __name__ == "__main__":
    main()
