"""Amounts of money and counted things ("hơn 22 tỷ USD", "10 triệu liều vaccine").

`AID` and `MEASURE` records carry quantities, scored on unit, qualifier and a
value within 0.5%, so the number has to be read the Vietnamese way: "." groups
thousands, "," is the decimal mark, and scale words multiply ("2 nghìn tỷ" =
2e12). A "." followed by exactly three digits is a thousands separator, any
other "." a decimal point ("3.5 triệu" = 3 500 000). No number-parsing library
knows Vietnamese scale words and this notation together (babel parses "1.000"
but not "1,3 triệu"), and the grammar is small, so it is done here.

Only a number followed by a unit listed in `lexicon/data/units.tsv` is a
quantity: that one rule keeps out dates, percentages, ordinals, years, phone
numbers and "3 nhóm biện pháp". Number words and scale words are in
`numbers.toml`, qualifier words in `qualifiers.tsv`. A currency amount in
brackets or after "tương đương" right behind another currency amount is its
conversion and is not emitted ("5 tỷ đồng (khoảng 217.000 USD)" is one
quantity, the first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from hoptac.lexicon import read_toml, read_tsv
from hoptac.model import Document, Quantity, Sentence
from hoptac.text.anchors import blind_safe, lowers_safely, requires_digit, word_finder
from hoptac.text.normalise import fold

_DIGIT = re.compile(r"\d")
_DIGITS = r"\d{1,3}(?:\.\d{3})+(?!\d)(?:,\d+)?|\d+(?:[.,]\d+)?"
_SYMBOLIC = re.compile(r"^(?:[A-Z]{2,4}\$?|[A-Z]{1,2} ?\$|[$€£¥])$")


@dataclass(frozen=True)
class _Unit:
    unit: str
    kind: str  # currency | count | block
    takes_item: bool


@dataclass(frozen=True)
class _Named:
    """numbers.toml [named_before], compiled: the pattern (`_named_before`), the words no head may follow and no link
    may follow (folded, lower-cased, spaces single: checked in `_named_counts`, whatever spaces the text has), and the
    heads' last words (a sentence holding none has no such count)."""

    pattern: re.Pattern[str]
    not_after: tuple[str, ...]
    link_not_after: tuple[str, ...]
    head_words: tuple[str, ...]


@dataclass(frozen=True)
class _Lex:
    main: re.Pattern[str]
    prefix: re.Pattern[str]
    units: dict[str, _Unit]
    scales: dict[str, Decimal]
    words: dict[str, Decimal]
    quals: dict[str, str]
    approx_qualifier: str
    item_stop: frozenset[str]
    item_max: int
    conv_cues: tuple[str, ...]
    conv_window: int
    prefix_needs_digit: bool = False  # every `prefix` match ("USD 2 triệu") holds a digit (text.anchors)
    # The first words of the units, lower-cased, found by one pass of an automaton (text.anchors): every
    # match of either pattern holds a unit, so a sentence whose lowered text holds none of these has no
    # amount. Half the cue sentences hold none, and the main pattern's scan of one cost as much as its
    # scan of any (the pattern is case-blind: no branch can skip on its first letter). None: no gate
    # (a word that case-blind matching could find otherwise than lowered, `blind_safe`).
    unit_finder: Any = None
    # Likewise the first words of the number words and the approximate words ("hai", "vài"): a match of
    # the main pattern holds a digit or one of them, and most cue sentences without a digit hold none.
    number_finder: Any = None
    # The first words of the currency codes and signs `prefix` opens on ("usd", "$", "us"), lower-cased, by one
    # pass of an automaton (as `unit_finder`): every `prefix` match holds one, as written in some case. Most
    # sentences with a digit hold none, and `prefix` is case-blind with no fixed first character, so its scan
    # tried every position: as long as the main pattern's scan. None: no gate (see `_unit_finder`).
    currency_finder: Any = None
    # A number right after one of numbers.toml [dates] before is a day, a month or a year ("năm 2020 tàu sân bay",
    # "Hôm 13-6 trực thăng"), not a count of the unit after it. None: no such words.
    date_before: re.Pattern[str] | None = None
    # A count named before its bare number (numbers.toml [named_before]): "Tổng số người ...: 39.191". None: no words.
    named: _Named | None = None


def _alt(phrases: list[str]) -> str:
    """A regex alternation, longest first, spaces matching any whitespace."""
    uniq = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in uniq)


