"""``canned.generic``: boilerplate that does not engage with the customer's message.

The rule weighs two things: how much of the reply's body is stock phrasing
(token patterns per language in ``rules/canned/<lang>.yaml``) and how much
addresses the incoming message (shared content words and numbers). A short
specific reply with one polite stock phrase is fine; a reply that is mostly
"thank you for contacting us ... we apologise for any inconvenience ...
don't hesitate to contact us" and shares nothing with the question is not.
"""

from __future__ import annotations

import re
from typing import Iterable

from pydantic import BaseModel, ConfigDict, Field

from ...document import ReplyDoc
from ...langdata import CorePack
from ...models import Category, Severity
from ...patterns import PatternSet, match_regions, match_reply
from ...registry import register
from ...rule import Hit, Rule, RuleMeta, bad, good
from ...structure import body_span
from ...offsets import union_spans
from ...textutil import ASCII_LETTERS, content_words, split_words, stem, whole_word_occurrences
from .placeholder import CannedPack

_NUMBER = re.compile(r"\d{3,}")
_LETTERS = re.compile(r"[^\W\d_]+")


def stock_patterns(doc: ReplyDoc) -> PatternSet | None:
    lang = doc.language or ""

    def build() -> PatternSet | None:
        pack = doc.packs.get("canned", lang) if lang else None
        if not isinstance(pack, CannedPack) or not pack.stock_phrases:
            return None
        core = doc.packs.get("core", lang)
        patterns = PatternSet(lang, core.stopwords if isinstance(core, CorePack) else ())
        patterns.add("stock", pack.stock_phrases)
        return patterns

    return doc.packs.derived(("canned.stock_patterns", lang), build)


def stock_spans(doc: ReplyDoc) -> list[tuple[int, int]]:
    def run() -> list[tuple[int, int]]:
        patterns = stock_patterns(doc)
        return [(s, e) for _, s, e in match_reply(patterns, doc)] if patterns is not None else []

    return doc.memo("canned.stock", run)


class GenericOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    min_stock_share: float = Field(default=0.4, ge=0, le=1,
                                   description="Share of the body's words that is stock phrasing before it counts.")
    max_specific_words: int = Field(default=10, ge=0,
                                    description="A reply with more own content words than this is not generic.")


