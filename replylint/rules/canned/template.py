"""Template mode: macros are checked as templates, not as replies.

In template mode (``.liquid``/``.j2``/``.hbs``/... files, or ``--template``)
placeholders are expected: the language rules see them as one neutral token
(see :func:`replylint.normalize.template_edits`) and these rules check the
template itself: syntax that would reach the customer raw, variables the
helpdesk does not provide, and greetings that render as "Hi ," when the name
is missing.
"""

from __future__ import annotations

import re
from typing import Iterable

from ...document import ReplyDoc
from ...langdata import CorePack
from ...models import Category, Severity
from ...registry import register
from ...rule import Hit, Rule, RuleMeta, bad, good
from ...templates import scan
from ...textutil import phrase_regex

_NAME_VARIABLE = re.compile(r"(?i)(?:^|[._])(?:first_?name|firstname|name|voornaam|naam|given_?name|fname|اسم\w*)$")


class TemplateRule(Rule):
    def skip_reason(self, doc: ReplyDoc) -> str | None:
        return None if doc.template else "only in template mode (macro files, --template)"


@register
class TemplateSyntax(TemplateRule):
    meta = RuleMeta(
        id="canned.template_syntax",
        category=Category.CANNED,
        severity=Severity.ERROR,
        summary="Malformed template syntax in a macro: unbalanced braces ('{{ name }'), unclosed or stray block "
                "tags ('{% if %}' without '{% endif %}', '{{#if}}' without '{{/if}}').",
        rationale="A macro with broken syntax renders raw template code to the customer, or silently drops text.",
        languages=("*",),
        scope="full",
        examples=(
            bad("Hi {{ name },\n\nYour order has shipped.", template=True),
            bad("{% if order %}Your order {{ order.id }} has shipped.\n\nBest,\nTom", template=True),
            bad("{{#if vip}}Thanks for being a VIP!\n\nBest,\nTom", template=True),
            good("Hi {{ name | default: 'there' }},\n\n{% if order %}Order {{ order.id }} shipped.{% endif %}",
                 template=True),
        ),
    )

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        for issue in scan(doc.original).issues:
            yield Hit(issue.start, issue.end, issue.message, view="original")


@register
class TemplateVariable(TemplateRule):
    meta = RuleMeta(
        id="canned.template_variable",
        category=Category.CANNED,
        severity=Severity.WARNING,
        summary="Template variables that are not in the configured allow-list (`template-variables`); a prefix "
                "such as 'customer' allows 'customer.first_name'.",
        rationale="A variable the helpdesk does not provide renders empty (or raw): usually a typo "
                  "('{{ custmer.name }}') or a macro copied from another tool.",
        languages=("*",),
        scope="full",
        default_enabled=False,
        examples=(
            bad("Hi {{ custmer.first_name }}, thanks!", template=True,
                config={"template_variables": ["customer", "order.id", "agent.name"]}),
            good("Hi {{ customer.first_name }}, order {{ order.id }} shipped. {{ agent.name }}", template=True,
                 config={"template_variables": ["customer", "order.id", "agent.name"]}),
        ),
    )

    @classmethod
    def enabled_by_config(cls, config) -> bool:
        return config.template_variables is not None  # on as soon as there is an allow-list

    def unavailable(self) -> str | None:
        if self.config.template_variables is None:
            return "no allow-list configured (set `template-variables`)"
        return None

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        allowed = self.config.template_variables or []
        for tok in scan(doc.original).tokens:
            var = tok.variable
            if tok.kind == "comment" or var is None or var in ("else", "end", "endif", "endfor", "this"):
                continue
            if var.startswith(("end", "else")) and tok.kind == "tag":
                continue
            if any(var == a or var.startswith(a + ".") for a in allowed):
                continue
            yield Hit(tok.start, tok.end, f"template variable '{var}' is not in the allowed list",
                      suggestions=sorted(allowed)[:5], view="original")


@register
class TemplateFallback(TemplateRule):
    meta = RuleMeta(
        id="canned.template_fallback",
        category=Category.CANNED,
        severity=Severity.WARNING,
        summary="A greeting placeholder without a fallback ('Hi {{first_name}}' without '| default:'), which "
                "renders 'Hi ,' when the name is unknown.",
        rationale="Helpdesks do not always know the customer's name; a greeting without a fallback then sends "
                  "'Hi ,' or 'Dear  ,'.",
        use_instead="'Hi {{ first_name | default: \"there\" }}' (Liquid), '{{ first_name or \"there\" }}' (Jinja), "
                    "'{{#if first_name}}...{{else}}...{{/if}}' (Handlebars).",
        languages=("*",),
        scope="full",
        examples=(
            bad("Hi {{ customer.first_name }},\n\nYour order shipped.", template=True),
            bad("Beste {{ klant.voornaam }},\n\nJe bestelling is verzonden.", "nl", template=True),
            good("Hi {{ customer.first_name | default: 'there' }},\n\nYour order shipped.", template=True),
            good("{% if customer.first_name %}Hi {{ customer.first_name }},{% else %}Hi there,{% endif %}",
                 template=True),
            good("Your order {{ order.id }} shipped.", template=True),
        ),
    )

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        text = doc.original
        packs = [p for p in doc.packs.all("core") if isinstance(p, CorePack)]
        greetings = phrase_regex([g for p in packs for g in (*p.greetings, *p.greetings_with_name)])
        titles = phrase_regex([t for p in packs for t in p.titles])
        result = scan(text)
        guarded = _guarded_ranges(text)
        for tok in result.tokens:
            if tok.kind != "output" or tok.has_default or not tok.variable:
                continue
            if not _NAME_VARIABLE.search(tok.variable) or any(a <= tok.start < b for a, b in guarded):
                continue
            line_start = text.rfind("\n", 0, tok.start) + 1
            before = text[line_start:tok.start].strip()
            if titles is not None:
                before = titles.sub("", before).strip(" .")
            if greetings is not None and before and greetings.fullmatch(before):
                yield Hit(tok.start, tok.end, f"greeting placeholder '{tok.body}' has no fallback: it renders "
                                              f"'{before} ,' when the name is unknown",
                          suggestions=[f"add | default: \"{_fallback(doc.language, before)}\""], view="original")


_IF_BLOCK = re.compile(r"\{%-?\s*if\s+[^%]*%\}.*?\{%-?\s*endif\s*-?%\}|\{\{#if\s+[^}]*\}\}.*?\{\{/if\}\}", re.S)


def _guarded_ranges(text: str) -> list[tuple[int, int]]:
    """Outputs inside {% if x %}...{% endif %} only render when the condition holds."""
    return [(m.start(), m.end()) for m in _IF_BLOCK.finditer(text)]


_FALLBACKS = {"nl": "klant", "ar": "عميلنا العزيز"}


def _fallback(language: str | None, greeting: str) -> str:
    """A fallback that reads naturally after the greeting: 'Hi there', 'Dear customer', 'Beste klant'."""
    if language in _FALLBACKS:
        return _FALLBACKS[language]
    return "there" if greeting.lower() in ("hi", "hello", "hey", "hiya") else "customer"
