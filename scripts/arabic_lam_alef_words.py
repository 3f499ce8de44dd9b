#!/usr/bin/env python3
"""Writes the Arabic words with a lam-alef that the copied-text reader looks up
(src/input/plain/copied/arabic_words.rs), from the official UN Arabic of the General
Assembly's 78th session.

Source: UNxml/GAresolutions (DGACM, "unofficial copies ... prepared from the official
electronic files"; the user must acknowledge the United Nations as the source), snapshot HEAD
42a69b67bb92d23969fc45bba151320b82eb8e52, `78session/Arabic/*.xml`, as copied to
/work/shared/data/outside/unga-78session/Arabic (see SOURCES.md there): every resolution of the
session in AKN4UN XML.

A/RES/78/132 (`A_RES_78_132-*`) is left out: it is the ICT for sustainable development
resolution, the series of A/RES/74/197 and A/RES/80/118 that the tests read back, so that the
list does not answer a test from the text under test.

Each file's tags are stripped, then tashkeel (U+064B-U+0652, U+0670) and tatweel (U+0640);
words are runs of Arabic letters (U+0621-U+064A). Written:
- data/arabic-lam-alef-words.txt: every word with a lam before an alef (ا أ إ آ), sorted by
  code point, one a line;
- data/arabic-lam-alef-collisions.txt: `seen<TAB>read`, where `seen` is a word of the session
  that the reader, taking it for a word whose lam-alefs were taken apart alef first (as
  `pdftotext` gives LibreOffice's Arabic), would put back as `read`, a word of the list:
  `الثالثة` "the third" and `الثلاثة` "the three", `بالغ` and `لاغ` after `ب`. A text in that
  hand cannot say which is meant, so the reader leaves `seen` as it is and says so. [`reads`]
  below is the reader's rule (`src/input/plain/copied/arabic_words.rs`): keep the two alike.

Regenerate (Python 3, standard library only; the output is the same on every run):

    python3 scripts/arabic_lam_alef_words.py /work/shared/data/outside/unga-78session/Arabic data
"""

import itertools
import pathlib
import re
import sys

LEFT_OUT = "A_RES_78_132-"
ALEFS = "اأإآ"
TAGS = re.compile(r"<[^>]*>")
MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")
WORDS = re.compile("[\u0621-\u064a]+")


def words_of(folder):
    words = set()
    for path in sorted(pathlib.Path(folder).glob("*.xml")):
        if path.name.startswith(LEFT_OUT):
            continue
        text = MARKS.sub("", TAGS.sub(" ", path.read_text(encoding="utf-8")))
        words.update(WORDS.findall(text))
    return words


def lam_alefs(word):
    """The places of the lams that stand before an alef in `word`."""
    return [i for i in range(len(word) - 1) if word[i] == "ل" and word[i + 1] in ALEFS]


PREFIXES = ["", "و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل"]
PRONOUNS = ["ه", "ها", "هم", "هما", "هن", "كم", "نا"]


def stems(read):
    """`read` after the letters it may open with: none, one prefix letter, or a conjunction
    before a preposition; at least two letters (the reader's `stems`)."""
    return [
        read[len(p) :] for p in PREFIXES if read.startswith(p) and len(read) - len(p) >= 2
    ]


def other_endings(stem):
    """The reader's `other_endings`: a pronoun taken off (a taa before it as a taa marbuta),
    or, on a word with none, the feminine's `ة` or the plural's `ات`."""
    out = []
    for p in PRONOUNS:
        if stem.endswith(p) and len(stem) - len(p) >= 3:
            bare = stem[: -len(p)]
            out.append(bare)
            if bare.endswith("ت"):
                out.append(bare[:-1] + "ة")
    if stem.endswith("ة"):
        out.append(stem[:-1] + "ات")
    elif not stem.endswith("ات"):
        out += [stem + "ة", stem + "ات"]
    return out


def reads(word, listed):
    """What the reader makes of `word` read as taken apart: each alef before a lam, after a
    letter of the word other than an alef or a lam, or opening a word of three letters or more,
    is a place a ligature may have been taken apart; every choice of such places, put back, that
    is a word of `listed` after the letters it may open with ([`stems`]); where none is, every
    one that is with another ending ([`other_endings`])."""
    places = [
        i
        for i in range(0, len(word) - 1)
        if word[i] in ALEFS
        and word[i + 1] == "ل"
        and ((i == 0 and len(word) >= 3) or (i > 0 and word[i - 1] not in ALEFS + "ل"))
    ]
    whole, other = set(), set()
    for n in range(1, len(places) + 1):
        for chosen in itertools.combinations(places, n):
            chars = list(word)
            for i in chosen:
                chars[i], chars[i + 1] = chars[i + 1], chars[i]
            read = "".join(chars)
            if any(s in listed for s in stems(read)):
                whole.add(read)
            elif any(f in listed for s in stems(read) for f in other_endings(s)):
                other.add(read)
    return whole or other


def main(folder, out):
    words = words_of(folder)
    listed = sorted(w for w in words if lam_alefs(w))
    known = set(listed)
    collisions = {(seen, read) for seen in words for read in reads(seen, known)}
    out = pathlib.Path(out)
    (out / "arabic-lam-alef-words.txt").write_text(
        "".join(w + "\n" for w in listed), encoding="utf-8"
    )
    (out / "arabic-lam-alef-collisions.txt").write_text(
        "".join(f"{s}\t{r}\n" for s, r in sorted(collisions)), encoding="utf-8"
    )
    print(f"{len(listed)} words, {len(collisions)} collisions", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
