"""Template syntax of macros: Liquid, Jinja, Handlebars/Mustache and friends.

Macros are maintained as templates (``Hi {{ customer.first_name | default:
"there" }}``). In template mode replylint needs to (1) hide the template
syntax from the language rules, so ``{{first_name}}`` is not a typo, (2)
check the syntax itself (an unclosed ``{% if %}`` sends the customer raw
template code), and (3) render previews with sample, empty and right-to-left
values to show what the customer would actually see. This module does the
scanning and a small, forgiving renderer for those previews; it is not a
full template engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# {{ x }}, {{{ x }}}, {% tag %}, {# comment #}, {{! comment }}, ${x}, %X%, *|X|*, {!X}
_TOKEN = re.compile(
    r"(?P<comment>\{#.*?#\}|\{\{!--.*?--\}\}|\{\{![^}]*\}\})"
    r"|(?P<tag>\{%-?.*?-?%\}|\{\{[#/^~][^{}]*\}\}|\{\{else\}\})"
    r"|(?P<output>\{\{\{[^{}]*\}\}\}|\{\{[^{}]*\}\}|\$\{[^{}\n]+\}|\*\|[A-Z0-9_:]+\|\*|\{![\w.]+\})",
    re.S,
)
_OPEN_BLOCK = re.compile(r"^\{%-?\s*(if|unless|for|case|capture|with|block|macro|raw|comment)\b", re.S)
_CLOSE_BLOCK = re.compile(r"^\{%-?\s*end(if|unless|for|case|capture|with|block|macro|raw|comment)\b", re.S)
_HB_OPEN = re.compile(r"^\{\{#\s*(\w+)")
_HB_CLOSE = re.compile(r"^\{\{/\s*(\w+)")
_VARIABLE = re.compile(r"[A-Za-z_\u0600-\u06ff][\w.\u0600-\u06ff\-]*")
_DEFAULT_FILTER = re.compile(r"\|\s*(?:default|fallback|d)\b|\bor\s+[\"']|\|\|", re.I)
_STRAY = re.compile(r"\{\{|\}\}|\{%|%\}")


@dataclass(frozen=True, slots=True)
class TemplateToken:
    start: int
    end: int
    kind: str  # output | tag | comment
    body: str

    @property
    def variable(self) -> str | None:
        """The variable an output or condition refers to (``customer.first_name``)."""
        inner = self.body
        for opener, closer in (("{{{", "}}}"), ("{{", "}}"), ("${", "}"), ("*|", "|*"), ("{!", "}"), ("{%", "%}")):
            if inner.startswith(opener) and inner.endswith(closer):
                inner = inner[len(opener):-len(closer)]
                break
        inner = inner.strip("-~ \t\n#/^")
        if self.kind == "tag":
            inner = re.sub(r"^(if|unless|elsif|elif|for\s+\w+\s+in|with|case)\s+", "", inner)
        m = _VARIABLE.match(inner.strip())
        return m.group() if m else None

    @property
    def has_default(self) -> bool:
        return bool(_DEFAULT_FILTER.search(self.body))


@dataclass
class TemplateIssue:
    start: int
    end: int
    message: str


@dataclass
class Scan:
    tokens: list[TemplateToken] = field(default_factory=list)
    issues: list[TemplateIssue] = field(default_factory=list)


def scan(text: str) -> Scan:
    """Template tokens of ``text`` and syntax problems (unbalanced blocks, stray delimiters)."""
    result = Scan()
    covered: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "output"
        result.tokens.append(TemplateToken(m.start(), m.end(), kind, m.group()))
        covered.append((m.start(), m.end()))
    stack: list[tuple[str, TemplateToken]] = []
    for tok in result.tokens:
        if tok.kind != "tag":
            continue
        opened = _OPEN_BLOCK.match(tok.body) or _HB_OPEN.match(tok.body)
        closed = _CLOSE_BLOCK.match(tok.body) or _HB_CLOSE.match(tok.body)
        if opened:
            stack.append((opened.group(1), tok))
        elif closed:
            name = closed.group(1)
            if stack and stack[-1][0] == name:
                stack.pop()
            else:
                expected = f" (expected the end of '{stack[-1][0]}')" if stack else ""
                result.issues.append(TemplateIssue(tok.start, tok.end, f"'{tok.body}' closes a block that is not open"
                                                                       f"{expected}"))
                if stack and any(n == name for n, _ in stack):
                    while stack and stack[-1][0] != name:
                        stack.pop()
                    stack.pop()
    for name, tok in stack:
        result.issues.append(TemplateIssue(tok.start, tok.end, f"'{name}' block opened here is never closed"))
    single = re.compile(r"\{\{[^{}]*\}(?!\})|(?<!\{)\{[^{}]*\}\}")
    for m in single.finditer(text):
        if not any(a <= m.start() < b for a, b in covered):
            result.issues.append(TemplateIssue(m.start(), m.end(), f"'{m.group()}' has unbalanced braces"))
    for m in _STRAY.finditer(text):
        if not any(a <= m.start() < b for a, b in covered):
            result.issues.append(TemplateIssue(m.start(), m.end(),
                                               f"stray '{m.group()}': malformed template syntax (unbalanced delimiters)"))
    result.issues.sort(key=lambda i: i.start)
    return _dedupe(result)


def _dedupe(result: Scan) -> Scan:
    seen: list[tuple[int, int]] = []
    issues = []
    for issue in result.issues:
        if any(issue.start < b and a < issue.end for a, b in seen):
            continue
        seen.append((issue.start, issue.end))
        issues.append(issue)
    result.issues = issues
    return result


# --------------------------------------------------------------------------- rendering

_IF = re.compile(r"\{%-?\s*(if|unless)\s+(.*?)-?%\}(.*?)(?:\{%-?\s*else\s*-?%\}(.*?))?\{%-?\s*end(?:if|unless)\s*-?%\}",
                 re.S)
_HB_IF = re.compile(r"\{\{#(if|unless)\s+([^}]*)\}\}(.*?)(?:\{\{else\}\}(.*?))?\{\{/(?:if|unless)\}\}", re.S)
_FILTER_DEFAULT = re.compile(r"""(?:\|\s*(?:default|fallback)\s*[:(]?\s*|\bor\s+)["']([^"']*)["']""", re.I)


def _lookup(values: dict[str, str], path: str | None, fallback: str | None) -> str:
    if path is None:
        return fallback or ""
    if path in values:
        return values[path]
    last = path.split(".")[-1]
    return values.get(last, fallback if fallback is not None else "")


def render(text: str, values: dict[str, str], missing: str | None = None) -> str:
    """Render with ``values`` (by full path or last segment); ``missing`` for unknown variables
    (``None``: empty). Default filters apply to empty values, as the real engines do."""
    def condition(m: re.Match[str]) -> str:
        kind, expr, yes, no = m.group(1), m.group(2), m.group(3), m.group(4) or ""
        var = _VARIABLE.match(expr.strip())
        truthy = bool(_lookup(values, var.group() if var else None, missing))
        return yes if truthy != (kind == "unless") else no

    for pattern in (_IF, _HB_IF):
        for _ in range(5):  # nested blocks, innermost first
            text, n = pattern.subn(condition, text)
            if not n:
                break

    def output(m: re.Match[str]) -> str:
        tok = TemplateToken(m.start(), m.end(), m.lastgroup or "output", m.group())
        if tok.kind != "output":
            return ""
        value = _lookup(values, tok.variable, missing)
        if not value:
            d = _FILTER_DEFAULT.search(tok.body)
            value = d.group(1) if d else ""
        return value

    return _TOKEN.sub(output, text)


def variables(text: str) -> list[TemplateToken]:
    return [t for t in scan(text).tokens if t.kind in ("output", "tag") and t.variable]


_SAMPLES = [
    (re.compile(r"(?i)company|shop|brand|store|bedrijf|winkel|merk|شركة|متجر"), "Acme", "أكمي"),
    (re.compile(r"(?i)first|given|voornaam|fname"), "Alex", "مريم"),
    (re.compile(r"(?i)last|family|surname|achternaam|lname"), "Morgan", "العلي"),
    (re.compile(r"(?i)name|naam|اسم"), "Alex Morgan", "مريم العلي"),
    (re.compile(r"(?i)mail"), "alex@example.com", "maryam@example.com"),
    (re.compile(r"(?i)date|datum|day|dag"), "12 March", "١٢ مارس"),
    (re.compile(r"(?i)amount|price|total|bedrag|prijs"), "€12.50", "١٢٫٥٠ درهم"),
    (re.compile(r"(?i)id|number|nummer|code|ref"), "48213", "٤٨٢١٣"),
    (re.compile(r"(?i)url|link"), "https://example.com/t/48213", "https://example.com/t/48213"),
]


def sample_values(text: str, rtl: bool = False) -> dict[str, str]:
    """Plausible values for every variable of a template (right-to-left ones with ``rtl``)."""
    out: dict[str, str] = {}
    for tok in variables(text):
        var = tok.variable
        if var is None or var in out:
            continue
        last = var.split(".")[-1]
        for pattern, ltr_value, rtl_value in _SAMPLES:
            if pattern.search(last) or (pattern is _SAMPLES[0][0] and pattern.search(var)):
                out[var] = rtl_value if rtl else ltr_value
                break
        else:
            out[var] = "نص" if rtl else "sample"
    return out
