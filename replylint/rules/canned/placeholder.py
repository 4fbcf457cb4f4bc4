"""Canned responses: unfilled template residue.

A macro sent with ``{{first_name}}`` in it tells the customer they are talking
to a machine that does not know their name. Placeholder syntax is matched
structurally (every common template language), and bracketed text counts as
a placeholder only when it looks like one: ALL-CAPS, or naming a field
("[customer name]", "<naam klant>", "[اسم العميل]") from the language packs.
Vocabulary from every language is used for every reply, because a Dutch
reply can carry an English macro's ``[NAME]``.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from pydantic import Field, field_validator

from ...document import ReplyDoc
from ...langdata import CorePack
from ...models import Category, Fix, Severity
from ...packs import PackModel, PackStore, pack_schema
from ...patterns import validate_patterns
from ...redact import REDACTED_SUFFIX
from ...registry import register
from ...rule import Hit, Rule, RuleMeta, bad, good
from ...textutil import gate_open, gate_words, line_and_sentence_starts, text_lower, text_words


@pack_schema("canned")
class CannedPack(PackModel):
    placeholder_words: list[str] = Field(default_factory=list,
                                         description="Words that make bracketed text a placeholder: `[customer name]`, "
                                                     "`<naam klant>`, `[اسم العميل]` (matched as whole words, also "
                                                     "inside `first_name`/`firstName`).")
    filler: list[str] = Field(default_factory=list, description="Case-sensitive tokens that mark an unfinished draft (`TBD`, `TODO`).")
    format_cues: list[str] = Field(default_factory=list,
                                   description="Words right before a date mask that say it is a format being "
                                               "explained ('enter it as DD/MM/YYYY', 'in het formaat DD-MM-JJJJ'), "
                                               "not a date left unfilled.")
    stock_phrases: list[str] = Field(default_factory=list,
                                     description="Token patterns of boilerplate phrasing, for `canned.generic`.")

    service_words: list[str] = Field(default_factory=list,
                                     description="Words that say nothing about any one case (help, question, "
                                                 "feedback, team, experience...), for `canned.generic`: a reply "
                                                 "made of stock phrases and these words alone, to a customer who "
                                                 "asked something specific, is boilerplate however it is worded. "
                                                 "Compared by crude stem, so one form is enough.")

    thanks_words: list[str] = Field(default_factory=list,
                                    description="Words that thank (thanks, bedankt, شكراً), for `canned.generic`: "
                                                "a customer's message of one subject word and a thank-you ('Thanks "
                                                "for sorting my refund!') needs no specific answer, but one word "
                                                "and a service word ('Refund request') does. Without the list, "
                                                "any service word counts as a thank-you.")

    answer_words: list[str] = Field(default_factory=list,
                                    description="Words that answer a question (yes, no, ja, nee, نعم): a short "
                                                "reply with one of them, or a number, is not boilerplate for "
                                                "`canned.generic`'s service-word test.")

    @field_validator("stock_phrases")
    @classmethod
    def _syntax(cls, patterns: list[str]) -> list[str]:
        return validate_patterns(patterns)


# Template syntaxes that are placeholders whatever they contain; each contains one of _ALWAYS_MARKS
# (or "lorem").
_ALWAYS_MARKS = ("{", "*|", "<%", "[[", "<<")
_ALWAYS = [
    r"\{\{\{?[^{}\n]{0,160}?\}?\}\}",  # {{ x }}  {{{ x }}}  Liquid/Handlebars/Jinja/Mustache
    r"\{%-?[^\n]{0,200}?-?%\}",  # {% if %}
    r"\{#[^\n]{0,200}?#\}",  # {# comment #}
    r"\$\{[^{}\n]{1,80}\}",  # ${name}
    r"\{![\w.]{1,80}\}",  # {!Contact.FirstName}  (Salesforce)
    r"\*\|[A-Z0-9_:]{1,40}\|\*",  # *|FNAME|*  (Mailchimp)
    r"<%=?[^\n]{0,160}?%>",  # <%= name %>  (ERB)
    r"\[\[[^\[\]\n]{1,60}\]\]",  # [[name]]
    r"<<[^<>\n]{1,60}>>",  # <<topic>>
    r"(?<![\w{])\{\d\}(?!\})",  # {0}
    r"(?i:\blorem ipsum(?: dolor(?: sit(?: amet)?)?)?)\b",
]
# an instruction to the agent in capitals: "INSERT TEAM NAME", "ENTER DATE" (not inside a shouted sentence)
_INSTRUCTION_WORDS = ("INSERT", "ENTER", "FILL IN", "VUL IN", "INVOEGEN")
_INSTRUCTION = re.compile(r"(?<![A-Z] )\b(?:" + "|".join(_INSTRUCTION_WORDS) + r")(?: [A-Z][A-Z'’]+){1,4}\b")
_HTML_TAGS = frozenset(
    "a b i u p br hr em strong span div img li ul ol h1 h2 h3 h4 h5 h6 table tr td th font small sub sup code pre "
    "blockquote html body head meta title style script section article header footer label input button form".split()
)
_CURRENCIES = frozenset("USD EUR GBP CAD AUD NZD HKD SGD AED SAR EGP CHF JPY CNY".split())

# Delimited text that is a placeholder only if its content looks like one.
_SINGLE_BRACE = re.compile(r"(?<![{$\w])\{ ?([^\W\d][^{}\n\"':;,]{0,40}?) ?\}(?!\})")
_SQUARE = re.compile(r"(?<!\[)\[([^\[\]\n]{1,40})\](?![\[(])")
_ANGLE = re.compile(r"(?<![<\w])<([^<>\n@/=\"']{1,40})>(?!>)")
_PERCENT = re.compile(r"(?<![\w%])%%?([^\W\d][\w.]{1,40})%%?(?![\w%])")  # %NAME% and %%NAME%%
# ORDER_NUMBER, FIRST_NAME: a field name in capitals (ERR_CONNECTION_REFUSED names no field: left alone)
_UPPER_SNAKE = re.compile(r"(?<![\w$%{<\[])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\w}>\]%])")
# a date or time mask left in: DD/MM/YYYY, YYYY-MM-DD, DD-MM-JJJJ (Dutch), HH:MM
# (a whole date, or a time: 'DD/MM' alone is as often a format being explained)
_DATE_MASK = re.compile(r"(?<![\w/.:-])(?:(?:DD|MM|YYYY|YY|JJJJ|JJ)(?:[/.-](?:DD|MM|YYYY|YY|JJJJ|JJ)){2}|HH[:.](?:MM|mm))"
                        r"(?![\w/:-]|\.\w)")
_DUNDER = re.compile(r"(?<![\w])__[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*__(?![\w])")  # __ORDER_ID__
_HASHES = re.compile(r"(?<![\w#])##?([^\W\d][\w.]{1,40})##?(?![\w#])")  # ##NAAM##, #FIRST_NAME#
# a blank to fill in: a run of underscores or of four or more dots standing alone, as forms print them
_BLANK_LINE = re.compile(r"(?<![\w_])_{3,}(?![\w_])")
_BLANK_DOTS = re.compile(r"(?<![\w.])(?:\.{4,}|\.(?: \.){3,})(?![\w.])")
_DOLLAR = re.compile(r"(?<![\w$])\$([A-Za-z_][A-Za-z0-9_.]{1,40})\b")
_FILLER_X = re.compile(
    r"(?<![\w])(?:[€$£]\s?)?X{2,}(?:[.,:/-]X+)*(?![\w])"  # XX, XXX, XX-XX-XXXX, €XX,XX
    r"|(?<![\w])X(?:[.,:/-]X+)+(?![\w])"  # X.XX
    r"|(?<![\w])[€$£]\s?[xX]+(?:[.,][xX]+)?(?![\w])"  # €xx,xx
)
_FILLER_LOWER_XX = re.compile(
    r"(?<![\w])xx+(?=\s*(?:days?|dagen|werkdagen|hours?|uur|minutes?|minuten|weeks?|weken|%|euro|eur|€|"
    r"ساعة|ساعات|يوم|أيام|ايام|دقيقة))",
    re.I,
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


class _Vocabulary:
    """Placeholder vocabulary of every language, compiled once per linter."""

    def __init__(self, packs: PackStore):
        canned = [p for p in packs.all("canned") if isinstance(p, CannedPack)]
        cores = [p for p in packs.all("core") if isinstance(p, CorePack)]
        words = sorted({w.lower() for p in canned for w in p.placeholder_words}, key=len, reverse=True)
        self.words = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.I) if words else None
        fillers = sorted({f for p in canned for f in p.filler}, key=len, reverse=True)
        self.filler = (
            re.compile(r"(?<![\w?!.])(?:" + "|".join(map(re.escape, fillers)) + r")(?![\w?!])") if fillers else None
        )
        named = sorted({g.lower() for p in cores for g in p.greetings_with_name}, key=len, reverse=True)
        plain = sorted({g.lower() for p in cores for g in p.greetings}, key=len, reverse=True)
        titles = sorted({t.lower() for p in cores for t in p.titles}, key=len, reverse=True)
        self.titles = frozenset(titles)
        title_re = r"(?:[ \t]+(?:" + "|".join(map(re.escape, titles)) + r")\.?)?" if titles else ""
        self.empty_named = re.compile(
            r"(?im)(?:^|(?<=[.!?]\s))[ \t]*((?:" + "|".join(map(re.escape, named)) + r")" + title_re
            + r"[ \t]*(?:(?:\.{2,}|…|_{2,}|-{2,})[ \t]*)?(?:[,،!:]|[ \t]*$))"
        ) if named else None
        self.empty_plain = re.compile(
            r"(?im)(?:^|(?<=[.!?]\s))[ \t]*((?:" + "|".join(map(re.escape, plain)) + r")" + title_re
            + r"(?:[ \t]+|[ \t]*(?:\.{2,}|…|_{2,})[ \t]*)[,،!])"
        ) if plain else None
        cues = sorted({c.lower() for p in canned for c in p.format_cues}, key=len, reverse=True)
        self.format_cue = re.compile(r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, cues)) + r")[\s:'\"‘“(]*\Z") \
            if cues else None
        self.always = re.compile("|".join(f"(?:{p})" for p in _ALWAYS))
        # fillers with a word character are gated on the reply's words; the others ("???") are looked for
        # as they are (one of them without a word gave no gate at all: the expression ran on every reply)
        self.filler_gate = gate_words([f for f in fillers if re.search(r"\w", f)])
        self.filler_literals = tuple(f for f in fillers if not re.search(r"\w", f))
        # the first word of each greeting (None if one does not start with a word character)
        firsts = [re.match(r"\w+", g) for g in (*named, *plain)]
        self.greeting_first_words = None if None in firsts else frozenset(m.group() for m in firsts)
        # "Welcome to !", "your order number is ." : a function word, a space, then punctuation, where a
        # rendered-empty value used to be. Only languages that do not put a space before ! and ?.
        function_words = sorted({w.lower() for p in cores if p.language in ("en", "nl") for w in p.stopwords
                                 if len(w) >= 2}, key=len, reverse=True)
        self.empty_value = re.compile(
            r"(?i)(?<![\w])(?:" + "|".join(map(re.escape, function_words)) + r")[ \t]+[.!?,;:](?=\s|$)"
        ) if function_words else None

    def names_a_field(self, content: str) -> bool:
        if self.words is None:
            return False
        spaced = _CAMEL.sub(" ", content).replace("_", " ").replace(".", " ").replace("-", " ")
        return bool(self.words.search(spaced))


def vocabulary_for(packs: PackStore) -> _Vocabulary:
    """The placeholder vocabulary of a linter's packs (compiled once)."""
    return packs.derived(("canned.vocabulary",), lambda: _Vocabulary(packs))