@register
class Generic(Rule[GenericOptions]):
    Options = GenericOptions
    meta = RuleMeta(
        id="canned.generic",
        category=Category.CANNED,
        severity=Severity.WARNING,
        summary="The reply is boilerplate that does not engage with the customer's message "
                "(stock phrasing, nothing shared with context.incoming).",
        rationale="Customers notice a form letter that ignores their question; it doubles the contacts, because "
                  "they have to ask again.",
        use_instead="Answer the question asked: name the product, the order, the next step.",
        languages=("en", "nl", "ar"),
        reply_level=True,
        examples=(
            bad("Dear customer,\n\nThank you for reaching out to us. We apologize for any inconvenience this may "
                "have caused. Your satisfaction is our top priority. Please do not hesitate to contact us if you "
                "have any further questions.\n\nKind regards,\nCustomer Service",
                context={"incoming": "My SIM says 'PUK locked' after three wrong PINs. What do I do?"}),
            bad("Geachte klant,\n\nHartelijk dank voor uw bericht. Uw vraag is belangrijk voor ons en wordt zo "
                "spoedig mogelijk in behandeling genomen. Onze excuses voor het eventuele ongemak.", "nl",
                context={"incoming": "Ik heb twee keer betaald voor bestelling 20988123."}),
            bad("عزيزي العميل، شكراً لتواصلك معنا. نعتذر عن أي إزعاج. سيتم الرد عليك في أقرب وقت ممكن.", "ar",
                context={"incoming": "وصلني المنتج مكسوراً، كيف أسترجع المبلغ؟"}),
            good("Hi Omar, thanks for reaching out! A PUK-locked SIM needs the 8-digit PUK from your SIM card "
                 "holder; enter it, then choose a new PIN. If you can't find it, reply and I'll look it up.",
                 context={"incoming": "My SIM says 'PUK locked' after three wrong PINs. What do I do?"}),
            good("Thanks for your message! Your order 20988123 was charged twice; I've refunded the second payment.",
                 context={"incoming": "Ik heb twee keer betaald voor bestelling 20988123."}),
        ),
    )

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        text = doc.text
        patterns = stock_patterns(doc)
        if patterns is None:
            return
        # Stock phrases lie inside the sentences match_regions names, so the share of those sentences
        # bounds the share of stock phrasing; it rules out most replies before any matching
        # (benchmarks: 94% of generated English and Dutch replies)
        regions = match_regions(patterns, doc)
        if not regions:
            return
        start, end = body_span(doc)
        if end - start < 40:
            return
        regions = _clipped(regions, start, end)
        if not regions:
            return
        opts = self.options
        body_words = split_words(text[start:end], ASCII_LETTERS, _LETTERS, ordered=False)  # (counted)
        if not body_words:
            return
        size = max(1, sum(map(len, body_words)) + len(body_words))
        incoming = doc.incoming
        # Two ways to be boilerplate. Mostly stock phrasing (min_stock_share of the body); or, in answer
        # to a customer who asked something specific, some stock phrasing and otherwise only service words
        # ("We're always here to help. Is there anything else I can do for you today?"), which no phrase
        # list covers in every wording. The second needs a short body: a long reply says something.
        short = incoming is not None and len(body_words) <= _SHORT_BODY_WORDS
        # (the sentences that may hold stock phrasing, and the company's name, bound its share: most replies stop
        # here)
        needed = _MIN_SERVICE_STOCK_SHARE if short else opts.min_stock_share
        company = sum(e - s for s, e in _company_mentions(doc, start, end))
        bound = sum(e - s for s, e in regions) + company
        mission: list[tuple[int, int]] | None = None
        if bound / size < needed:
            # sentences of service words may make up the rest; looked for only where the stock phrases' sentences
            # are a fair share already (they are 0.05 ms a reply, and most replies have a closing formula alone)
            if bound / size < _MISSION_GATE or _many_own_words(doc, body_words):
                return
            mission = _mission_sentences(doc, start, end)
            if (sum(e - s for s, e in union_spans(regions + mission)) + company) / size < needed:
                return
        stock = _clipped(stock_spans(doc), start, end)
        if not stock:
            return
        if mission is None:
            mission = [] if _many_own_words(doc, body_words) else _mission_sentences(doc, start, end)
        # the company's own name belongs to the boilerplate around it ('Bij De Linde staat woonplezier voorop'):
        # it names no case (and is no own word below either)
        stock = union_spans(stock + mission + _company_mentions(doc, start, end))
        share = sum(e - s for s, e in stock) / size
        if share < (_MIN_SERVICE_STOCK_SHARE if short else opts.min_stock_share):
            return  # mostly the agent's own words (the common case): no need to look at them
        core = doc.pack("core")
        stopwords = frozenset(w.lower() for w in core.stopwords) if isinstance(core, CorePack) else frozenset()
        own_text = _without(text, start, end, stock + _mostly_stock(doc.sentences, stock, start, end, text))
        own = content_words(own_text, doc.language, stopwords) - _addressee_words(doc)
        if share < opts.min_stock_share:
            own -= _service_stems(doc)
            if len(own) > _MAX_SERVICE_SPECIFIC or _answers(doc, own_text, numbers=True):
                return
        elif len(own) > opts.max_specific_words or incoming and _answers(doc, own_text, numbers=False):
            return  # (a number alone does not answer: "we will respond within 2 working days")
        if incoming:
            theirs = content_words(incoming, doc.language, stopwords)
            if doc.customer.name:  # "Hi there, it's Sean": their own name says nothing about what they need
                theirs -= content_words(doc.customer.name, doc.language, stopwords)
            service = _service_stems(doc)
            rest = theirs - service
            # (with the function words: 'شكراً' is one of the Arabic stop words)
            if not theirs or len(rest) < 2 and not content_words(incoming, doc.language, frozenset()).isdisjoint(
                    _thanks_stems(doc) or service):
                # "Hi!", "Thanks, that's all!", "Thanks so much for sorting my refund!" are about nothing in
                # particular: a polite formula answers them ("Dit is discriminatie!" is one word about something:
                # it is not). A subject line of service words alone ('Feedback', 'استفسار') asks something, and a
                # mission statement does not answer it
                return
            shared = own & theirs
            numbers = set(_NUMBER.findall(own_text)) & set(_NUMBER.findall(incoming))
            if shared or numbers:
                return
            why = "shares nothing with the customer's message"
        else:
            if share < 0.6 or len(own) > 4 or _one_sentence(doc, start, end):
                return  # (one sentence of brand voice, with no message to hold it against, is as often a closing line
                # as the whole reply: 'Bij De Vlinder staat het welzijn van ieder kind centraal.')
            why = "says nothing specific"
        first, last = min(s for s, _ in stock), max(e for _, e in stock)
        yield Hit(first, last, f"boilerplate reply: {share:.0%} stock phrasing, and it {why}",
                  confidence=min(1.0, 0.5 + share / 2))