def _key(phrase: str) -> str:
    return re.sub(r"\s+", " ", fold(phrase).strip())


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    """Compile units.tsv, numbers.toml and qualifiers.tsv into two patterns."""
    units: dict[str, _Unit] = {}
    for row in read_tsv("units.tsv"):
        if row.get("phrase") and row.get("kind"):
            units[_key(row["phrase"])] = _Unit(row.get("unit", ""), row["kind"], row.get("item") == "after")
    nums: dict[str, Any] = read_toml("numbers.toml")
    scales = {_key(k): Decimal(str(v)) for k, v in nums.get("scales", {}).items()}
    words = {_key(k): Decimal(str(v)) for k, v in nums.get("words", {}).items()}
    quals_before: dict[str, str] = {}
    quals_after: dict[str, str] = {}
    for row in read_tsv("qualifiers.tsv"):
        if row.get("phrase"):
            (quals_after if row.get("position") == "after" else quals_before)[_key(row["phrase"])] = row["qualifier"]
    approx = nums.get("approximate", {})
    classifiers = [_key(w) for w in nums.get("classifiers", {}).get("words", [])]
    item = nums.get("item", {})
    conv = nums.get("conversion", {})
    w = r"(?<![^\W_])"
    e = r"(?![^\W_])"
    scale = rf"(?:{_alt(list(scales))}){e}"
    number = rf"(?:(?<![\w.,/])(?:{_DIGITS})(?![\d/%])|{w}(?:{_alt(list(words))}){e})"
    main = re.compile(
        _first_letter([list(quals_before), [_key(a) for a in approx.get("words", [])], list(words)]) +
        rf"(?:{w}(?P<qual>{_alt(list(quals_before))})\s+)?"
        rf"(?:{w}(?P<approx>{_alt([_key(a) for a in approx.get('words', [])])})\s+(?P<ascale>{scale}(?:\s+{scale})*)"
        rf"|(?:(?P<lo>(?<![\w.,/])(?:{_DIGITS}))\s*-\s*)?(?P<num>{number})(?P<scales>(?:\s*{scale})*)(?P<more>(?:\s+(?:{_DIGITS})\s*{scale}(?:\s+{scale})*)*))"
        rf"\s*(?:{w}(?P<cls>{_alt(classifiers)})\s+)?"
        rf"(?P<unit>{_alt(list(units))})(?:{e}|(?<=[$€£¥]))"
        rf"(?:\s+(?P<qafter>{_alt(list(quals_after))}){e})?",
        re.I,
    )
    symbolic = [k for k, u in units.items() if u.kind == "currency" and _SYMBOLIC.match(k.upper())]
    prefix = re.compile(
        rf"(?:{w}(?P<qual>{_alt(list(quals_before))})\s+)?"
        rf"(?<![^\W_])(?P<unit>{_alt(symbolic)})\s*(?P<num>(?<![\w.,/])(?:{_DIGITS})(?![\d/%]))(?P<scales>(?:\s*{scale})*)",
        re.I,
    )
    return _Lex(
        main, prefix, units, scales, words,
        {**quals_before, **quals_after}, approx.get("qualifier", "over"),
        frozenset(_key(s) for s in item.get("stop", [])), int(item.get("max_words", 5)),
        tuple(_key(c) for c in conv.get("cues", [])), int(conv.get("window", 40)), requires_digit(prefix),
        _unit_finder(list(units)), _unit_finder([*words, *(_key(a) for a in approx.get("words", []))]),
        _unit_finder(symbolic),
        re.compile(rf"{w}(?:{_alt([_key(d) for d in dates])})\s*$", re.I) if (dates := nums.get("dates", {}).get("before")) else None,
        _named(nums.get("named_before", {}), units, classifiers, quals_before, scale),
    )


def _named(conf: dict[str, Any], units: dict[str, _Unit], classifiers: list[str], quals: dict[str, str],
           scale: str) -> _Named | None:
    """`_Lex.named`: [named_before] compiled, or None without heads or links."""
    pattern = _named_before(conf, units, classifiers, quals, scale)
    if pattern is None:
        return None
    def words(key: str) -> tuple[str, ...]:
        return tuple(_key(x).lower() for x in conf.get(key, []))

    return _Named(pattern, words("not_after"), words("link_not_after"),
                  tuple({_key(h).lower().split()[-1] for h in conf.get("heads", []) if h.strip()}))