_KEYS = frozenset({"enter", "return", "tab", "esc", "escape", "shift", "ctrl", "alt", "space", "delete", "del",
                   "backspace", "home", "end", "ok", "cancel", "send", "submit", "next", "back", "save"})
_KEY_PRESSED = re.compile(
    r"(?i)(?:press|hit|tap|click|select|choose|druk op|klik op|tik op|kies|اضغط|اختر)\s*(?:on\s+)?\Z")


def _looks_like_field(content: str, vocab: _Vocabulary) -> bool:
    stripped = content.strip()
    if stripped.endswith(REDACTED_SUFFIX):
        return False  # replylint's own redaction, e.g. "[card number removed]"
    letters = [c for c in stripped if c.isalpha()]
    if not letters:
        return False
    if any(c.isdigit() for c in stripped):
        # "[Order #12345]" is filled in; "[ORDER_ID_2]" is not
        return stripped.isupper() and "_" in stripped
    if len(letters) >= 3 and all(c.isupper() for c in letters if c.isascii()) and any(c.isascii() for c in letters):
        return True
    return vocab.names_a_field(stripped)


def placeholders(doc: ReplyDoc) -> list[tuple[int, int, str]]:
    """The placeholders of a reply's agent text, found once per reply (typo rules skip them too)."""
    return doc.memo("canned.placeholders", lambda: list(find_placeholders(doc.text, vocabulary_for(doc.packs))))


