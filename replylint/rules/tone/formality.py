"""``tone.inconsistent_formality``: Dutch replies that switch between u and je.

Dutch has a formal (u, uw) and an informal (je, jij, jou, jouw) "you".
Switching within one reply reads as careless, and a company usually has a
house style. The rule counts how the reply addresses the customer, ignoring
fixed phrases where "je" addresses nobody ("je weet maar nooit"), and
quoted customer text (which is not in the agent view).
"""

from __future__ import annotations

import re
from typing import Iterable

from ...document import ReplyDoc
from ...models import Category, Severity
from ...registry import register
from ...rule import Hit, Rule, RuleMeta, bad, good
from ...structure import greeting_end
from ...textutil import PhraseScanner, last_sentence_break
from ..typo.confusables import slip_spans
from .phrases import TonePack


@register
class InconsistentFormality(Rule):
    meta = RuleMeta(
        id="tone.inconsistent_formality",
        category=Category.TONE,
        severity=Severity.WARNING,
        summary="Dutch replies that mix formal 'u/uw' and informal 'je/jij/jouw' for the customer; with "
                "`formality` set, the form that is not the house style.",
        rationale="Switching between u and je in one reply reads as careless or as a pasted macro; customers "
                  "notice. A house style keeps every agent consistent.",
        use_instead="Pick one form (the house style, if there is one) and use it throughout.",
        languages=("nl",),
        examples=(
            bad("Goedemiddag mevrouw Dekker, u kunt uw abonnement opzeggen via Mijn Shopr. Als je daar niet "
                "uitkomt, stuur dan even een berichtje met jouw klantnummer.", "nl"),
            bad("Hoi Sanne, je pakket is onderweg; u ontvangt morgen de track-and-trace.", "nl"),
            bad("Hoi Sanne, je pakket is onderweg.", "nl", config={"formality": "formal"}),
            good("Beste meneer Jansen, uw bestelling is verzonden. U ontvangt morgen de track-and-trace.", "nl"),
            good("Hoi Sanne, je pakket is onderweg en je krijgt morgen de track-and-trace.", "nl"),
            good("Beste meneer Jansen, uw pakket is onderweg. Je weet maar nooit met de drukte, dus houd uw mail "
                 "in de gaten.", "nl"),
        ),
    )

    def _vocab(self, language: str):
        pack = self.ctx.packs.get("tone", language)
        if not isinstance(pack, TonePack):
            return None
        # PhraseScanner finds what phrase_regex finds, behind a word gate and with a first-character dispatch
        return tuple(PhraseScanner(words) if any(w.strip() for w in words) else None
                     for words in (pack.formal_pronouns, pack.informal_pronouns, pack.generic_je, pack.formal_titles))

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        vocab = self.per_language(doc.language or "", self._vocab)
        if vocab is None or vocab[0] is None or vocab[1] is None:
            return
        formal_words, informal_words, generic_words, titles = vocab
        text = doc.text
        generic = generic_words.spans(text) if generic_words is not None else []

        def spans(scanner: PhraseScanner) -> list[tuple[int, int]]:
            return [(s, e) for s, e in scanner.spans(text)
                    if not any(a <= s < b for a, b in generic) and not _abbreviation(text, s, e)]

        formal, informal = spans(formal_words), spans(informal_words)
        house = self.config.formality
        if house is not None:
            wrong, right_name = (informal, "formal (u/uw)") if house == "formal" else (formal, "informal (je/jouw)")
            for s, e in wrong:
                yield Hit(s, e, f"house style is {right_name}: '{text[s:e]}' uses the other form")
            return
        if titles is not None and informal:
            greeting = greeting_end(doc)  # "Goedemiddag mevrouw Visser, ... dan help ik je"
            # ... or a title with the name, said to the customer at the start of a sentence ("Natuurlijk meneer
            # Verhagen, ik bel je morgen terug"), not of someone else ("meneer Jansen van de afdeling belt je")
            formal = sorted(formal + [(s, e) for s, e in titles.spans(text)
                                      if s < greeting or _title_addressed(text, s, e)])
        if not formal or not informal:
            return
        slips = slip_spans(doc)  # 'Je kunt u factuur indienen': a slip for 'uw' (typo.confused_word), no formal 'u'
        if slips:
            formal = [span for span in formal if span not in slips]
            if not formal:
                return
        first_is_formal = formal[0][0] < informal[0][0]
        minority = informal if first_is_formal else formal
        s, e = minority[0]
        yield Hit(s, e, f"mixes formal address ({len(formal)}x: u/uw, or a title in the greeting) and informal "
                        f"je/jij/jouw ({len(informal)}x) when addressing the customer: pick one")


def _title_addressed(text: str, start: int, end: int) -> bool:
    """A title, then a name and a comma or '!', with at most two words before it in its sentence."""
    if _NAME_AFTER_TITLE.match(text, end) is None:
        return False
    before = text[max(0, start - 60):start]
    return len(before[last_sentence_break(before) + 1:].split()) <= 2


_NAME_AFTER_TITLE = re.compile(r"[ \t]+(?:(?:van|de|der|den|ter|ten|te)[ \t]+)*[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+)?"
                               r"[ \t]*[,!]")


def _abbreviation(text: str, start: int, end: int) -> bool:
    """'u.' in 'o.a.', 'U-bocht', 'U2' are not the pronoun."""
    after = text[end:end + 1]
    before = text[start - 1:start] if start else ""
    return after in (".", "-") and not text[end + 1:end + 2].isspace() and text[end + 1:end + 2] != "" \
        or before in ("-", ".") or after.isdigit()