_MISSION_MIN_WORDS = 7  # content words a sentence needs before its share of service words is weighed
_MISSION_SHARE = 0.7  # ... and the share of them that must be service words for it to count as stock phrasing
_MISSION_GATE = 0.15  # the share of the body that the stock phrases' sentences must hold before they are looked for


def _mission_sentences(doc: ReplyDoc, start: int, end: int) -> list[tuple[int, int]]:
    """The body's sentences made of service words ('we are committed to delivering a safe, reliable and sustainable
    railway for everyone'): stock phrasing in a wording no phrase list holds yet. Seven content words or more, at least
    70% of them the pack's service words, and no number (a number is about a case). Weighed only in a reply where a
    stock phrase was found."""
    service = _service_stems(doc)
    if not service:
        return []
    stopwords = doc.packs.word_set("core", doc.language, "stopwords")  # (lower-cased, built once)
    language, text = doc.language, doc.text
    out = []
    for s, e in _clipped(doc.sentences, start, end):
        if e - s < _MISSION_MIN_WORDS * 6:
            continue  # (too short to hold seven content words and what joins them)
        sentence = text[s:e]
        if _DIGIT.search(sentence):
            continue
        words = [w for w in _LETTERS.findall(sentence.lower()) if len(w) >= 3 and w not in stopwords]
        if len(words) < _MISSION_MIN_WORDS:
            continue
        allowed = len(words) - _MISSION_SHARE * len(words)  # words that may be other than service words
        for w in words:  # (a word as written first: the stem only for the rest)
            if w not in service and stem(w, language) not in service:
                allowed -= 1
                if allowed < 0:
                    break
        else:
            out.append((s, e))
    return out


_DIGIT = re.compile(r"\d")
_MISSION_MAX_OWN = 25  # words of a body, other than service and function words, past which it is too specific for them
_MISSION_MAX_BODY = 120  # words of a body past which it has too many of its own (boilerplate ran to 40-90 in the rounds)


def _many_own_words(doc: ReplyDoc, body_words: list[str]) -> bool:
    """Whether the body has too many words of its own for sentences of service words to make it boilerplate (its
    own words must stay under max_specific_words for that): counted as written, without stems, which only counts more
    of them (two sets, no loop: most replies stop here)."""
    # (difference() walks the body's words; -= would walk the thousand service words)
    if len(body_words) > _MISSION_MAX_BODY:
        return True
    own = set(map(str.lower, body_words)).difference(doc.packs.word_set("core", doc.language, "stopwords"))
    own = own.difference(_service_stems(doc))
    return len(own) > _MISSION_MAX_OWN and sum(len(w) >= 3 for w in own) > _MISSION_MAX_OWN


def _one_sentence(doc: ReplyDoc, start: int, end: int) -> bool:
    """Whether the body ``start:end`` holds at most one sentence."""
    text = doc.text
    return sum(1 for s, e in doc.sentences if s < end and start < e and text[max(s, start):min(e, end)].strip()) <= 1


_SHORT_BODY_WORDS = 60  # the service-word test looks at bodies up to this many words
_MIN_SERVICE_STOCK_SHARE = 0.15  # ... that are at least this much stock phrasing
_MAX_SERVICE_SPECIFIC = 1  # ... and have at most this many words that are neither stock nor service words


def _service_stems(doc: ReplyDoc) -> frozenset[str]:
    """The canned pack's service words, lower-cased and with their crude stems, built once."""
    return _pack_stems(doc, "service_words")


def _thanks_stems(doc: ReplyDoc) -> frozenset[str]:
    """The canned pack's thanks words with their crude stems, built once (empty: the pack has none)."""
    return _pack_stems(doc, "thanks_words")


def _pack_stems(doc: ReplyDoc, field: str) -> frozenset[str]:
    lang = doc.language or ""

    def build() -> frozenset[str]:
        words = doc.packs.word_set("canned", lang, field)
        return words | frozenset(stem(w, lang) for w in words)

    return doc.packs.derived((f"canned.{field}.stems", lang), build)


def _answers(doc: ReplyDoc, own_text: str, numbers: bool) -> bool:
    """Whether the reply's own words hold a yes/no (or, with ``numbers``, a number): "Yes, we do"."""
    if numbers and any(ch.isdigit() for ch in own_text):
        return True
    words = doc.packs.word_set("canned", doc.language, "answer_words")
    return bool(words) and not words.isdisjoint(w.lower() for w in _LETTERS.findall(own_text))