def find_placeholders(text: str, vocab: _Vocabulary) -> Iterator[tuple[int, int, str]]:
    """``(start, end, kind)`` of every placeholder in ``text``."""
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(s < b and a < e for a, b in taken)

    def emit(s: int, e: int, kind: str) -> Iterator[tuple[int, int, str]]:
        if free(s, e):
            taken.append((s, e))
            yield s, e, kind

    # Cheap tests first (a character, a word of the reply): each full scan costs tens of microseconds
    # and nearly every reply has no placeholder at all.
    if any(mark in text for mark in _ALWAYS_MARKS) or "lorem" in text_lower(text):
        for m in vocab.always.finditer(text):
            yield from emit(m.start(), m.end(), "template")
    if any(word in text for word in _INSTRUCTION_WORDS):
        for m in _INSTRUCTION.finditer(text):
            yield from emit(m.start(), m.end(), "template")
    if "{" in text:
        for m in _SINGLE_BRACE.finditer(text):
            if _looks_like_field(m.group(1), vocab) or re.fullmatch(r"[a-z_][a-z0-9_.]*", m.group(1)):
                yield from emit(m.start(), m.end(), "template")
    if "[" in text:
        for m in _SQUARE.finditer(text):
            if _KEY_PRESSED.search(text, max(0, m.start() - 12), m.start()) and m.group(1).lower() in _KEYS:
                continue  # 'Press [Enter] to continue': a key on the keyboard, named as keys are
            if _looks_like_field(m.group(1), vocab):
                yield from emit(m.start(), m.end(), "bracket")
    if "<" in text:
        for m in _ANGLE.finditer(text):
            content = m.group(1).strip()
            if content.split(" ", 1)[0].lower() in _HTML_TAGS:
                continue
            if _looks_like_field(content, vocab):
                yield from emit(m.start(), m.end(), "bracket")
    if "__" in text:
        for m in _DUNDER.finditer(text):
            yield from emit(m.start(), m.end(), "template")
    if "#" in text:
        for m in _HASHES.finditer(text):
            c = m.group(1)
            # a field name between hashes (not a hashtag: '#ThanksNHS', one hash and no closing one)
            if m.group().endswith("#") and (c.isupper() or "_" in c or "." in c or vocab.names_a_field(c)):
                yield from emit(m.start(), m.end(), "template")
    if "_" in text and _capital_underscore(text):
        for m in _UPPER_SNAKE.finditer(text):
            if vocab.names_a_field(m.group()):
                yield from emit(m.start(), m.end(), "template")
    if "DD" in text or "YY" in text or "JJ" in text or "HH:" in text:
        for m in _DATE_MASK.finditer(text):
            if vocab.format_cue is None or not vocab.format_cue.search(text, max(0, m.start() - 30), m.start()):
                yield from emit(m.start(), m.end(), "filler")
    if "%" in text:
        for m in _PERCENT.finditer(text):
            c = m.group(1)
            if c.isupper() or "_" in c or "." in c or vocab.names_a_field(c):
                yield from emit(m.start(), m.end(), "template")
    if "$" in text:
        for m in _DOLLAR.finditer(text):
            c = m.group(1)
            if c in _CURRENCIES:
                continue
            if "_" in c or "." in c or vocab.names_a_field(c) or (c.isupper() and len(c) >= 3):
                yield from emit(m.start(), m.end(), "template")
    fillers = [_FILLER_X] if "X" in text or any(c in text for c in "€$£") else []
    if "xx" in text or "XX" in text or "xX" in text or "Xx" in text:
        fillers.append(_FILLER_LOWER_XX)
    if vocab.filler is not None and (gate_open(vocab.filler_gate, text)
                                     or any(f in text for f in vocab.filler_literals)):
        fillers.append(vocab.filler)
    for pattern in fillers:
        for m in pattern.finditer(text):
            yield from emit(m.start(), m.end(), "filler")
    for m in _empty_greetings(text, vocab):
        yield from emit(m.start(1), m.end(1), "empty")
    if vocab.empty_value is not None and (" ." in text or " !" in text or " ," in text or " ?" in text) \
            and _SPACE_THEN_MARK.search(text):
        for m in vocab.empty_value.finditer(text):
            yield from emit(m.start(), m.end(), "empty-value")
    # (after the greetings: 'Hi ___,' is an empty greeting, reported whole)
    if "___" in text:
        for m in _BLANK_LINE.finditer(text):  # 'Dear Mr/Ms ________,', 'for ___ nights'
            yield from emit(m.start(), m.end(), "blank")
    if "...." in text or ". . ." in text:
        for m in _BLANK_DOTS.finditer(text):  # 'Beste heer/mevrouw .....,' (not 'Hmm.....', a word's trailing dots)
            yield from emit(m.start(), m.end(), "blank")