def _named_before(conf: dict[str, Any], units: dict[str, _Unit], classifiers: list[str], quals: dict[str, str],
                  scale: str) -> re.Pattern[str] | None:
    """`_Named.pattern`: a head ("tổng số"; `_named_counts` sets aside one after a word of `not_after`: "một số
    người" is "some people", "mã số" a code, "của số người" the number's owner), a unit (every phrase of units.tsv,
    longest first, so that a block wins: "hộ chiếu", "tàu hỏa"; `_named_counts` keeps counts only), a short stretch of
    its clause (no comma, no ":", ";", "!", "?" or full stop, no other head, no link, no word of `window_stop`: "số
    hiệu" names another number, "trong khi" another subject, "là 12 người với độ tuổi trung bình là 72" another
    figure), a link (":", "là"; group `link`: not after a word of `link_not_after`, "lần lượt là 120, 80" gives
    several) and a whole number (not cut short at a "." or "," inside it, not a clock's "18:00", no leading zero of a
    code or a phone number) that ends the clause: nothing but a comma, a semicolon, a bracket or the end after it."""
    heads, links = conf.get("heads", []), conf.get("links", [])
    if not heads or not links:
        return None
    w, e = r"(?<![^\W_])", r"(?![^\W_])"

    def word(x: str) -> str:  # a phrase as whole words, spaces matching any run of whitespace (as `_alt` writes them)
        return rf"{w}{re.escape(_key(x)).replace(chr(92) + ' ', chr(92) + 's+')}{e}"

    link = "|".join(re.escape(k) if not k[:1].isalpha() else word(k) for k in links)
    stop = "|".join(word(h) for h in [*heads, *conf.get("window_stop", []), *(k for k in links if k[:1].isalpha())])
    return re.compile(
        rf"{w}(?:{_alt([_key(h) for h in heads])})\s+(?:{w}(?:{_alt(classifiers)})\s+)?"
        rf"(?P<unit>{_alt(list(units))}){e}(?:(?!{stop})[^:;.!?,]){{0,{int(conf.get('window', 100))}}}?"
        rf"(?P<link>{link})\s*(?:{w}(?P<qual>{_alt(list(quals))})\s+)?"
        rf"(?P<num>(?<![\w.,/:])(?!0\d)(?:{_DIGITS})(?![\d/%:]|[.,]\d))(?P<scales>(?:\s*{scale})*)"
        rf"(?=\s*(?:[,;)]|\.(?!\d)|$))",
        re.I,
    )


def _unit_finder(units: list[str]) -> Any:
    """`_Lex.unit_finder`: an automaton of the units' first words (a unit written "\\s+"-apart in the patterns
    holds its first word as written, in some case), None where one could match otherwise than lowered.
    (`_Lex.number_finder` likewise, of the number and approximate words.)"""
    firsts = {u.split(" ")[0] for u in units}
    if not firsts or not all(w and blind_safe(w) for w in firsts):
        return None
    return word_finder(w.lower() for w in firsts)


def _first_letter(lists: list[list[str]]) -> str:
    """A lookahead for the characters a match of the main pattern can start with: a digit or the first
    letter of a qualifier, an approximate word or a number word (every branch opens on one of these).
    Most positions fail on this one test, where each tried the dozens of words of every branch (the
    pattern is case-blind, so no branch could skip on its first letter): a third less time. No
    lookahead ("") when a list or a word is empty (an empty alternative could open a match anywhere)."""
    if not all(lists) or not all(p for words in lists for p in words):
        return ""
    # Behind the lookahead, where a match can start at all: after no letter or digit. Every branch opens
    # so (a word behind `(?<![^\W_])`, a number behind `(?<![\w.,/])`), so matches are the same; said once
    # here, a position inside a word ("thành": its "h") fails at once, not after trying every branch:
    # the pattern's scan of a sentence takes a sixth less time.
    return r"(?<![^\W_])(?=[\d" + "".join(sorted({re.escape(p[0]) for words in lists for p in words})) + "])"