def _company_mentions(doc: ReplyDoc, start: int, end: int) -> list[tuple[int, int]]:
    """Where the body names the company: its whole name, two or more of its words from either end ('De Linde' of
    'Woonstichting De Linde', 'Peak Fitness' of 'Peak Fitness Ireland'), or its first word alone when that is long
    and written as in the name ('At Hearthstone, ...' of 'Hearthstone Home Insurance'; not 'Peak')."""
    company = doc.context.company
    name = company.name.strip() if company is not None and company.name else ""
    if not name or not _QUESTION.search(doc.incoming or ""):
        return []  # (to a customer who asked nothing, 'Zorg dat dit niet weer gebeurt', an apology in the company's
        # name is an answer of sorts: only a question that a mission statement leaves open counts it)

    def find() -> list[tuple[int, int]]:
        words = name.split()
        forms = {name} | {" ".join(words[i:]) for i in range(1, len(words) - 1)} | \
            {" ".join(words[:i]) for i in range(2, len(words))}
        low = doc.text.casefold()
        if len(low) != len(doc.text):
            return []  # ('ß' folds to 'ss': offsets in the folded text would not be the reply's)
        spans: list[tuple[int, int]] = []
        searches = [(low, form.casefold()) for form in sorted(forms, key=len, reverse=True)]
        if len(words) > 1 and len(words[0]) >= _MIN_NAME_WORD and words[0][:1].isupper():
            searches.append((doc.text, words[0]))  # (as written: 'Hearthstone', not 'hearthstone')
        for haystack, form in searches:
            for at in whole_word_occurrences(haystack, form):
                stop = at + len(form)
                if not any(a < stop and at < b for a, b in spans):
                    spans.append((at, stop))
        return sorted(spans)

    return _clipped(doc.memo("canned.company_mentions", find), start, end)


_QUESTION = re.compile(r"[?؟]")
_MIN_NAME_WORD = 6  # letters in a company name's first word for it to name the company alone


def _clipped(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    return [(max(s, start), min(e, end)) for s, e in spans if s < end and e > start]


# a clause that draws a consequence from the creed before it: what was done for this customer ('..., so we have',
# '، عشان كذا رجعنا', '، daarom hebben we')
_CONSEQUENCE = re.compile(r"[,،;؛]\s*(?=(?:so|that's\s+why|that\s+is\s+why|which\s+is\s+why|therefore|daarom|dus|"
                          r"عشان\s+كذا|عشان\s+هيك|علشان\s+كده|عشان\s+كده|لذلك|ولذلك|لهذا|ولهذا|فعشان\s+كذا)\b)",
                          re.IGNORECASE)


def _mostly_stock(sentences: list[tuple[int, int]], stock: list[tuple[int, int]], start: int, end: int,
                  text: str) -> list[tuple[int, int]]:
    """The body's sentences, or clauses of them, that are at least half stock phrasing: the words between their
    stock phrases belong to the boilerplate too, and answer nothing ('بنؤمن إن الأكل الحلو بيجمع الناس', we
    believe good food brings people together, shares 'food' with a complaint about food; round ps). A clause that
    draws a consequence is weighed on its own: 'نحن نؤمن بأن كل عميل يستاهل خدمة ممتازة، عشان كذا رجعنا لك المبلغ
    كامل' (so we refunded the whole amount) says what was done after the creed; 'We're proud to protect families
    across the UK, and we go the extra mile for every claim' is boilerplate to its end."""
    out = []
    for s, e in _clipped(sentences, start, end):
        cuts = [m.end() for m in _CONSEQUENCE.finditer(text, s, e)]
        for a, b in zip([s, *cuts], [*cuts, e]):
            inside = sum(min(b, y) - max(a, x) for x, y in stock if x < b and y > a)
            if inside and 2 * inside >= b - a:
                out.append((a, b))
    return out


def _without(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    parts, pos = [], start
    for s, e in sorted(spans):
        parts.append(text[pos:s])
        pos = max(pos, e)
    parts.append(text[pos:end])
    return " ".join(parts)


def _addressee_words(doc: ReplyDoc) -> set[str]:
    core = doc.pack("core")
    words: set[str] = set()
    if isinstance(core, CorePack):
        for phrase in core.generic_addressees:
            words |= content_words(phrase, doc.language, frozenset())
    company = doc.context.company
    if company is not None and company.name:  # "Thanks for contacting Taskly Support!" names no case
        words |= content_words(company.name, doc.language, frozenset())
    return words