def _capital_underscore(text: str) -> bool:
    """Whether an underscore joins two capitals or digits somewhere (ORDER_NUMBER): a few finds instead of a
    scan of the whole reply, which most replies with an underscore (e-mail addresses, URLs) would fail."""
    pos = text.find("_")
    while pos >= 0:
        if 0 < pos < len(text) - 1 and text[pos - 1].isupper() and (text[pos + 1].isupper() or text[pos + 1].isdigit()):
            return True
        pos = text.find("_", pos + 1)
    return False


_FIRST_WORD = re.compile(r"[ \t]*(\w+)")
_SPACE_THEN_MARK = re.compile(r"[.!?,;:](?<=[ \t][.!?,;:])(?=\s|$)")  # what empty_value ends with


def _empty_greetings(text: str, vocab: _Vocabulary) -> Iterator[re.Match[str]]:
    """Matches of empty_named and empty_plain ("Hi ,", "Dear ,"), in text order. Both are anchored at the
    start of a line or sentence, so they are tried there, and only where a greeting's first word
    stands, instead of scanning every position of the reply."""
    if vocab.empty_named is None and vocab.empty_plain is None:
        return
    last_end = 0
    for start in _greeting_starts(text, vocab.greeting_first_words):
        if start < last_end:
            continue
        word = _FIRST_WORD.match(text, start)
        first_words = vocab.greeting_first_words
        if first_words is not None and (word is None or word.group(1).lower() not in first_words):
            continue
        for pattern in (vocab.empty_named, vocab.empty_plain):
            m = pattern.match(text, start) if pattern is not None else None
            if m is not None:
                last_end = m.end()
                yield m
                break