def parse_number(text: str) -> Decimal:
    """A Vietnamese-notation numeral, exactly: "1.113.673" → 1113673, "1,3" → 1.3, "3.5" → 3.5."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        return Decimal(text.replace(".", "").replace(",", "."))
    return Decimal(text.replace(",", "."))


def _scale(text: str | None, lex: _Lex) -> Decimal:
    """The product of the scale words in `text` ("nghìn tỷ" → 1e12)."""
    out = Decimal(1)
    for word in re.findall(r"[^\W\d_]+", _key(text or "")):
        out *= lex.scales.get(word, Decimal(1))
    return out


def _value(m: re.Match[str], lex: _Lex) -> Decimal:
    """The full number of a main-pattern match, "1 tỷ 200 triệu" included; a
    range "12-13 triệu" gives its lower end."""
    if m.group("approx"):
        return _scale(m.group("ascale"), lex)
    num = _key(m.group("lo") or m.group("num"))
    base = lex.words[num] if num in lex.words else parse_number(num)
    value = base * _scale(m.group("scales"), lex)
    last = _scale(m.group("scales"), lex)
    for part in re.finditer(rf"({_DIGITS})\s*([^\d]+)", m.group("more") or ""):
        sc = _scale(part.group(2), lex)
        if sc >= last:
            break
        value += parse_number(part.group(1)) * sc
        last = sc
    return value


def _item(text: str, lex: _Lex) -> str | None:
    """The noun phrase after a count unit, up to a stop word or punctuation."""
    words: list[str] = []
    for tok in text.split()[: lex.item_max + 1]:
        bare = tok.rstrip(",.;:!?)\"'")
        if not bare or bare[0] in "(\"'/" or bare[0].isdigit() or not re.search(r"[^\W\d_]", bare):
            break
        low = bare.lower()
        if low in lex.item_stop or (words and f"{words[-1].lower()} {low}" in lex.item_stop):
            if words and f"{words[-1].lower()} {low}" in lex.item_stop:
                words.pop()
            break
        words.append(bare)
        if bare != tok or len(words) >= lex.item_max:
            break
    return " ".join(words) or None


def _glued(text: str, start: int) -> bool:
    """A number glued to a word by a hyphen: "COVID-19", "SARS-CoV-2"."""
    return start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha()


def _is_conversion(between: str, lex: _Lex) -> bool:
    """Whether the text between two currency amounts marks the second as a conversion."""
    low = _key(between)
    if not any(c in low for c in lex.conv_cues):
        return False
    rest = low
    for c in sorted(set(lex.conv_cues) | set(lex.quals), key=len, reverse=True):
        rest = rest.replace(c, " ")
    return not rest.strip(" ,(~:")


def find_quantities(doc: Document) -> Document:
    """Fill doc.quantities with every amount of a known unit in the body sentences."""
    if not doc.sentences and doc.paragraphs:
        from hoptac.text.sentences import split_sentences

        split_sentences(doc)
    doc.quantities = []
    for s in doc.sentences:
        doc.quantities += sentence_quantities(doc, s)
    doc.scratch.pop(LAZY, None)
    return doc


# doc.scratch key set by the pipeline's mentions stage: amounts are found only in the sentences the
# records stage reads for them (those holding a cue); `find_quantities` finds the rest on demand.
LAZY = "quantities of cue sentences only"


def sentence_quantities(doc: Document, s: Sentence) -> list[Quantity]:
    """The amounts of one sentence, in text order: sentence by sentence, the same as `find_quantities`."""
    lex = _lex()
    out: list[Quantity] = []
    text, ns = doc.normalised(s.start, s.end)
    low = text.lower() if lowers_safely(text) else None
    if lex.unit_finder is not None and low is not None and next(lex.unit_finder.iter(low), None) is None:
        return out  # no unit, so no amount (`_Lex.unit_finder`)
    found: list[tuple[int, int, Quantity]] = []
    # A currency code before its number needs a digit, which two thirds of the cue sentences lack.
    digits = _DIGIT.search(text) is not None
    prefixed = lex.prefix.finditer(text) if (not lex.prefix_needs_digit or digits) and (
        lex.currency_finder is None or low is None or next(lex.currency_finder.iter(low), None) is not None) else ()
    numbered = digits or lex.number_finder is None or low is None or next(lex.number_finder.iter(low), None) is not None
    for m in (list(lex.main.finditer(text)) if numbered else []) + list(prefixed):
        num_start = m.start("lo") if m.re is lex.main and m.group("lo") else m.start("num") if m.group("num") else m.start()
        if m.group("num") and _glued(text, num_start):
            continue
        if lex.date_before is not None and lex.date_before.search(text, max(0, num_start - 12), num_start):
            continue  # a date, not a count ("năm 2020 tàu sân bay")
        unit = lex.units.get(_key(m.group("unit")))
        if unit is None or unit.kind == "block":
            continue
        if text[m.end("unit") : m.end("unit") + 1] == "/":
            continue  # a rate or price per unit ("55 triệu đồng/lượng", "2 tấn/sào"): no amount
        if m.re is lex.main:
            value = _value(m, lex)
            qafter = m.group("qafter")
        else:
            if re.fullmatch(r"(?:19|20)\d\d", m.group("num")) and not m.group("scales").strip():
                continue  # "tỷ giá USD 2017": a year after a currency code
            value = parse_number(_key(m.group("num"))) * _scale(m.group("scales"), lex)
            qafter = None
        qual = m.group("qual") or qafter
        if qual:
            qualifier = lex.quals.get(_key(qual), "exact")
        elif m.re is lex.main and m.group("approx"):
            qualifier = lex.approx_qualifier
        elif m.re is lex.main and m.group("lo"):
            qualifier = "approx"  # a range: its lower end, approximately
        else:
            qualifier = "exact"
        item = _item(text[m.end():], lex) if unit.takes_item and not qafter else None
        q = Quantity(float(value), unit.unit, qualifier, item, sentence=s.index)
        found.append((m.start(), m.end(), q))
    if digits and lex.named is not None and (low is None or any(h in low for h in lex.named.head_words)):
        found += _named_counts(text, s, lex, lex.named)
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    last: tuple[int, int, Quantity] | None = None
    for start, end, q in found:
        if last and start < last[1]:
            continue
        if (
            last
            and q.unit in _currencies(lex)
            and last[2].unit in _currencies(lex)
            and start - last[1] <= lex.conv_window
            and _is_conversion(text[last[1]:start], lex)
        ):
            last = (last[0], end, last[2])  # swallow the conversion, keep the first amount
            continue
        q.start, q.end = doc.to_original(ns + start, ns + end)
        q.text = doc.text[q.start : q.end]
        out.append(q)
        last = (start, end, q)
    return out


def _named_counts(text: str, s: Sentence, lex: _Lex, named: _Named) -> list[tuple[int, int, Quantity]]:
    """The bare numbers whose unit a head names before them ("Tổng số người ...: 39.191"), each spanning its
    number (and qualifier), so that an amount read the usual way over the same words wins."""
    out: list[tuple[int, int, Quantity]] = []
    for m in named.pattern.finditer(text):
        unit = lex.units.get(_key(m.group("unit")))
        if unit is None or unit.kind != "count":
            continue
        if re.fullmatch(r"(?:19|20)\d\d", m.group("num")) and not m.group("scales").strip():
            continue  # a year ("cao kỷ lục là 2019"), no count
        if not m.group("scales").strip() and re.search(r"[.,]", m.group("num")) \
                and not re.fullmatch(r"\d{1,3}(?:\.\d{3})+", m.group("num")):
            continue  # "là 2,000", "là 100.00": a decimal, however it ends, is no count
        if _ends_with(text[:m.start()], named.not_after) or _ends_with(text[:m.start("link")], named.link_not_after):
            continue  # "một số người", "mã số người", "lần lượt là" (any spaces between their words)
        if text.count("(", m.start(), m.start("num")) > text.count(")", m.start(), m.start("num")):
            continue  # the link inside a bracket: a part's count ("(cách ly tập trung: 3.120; tại nhà: 36.071)")
        value = parse_number(_key(m.group("num"))) * _scale(m.group("scales"), lex)
        if value != value.to_integral_value() or value == 0:
            continue  # a rate or an average ("là 0,4"), or none at all, no count of anything
        qualifier = lex.quals.get(_key(m.group("qual")), "exact") if m.group("qual") else "exact"
        start = m.start("qual") if m.group("qual") else m.start("num")
        out.append((start, m.end(), Quantity(float(value), unit.unit, qualifier, None, sentence=s.index)))
    return out


def _ends_with(before: str, words: tuple[str, ...]) -> bool:
    """Whether `before` ends with one of `words` (folded, lower-cased) as whole words, whatever spaces stand between."""
    tail = " ".join(fold(before).lower().split()[-4:])
    return any(tail == x or tail.endswith(" " + x) for x in words)


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    return frozenset(u.unit for u in _lex().units.values() if u.kind == "currency")


def _currencies(lex: _Lex) -> frozenset[str]:
    return _currency_codes()
