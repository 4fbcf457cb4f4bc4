"""The ``channel`` family: does the reply fit where it is sent?

Lengths are counted the way each platform counts: X (Twitter) weighs
characters (most Latin, Arabic and Cyrillic count 1, CJK and emoji count 2,
every URL counts 23), SMS counts 7-bit GSM septets (160 per message, 153 per
part) unless one character forces UCS-2 (70 / 67 UTF-16 units). Channel
profiles are configurable (``[tool.replylint.channels.<channel>]``) over the
documented defaults.
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Iterable

import regex

from ..config import ChannelProfile
from ..document import ReplyDoc
from ..models import Category, Channel, Fix, Severity
from ..registry import register
from ..rule import Hit, Rule, RuleMeta, bad, good

# --------------------------------------------------------------------------- counting

_URL = re.compile(r"(?i)\bhttps?://[^\s<>\"']+|(?<![@\w.])(?:www\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.(?:com|net|org|"
                  r"nl|ae|sa|eg|uk|io|co|de|be|fr|es|it|app|shop|store|info|biz)(?:/[^\s<>\"']*)?(?![\w@])")
_EMOJI = regex.compile(r"\p{Extended_Pictographic}(?:[\ufe0f\U0001F3FB-\U0001F3FF]|\u200d\p{Extended_Pictographic})*"
                       r"[\ufe0f]?|[\U0001F1E6-\U0001F1FF]{2}")
# What a URL or an emoji needs, found by a fast scan before the costly expressions run (a reply
# without them, the usual case, then costs ~10 us instead of ~110): a URL has "://" or a dot and a
# known top-level domain; every emoji character is at or above U+00A9 (©), so an emoji sequence
# lies within a run of such characters.
_TLD = re.compile(r"(?i)\.(?:com|net|org|nl|ae|sa|eg|uk|io|co|de|be|fr|es|it|app|shop|store|info|biz)")
_HIGH_RUN = re.compile("[\u00a9-\U0010ffff]+")
_LIGHT = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))
TWITTER_URL_LENGTH = 23


_HEAVY = re.compile("[^" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _LIGHT).replace("\\", "\\\\") + "]")


def _weight(ch: str) -> int:
    cp = ord(ch)
    return 1 if any(a <= cp <= b for a, b in _LIGHT) else 2


def twitter_length(text: str) -> tuple[int, int | None]:
    """(weighted length, index where the count passes 280 or None), per X's twitter-text rules v3.

    Plain text between URLs and emoji is weighed a stretch at a time (its length plus one per
    heavy character); only the stretch where the count passes 280 is walked character by
    character."""
    text = unicodedata.normalize("NFC", text)
    maybe_url = "://" in text or _TLD.search(text) is not None
    taken = [(m.start(), m.end(), TWITTER_URL_LENGTH) for m in _URL.finditer(text)] if maybe_url else []
    urls = list(taken)
    for run in () if text.isascii() else _HIGH_RUN.finditer(text):
        for m in _EMOJI.finditer(text, run.start(), run.end()):
            if not any(a <= m.start() < b for a, b, _ in urls):
                taken.append((m.start(), m.end(), 2))
    taken.sort()
    taken.append((len(text), len(text), 0))
    total, over, pos = 0, None, 0
    for s, e, w in taken:
        if s > pos:
            stretch = text[pos:s]
            weight = len(stretch) + len(_HEAVY.findall(stretch))
            if over is None and total + weight > 280 and weight == len(stretch):
                over = pos + 280 - total  # every character weighs 1
            elif over is None and total + weight > 280:
                running = total
                for k, ch in enumerate(stretch):
                    running += _weight(ch)
                    if running > 280:
                        over = pos + k
                        break
            total += weight
        if e > max(s, pos):
            total += w
            if over is None and total > 280:
                over = s
        pos = max(pos, e)
    return total, over


_GSM = set("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
           "¿abcdefghijklmnopqrstuvwxyzäöñüà")
_GSM_EXT = set("^{}\\[~]|€\f")
_GSM_ALL = _GSM | _GSM_EXT


# a character outside the GSM-7 alphabet: one search (stopping at the first such character) instead of
# building the set of the reply's characters, which costs an object per character outside Latin-1
_NOT_GSM = re.compile("[^" + "".join(re.escape(ch) for ch in sorted(_GSM_ALL)) + "]")


def sms_segments(text: str) -> tuple[str, int, int]:
    """(encoding, length in septets or UTF-16 units, number of segments)."""
    if _NOT_GSM.search(text) is None:
        length = len(text) + sum(text.count(ch) for ch in _GSM_EXT)
        return "GSM-7", length, 1 if length <= 160 else math.ceil(length / 153)
    length = len(text.encode("utf-16-le")) // 2
    return "UCS-2", length, 1 if length <= 70 else math.ceil(length / 67)


def _sms_cutoff(text: str, segments: int) -> int:
    """Index of the first character that does not fit in ``segments`` segments."""
    encoding, length, _ = sms_segments(text)
    per = (160 if segments == 1 else 153 * segments) if encoding == "GSM-7" else (70 if segments == 1 else 67 * segments)
    if length == len(text):  # one unit a character (no extension or astral one): the count is the index
        return min(per, len(text))
    used = 0
    for i, ch in enumerate(text):
        used += (2 if ch in _GSM_EXT else 1) if encoding == "GSM-7" else len(ch.encode("utf-16-le")) // 2
        if used > per:
            return i
    return len(text)


# --------------------------------------------------------------------------- rules


_PROFILES: dict[tuple[int, Channel], tuple[object, object, ChannelProfile]] = {}


def _profile(doc: ReplyDoc) -> ChannelProfile | None:
    """The reply's channel profile, built once per config and channel (validating it cost ~10 us a
    reply). Checked by identity: a config or override object that changes is a new entry."""
    if doc.channel is None:
        return None
    config, own = doc.config, doc.config.channels.get(doc.channel)
    key = (id(config), doc.channel)
    cached = _PROFILES.get(key)
    if cached is not None and cached[0] is config and cached[1] is own:
        return cached[2]
    profile = config.channel_profile(doc.channel)
    if len(_PROFILES) >= 64:
        _PROFILES.clear()
    _PROFILES[key] = (config, own, profile)
    return profile


class ChannelRule(Rule):
    def skip_reason(self, doc: ReplyDoc) -> str | None:
        if doc.channel is None:
            return "no channel given (pass channel= or set `channel` in the config)"
        return None


@register
class TooLong(ChannelRule):
    meta = RuleMeta(
        id="channel.too_long",
        category=Category.CHANNEL,
        severity=Severity.WARNING,
        summary="The reply is longer than its channel allows: 280 weighted characters on public social (X counts "
                "URLs as 23, emoji as 2), more SMS segments than allowed (GSM-7 160/153, UCS-2 70/67), per profile.",
        rationale="A reply over the limit is cut off, split into a thread or rejected by the platform; on SMS every "
                  "extra segment is billed and may arrive out of order.",
        use_instead="Shorten it, or move the details to a DM, e-mail or link.",
        languages=("*",),
        scope="full",
        examples=(
            bad("Hi Lucy, sorry to hear about the slow speeds! We're upgrading several masts around Bristol this "
                "month, which can reduce capacity temporarily in some areas, especially in the evenings. The work "
                "should be finished by the 28th, after which you should see much better speeds. In the meantime, "
                "switching to 4G in your settings may give you a more stable connection.", channel="social_public"),
            bad("مرحباً أحمد، " + "طلبك في الطريق وسيصل غداً إن شاء الله. " * 6, "ar", channel="sms"),
            good("Hi Lucy, sorry about the speeds! Mast upgrades around Bristol finish on the 28th; switching to 4G "
                 "helps until then. https://example.com/status/bristol-upgrades-2025", channel="social_public"),
            good("Your code is on its way.", channel="sms"),
        ),
    )

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        profile = _profile(doc)
        if profile is None:
            return
        text = doc.original
        if profile.count == "sms":
            encoding, length, segments = sms_segments(text)
            limit = profile.max_segments
            if limit is not None and segments > limit:
                cut = _sms_cutoff(text, limit)
                why = f"; one character outside GSM-7 makes it {encoding}" if encoding == "UCS-2" else ""
                yield Hit(cut, len(text), f"{segments} SMS segments ({length} {encoding} units) where at most {limit} "
                                         f"are allowed{why}", view="original")
            return
        if profile.max_length is None:
            return
        if profile.count == "twitter":
            length, over = twitter_length(text)
            if length > profile.max_length:
                yield Hit(over if over is not None else 0, len(text),
                          f"{length} characters as X counts them (URLs count 23, emoji 2); the limit is "
                          f"{profile.max_length}: this reply would be cut off or rejected", view="original")
            return
        if len(text) > profile.max_length:
            yield Hit(profile.max_length, len(text), f"{len(text)} characters; the {doc.channel.value} limit is "
                                                     f"{profile.max_length}", view="original")


_ALLOWED = {"none": set(), "whatsapp": {"md-em", "md-code"}, "markdown": {"md-link", "md-strong", "md-em", "md-code",
                                                                          "md-heading"},
            "html": {"html", "md-link", "md-strong", "md-em", "md-code", "md-heading"}}
_KIND_NAMES = {"html": "HTML", "md-link": "a Markdown link", "md-strong": "Markdown bold", "md-em": "Markdown emphasis",
               "md-code": "Markdown code", "md-heading": "a Markdown heading"}


@register
class UnsupportedMarkup(ChannelRule):
    meta = RuleMeta(
        id="channel.unsupported_markup",
        category=Category.CHANNEL,
        severity=Severity.WARNING,
        summary="Markdown or HTML in a channel that shows it raw (SMS, plain chat, public social; WhatsApp has its "
                "own *bold* and _italic_ only).",
        rationale="The customer sees '**Important**' or '<b>' instead of emphasis: it looks broken.",
        use_instead="Plain text; on WhatsApp single *asterisks* and _underscores_.",
        languages=("*",),
        scope="full",
        examples=(
            bad("Your **new PIN** is on its way, see [the FAQ](https://example.com/faq).", channel="sms"),
            bad("<b>Good news:</b> your order shipped.", channel="chat"),
            bad("## Update\nYour order shipped.", channel="whatsapp"),
            good("Your *new PIN* is on its way.", channel="whatsapp"),
            good("<p>Your order shipped.</p>", channel="email"),
            good("Your order shipped: https://example.com/t/123", channel="sms"),
        ),
    )

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        profile = _profile(doc)
        if profile is None:
            return
        allowed = _ALLOWED[profile.markup]
        for span in doc.norm.markup:
            if span.kind not in allowed:
                yield Hit(span.start, span.end, f"{_KIND_NAMES.get(span.kind, span.kind)} shows up raw on "
                                                f"{doc.channel.value.replace('_', ' ')}", view="original")


# --------------------------------------------------------------------------- text hygiene

_EMBED_OPEN = set("\u202a\u202b\u202d\u202e")
_ISOLATE_OPEN = set("\u2066\u2067\u2068")
_OVERRIDES = set("\u202d\u202e")
_ANY_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")  # nothing to check in almost every reply


@register
class BidiControl(Rule):
    meta = RuleMeta(
        id="channel.bidi_control",
        category=Category.CHANNEL,
        severity=Severity.WARNING,
        summary="Stray bidirectional control characters: overrides (U+202D/U+202E) and embeddings or isolates that "
                "are never closed.",
        rationale="Unbalanced bidi controls reorder the rest of the message on the customer's screen (numbers and "
                  "words in the wrong order in Arabic/English replies); overrides are also used to disguise text.",
        use_instead="Remove them; mark directions with a single LRM/RLM if needed.",
        languages=("*",),
        scope="full",
        fix="safe",
        examples=(
            bad("Your code is \u202e4321\u202c, valid today."),
            bad("رقم الطلب \u2067448201 جاهز."),
            good("رقم الطلب \u2066448201\u2069 جاهز.", "ar"),
            good("Call \u200e+31 20 123 4567\u200e today."),
        ),
    )

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        text = doc.original
        if text.isascii() or not _ANY_BIDI.search(text):  # (isascii reads a flag of the string)
            return
        stack: list[tuple[str, int]] = []
        for i, ch in enumerate(text):
            if ch in _OVERRIDES:
                yield Hit(i, i + 1, f"bidi override U+{ord(ch):04X} reverses the text that follows",
                          fix=Fix(replacement="", safe=True, description="remove it"), view="original")
            if ch in _EMBED_OPEN or ch in _ISOLATE_OPEN:
                stack.append((ch, i))
            elif ch == "\u202c":  # PDF closes an embedding/override
                if stack and stack[-1][0] in _EMBED_OPEN:
                    stack.pop()
                else:
                    yield Hit(i, i + 1, "stray bidi 'pop directional formatting' (U+202C) with nothing to close",
                              fix=Fix(replacement="", safe=True, description="remove it"), view="original")
            elif ch == "\u2069":  # PDI closes an isolate
                if stack and stack[-1][0] in _ISOLATE_OPEN:
                    stack.pop()
            elif ch == "\n":
                for opener, at in stack:
                    if opener not in _OVERRIDES:
                        yield _unclosed(opener, at)
                stack = []
        for opener, at in stack:
            if opener not in _OVERRIDES:
                yield _unclosed(opener, at)


def _unclosed(ch: str, at: int) -> Hit:
    return Hit(at, at + 1, f"bidi control U+{ord(ch):04X} is never closed: the rest of the line is reordered",
               fix=Fix(replacement="", safe=True, description="remove it"), view="original")


_INVISIBLE = {"\u200b": "zero-width space", "\u2060": "word joiner", "\ufeff": "zero-width no-break space (BOM)",
              "\u00ad": "soft hyphen", "\u180e": "Mongolian vowel separator", "\u2061": "invisible function application",
              "\u2062": "invisible times", "\u2063": "invisible separator", "\u2064": "invisible plus"}
_INVISIBLE_OR_JOINER = re.compile("[" + "".join(_INVISIBLE) + "\u200c\u200d]")
_JOINING_SCRIPT = regex.compile(r"[\p{Arabic}\p{Extended_Pictographic}\p{Devanagari}\p{Bengali}\U0001F3FB-\U0001F3FF\ufe0f]")


@register
class InvisibleCharacter(Rule):
    meta = RuleMeta(
        id="channel.invisible_character",
        category=Category.CHANNEL,
        severity=Severity.WARNING,
        summary="Invisible characters (zero-width spaces, word joiners, stray BOMs, soft hyphens; zero-width "
                "joiners outside emoji and joining scripts).",
        rationale="Invisible characters break search, copy-paste of codes and links, and can hide text from filters.",
        languages=("*",),
        scope="full",
        fix="safe",
        examples=(
            bad("Your code is 48\u200b21."),
            bad("Click https://exa\u2060mple.com/reset to continue."),
            good("Family: 👨\u200d👩\u200d👧 welcome!"),
            good("خدمة\u200cالعملاء", "ar"),
        ),
    )

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        text = doc.original
        if text.isascii():
            return
        for m in _INVISIBLE_OR_JOINER.finditer(text):
            i, ch = m.start(), m.group()
            name = _INVISIBLE.get(ch)
            if ch == "\ufeff" and i == 0:
                continue
            if name is None and ch in ("\u200c", "\u200d"):
                around = text[max(0, i - 1):i] + text[i + 1:i + 2]
                if _JOINING_SCRIPT.search(around):
                    continue
                name = "zero-width joiner" if ch == "\u200d" else "zero-width non-joiner"
            if name is not None:
                yield Hit(i, i + 1, f"invisible {name} (U+{ord(ch):04X})",
                          fix=Fix(replacement="", safe=True, description="remove it"), view="original")


_NUMBER = regex.compile(r"\p{Nd}(?:[\p{Nd},.\u066b\u066c]*\p{Nd})?")


@register
class MixedDigits(Rule):
    meta = RuleMeta(
        id="channel.mixed_digits",
        category=Category.CHANNEL,
        severity=Severity.WARNING,
        summary="One number written with digits from different scripts ('١٢3٤': Arabic-Indic and Western).",
        rationale="A mixed number is hard to read and is often mistyped; customers copy it into forms that reject it.",
        use_instead="Write each number in one script.",
        languages=("*",),
        scope="full",
        examples=(
            bad("رقم طلبك ٤٤82٠١.", "ar"),
            bad("Your order 12٣4 ships today."),
            good("رقم طلبك ٤٤٨٢٠١ و 448201.", "ar"),
            good("Order 448201."),
        ),
    )

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        text = doc.original
        if text.isascii():
            return
        for m in _NUMBER.finditer(text):
            scripts = {_digit_script(ch) for ch in m.group() if ch.isdigit()}
            if len(scripts) > 1:
                yield Hit(m.start(), m.end(), f"this number mixes {' and '.join(sorted(scripts))} digits",
                          view="original")


def _digit_script(ch: str) -> str:
    if "0" <= ch <= "9":
        return "Western"
    name = unicodedata.name(ch, "")
    return name.split(" DIGIT")[0].title() if " DIGIT" in name else "other"