def _greeting_starts(text: str, first_words: frozenset[str] | None) -> Iterable[int]:
    """The line and sentence starts where one of ``first_words`` may stand (all of them when unknown):
    the greeting words among the reply's words are looked up where they occur, and a start counts
    when only spaces or tabs lie between it and one (~18 starts a reply, one or two of them greetings)."""
    starts = line_and_sentence_starts(text)
    low = text_lower(text)
    if first_words is None or len(low) != len(text):
        return starts
    present = first_words & text_words(text)  # a start's first word, lower-cased, is one of the reply's runs
    if not present:
        return ()
    at_start = frozenset(starts)
    found = set()
    for word in present:
        pos = low.find(word)
        while pos >= 0:
            start = pos  # every start with only spaces and tabs before the word sees it
            while True:
                if start in at_start:
                    found.add(start)
                if start == 0 or text[start - 1] not in " \t":
                    break
                start -= 1
            pos = low.find(word, pos + 1)
    return sorted(found)


_NAME_HINT = re.compile(r"(?i)name|naam|اسم|klant|customer|recipient|contact|salutation|aanhef")
_AGENT_HINT = re.compile(r"(?i)agent|medewerker|employee|sender|signature|handtekening|\brep\b|representative|موظف")
_LAST_HINT = re.compile(r"(?i)last|achter|surname|family|lname|العائلة")


@register
class PlaceholderRule(Rule):
    meta = RuleMeta(
        id="canned.placeholder",
        category=Category.CANNED,
        severity=Severity.ERROR,
        summary="Unfilled template placeholders and filler ({{first_name}}, [NAME], %FIRSTNAME%, XX, TBD, 'Dear ,').",
        rationale=(
            "A macro sent with its placeholders unfilled shows the customer a form letter that does not know "
            "their name or their order, and is screenshotted and shared. Filler such as XX or TBD means the agent "
            "sent a draft."
        ),
        use_instead="Fill in the value (the customer's name is suggested when the context has it) or remove the "
                    "placeholder.",
        fix="unsafe",
        examples=(
            bad("Dear {{customer.first_name}},\n\nYour request will be handled by [AGENT NAME] shortly."),
            bad("Hi %FIRSTNAME%, your refund of €XX,XX is on its way."),
            bad("Hi ,\n\nthanks for reaching out."),
            bad("Beste <naam klant>,\n\nWij nemen binnen XX werkdagen contact met je op.", "nl"),
            bad("Beste ,\n\nBedankt voor je bericht.", "nl"),
            bad("عزيزي [اسم العميل]، شكراً لتواصلك معنا.", "ar"),
            bad("عزيزي ،\n\nشكراً لتواصلك معنا.", "ar"),
            bad("Thanks *|FNAME|*, we will ship on {{ship_date}}."),
            good("Hi Maria, click [Save] and then choose [optional] settings."),
            good("Hi Jan, mail us at <support@shopr.nl> or see <https://shopr.nl/help>."),
            good("Hi, thanks for your message! We'll be in touch within 2 days."),
            good("Beste klant, bedankt voor je bericht. Groetjes, Sanne xx", "nl"),
            good("مرحباً أحمد، طلبك رقم 448201 في الطريق.", "ar"),
            good("Hi Sam, 20% off applies to orders over $50 and the code SAVE20 is valid [until Friday]."),
            good("{{first_name}}, your order has shipped.", template=True, note="template mode expects placeholders"),
        ),
    )

    @property
    def vocab(self) -> _Vocabulary:
        return vocabulary_for(self.ctx.packs)

    def skip_reason(self, doc: ReplyDoc) -> str | None:
        if doc.template:
            return "template mode: placeholders are expected (see canned.template_* rules)"
        return None

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        text = doc.text
        for start, end, kind in placeholders(doc):
            token = text[start:end]
            yield self._hit(doc, start, end, token, kind)

    def _hit(self, doc: ReplyDoc, start: int, end: int, token: str, kind: str) -> Hit:
        name = doc.customer.name
        suggestions: list[str] = []
        fix = None
        if kind == "empty":
            greeting = token.rstrip(" \t,،!:")
            punct = token[len(greeting):].strip()
            message = f"'{greeting}' is followed by no name: an empty placeholder rendered blank"
            if name:
                titled = greeting.rsplit(None, 1)[-1].rstrip(".").lower() in self.vocab.titles
                who = name.split()[-1] if titled else _first_name(name)
                filled = f"{greeting} {who}{punct}"
                suggestions = [filled]
                fix = Fix(replacement=filled, safe=False, description="insert the customer's name")
        elif kind == "empty-value":
            message = f"'{token}': a value seems to be missing here (an empty placeholder rendered blank)"
        elif kind == "filler":
            message = f"filler '{token}' left in the reply: replace it with the real value"
        else:
            message = f"unfilled placeholder {token}"
            if _AGENT_HINT.search(token):
                if doc.context.agent_name:
                    suggestions = [doc.context.agent_name]
                    fix = Fix(replacement=doc.context.agent_name, safe=False, description="fill in the agent's name")
            elif name and _NAME_HINT.search(token):
                value = name.split()[-1] if _LAST_HINT.search(token) else _first_name(name)
                suggestions = [value]
                fix = Fix(replacement=value, safe=False, description="fill in the customer's name from the context")
        return Hit(start, end, message, suggestions=suggestions, fix=fix)


def _first_name(name: str) -> str:
    parts = [p for p in name.replace("@", "").split() if p]
    return parts[0] if parts else name
