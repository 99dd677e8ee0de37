"""The reader's HTML, built from a document's text and its spans.

Document text is untrusted (a pamphlet may contain ``<script>``), so every
fragment of it goes through ``markupsafe.escape`` and the only tags in the
output are the ones written here. Mentions and footnote markers are atoms
(never split); event evidence is drawn as underlining around them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import groupby
from typing import Iterable, Optional
from urllib.parse import quote

from markupsafe import Markup, escape


@dataclass
class Atom:
    """An inline span rendered as one element: a mention or a footnote marker."""
    start: int
    end: int
    kind: str  # "mention" | "fnref"
    label: str = ""          # PERSON/ORG/PLACE/DATE/WORK, or the footnote label
    entity_id: Optional[str] = None
    mention_id: Optional[str] = None


@dataclass
class Underline:
    """An event's evidence span, drawn as underlining."""
    start: int
    end: int
    event_id: str
    title: str = ""


@dataclass
class Section:
    kind: str
    start: int
    end: int
    label: Optional[str] = None


@dataclass
class ReaderInput:
    text: str
    sections: list[Section] = field(default_factory=list)
    footnotes: list[Section] = field(default_factory=list)  # kind "footnote", label set
    atoms: list[Atom] = field(default_factory=list)
    underlines: list[Underline] = field(default_factory=list)


def paragraphs_of(text: str) -> list[Section]:
    """Paragraph sections split on blank lines, for documents stored without blocks."""
    out: list[Section] = []
    pos = 0
    for chunk in text.split("\n\n"):
        start, end = pos, pos + len(chunk)
        pos = end + 2
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            out.append(Section("paragraph", start + lead, start + lead + len(stripped)))
    return out


def fn_anchor(label: str) -> str:
    """A fragment id for a footnote label that is safe in an attribute and a URL."""
    return "fn-" + quote(label, safe="")


def _flat_atoms(atoms: Iterable[Atom], lo: int, hi: int) -> list[Atom]:
    """Atoms inside [lo, hi), without overlaps (footnote markers win, then earlier/longer)."""
    inside = [a for a in atoms if lo <= a.start < a.end <= hi]
    inside.sort(key=lambda a: (a.kind != "fnref", a.start, -(a.end - a.start)))
    kept: list[Atom] = []
    for a in inside:
        if all(a.end <= k.start or k.end <= a.start for k in kept):
            kept.append(a)
    return sorted(kept, key=lambda a: a.start)


def _snap(pos: int, atoms: list[Atom], outward_left: bool) -> int:
    for a in atoms:
        if a.start < pos < a.end:
            return a.start if outward_left else a.end
    return pos


def _atom_html(a: Atom, text: str) -> Markup:
    body = escape(text[a.start:a.end])
    if a.kind == "fnref":
        anchor = fn_anchor(a.label)
        return Markup('<a class="fnref" href="#{0}" data-fn="{0}" role="button" aria-expanded="false">{1}</a>').format(anchor, body)
    cls = "m m-" + (a.label if a.label.isalpha() else "X")
    mid = Markup(' data-mention="{}"').format(a.mention_id) if a.mention_id else Markup("")
    if a.entity_id:
        href = "/entity/" + quote(a.entity_id, safe="")
        return Markup('<a class="{}" href="{}"{} title="{}">{}</a>').format(cls, href, mid, a.label, body)
    return Markup('<span class="{}"{} title="{}">{}</span>').format(cls, mid, a.label, body)


def render_inline(text: str, lo: int, hi: int, atoms: Iterable[Atom], underlines: Iterable[Underline]) -> Markup:
    """The HTML of text[lo:hi] with its atoms and event underlining."""
    flat = _flat_atoms(atoms, lo, hi)
    unders = []
    for u in underlines:
        s, e = max(u.start, lo), min(u.end, hi)
        if s < e:
            unders.append((_snap(s, flat, True), _snap(e, flat, False), u))
    cuts = {lo, hi}
    for a in flat:
        cuts.update((a.start, a.end))
    for s, e, _u in unders:
        cuts.update((s, e))
    points = sorted(cuts)
    atom_at = {a.start: a for a in flat}
    segments = []
    for s, e in zip(points, points[1:]):
        active = tuple(u for (us, ue, u) in unders if us <= s and e <= ue)
        segments.append((s, e, active))
    out: list[Markup] = []
    for active, group in groupby(segments, key=lambda seg: seg[2]):
        parts = Markup("").join(_atom_html(atom_at[s], text) if s in atom_at and atom_at[s].end == e
                                else escape(text[s:e]) for s, e, _a in group)
        if active:
            ids = " ".join(u.event_id for u in active)
            title = "; ".join(u.title for u in active if u.title)
            out.append(Markup('<span class="ev" data-events="{}" title="{}">{}</span>').format(ids, title, parts))
        else:
            out.append(parts)
    return Markup("").join(out)


_TAGS = {"title": "h1", "heading": "h2", "paragraph": "p", "metadata": "p"}


def render_document(inp: ReaderInput) -> Markup:
    """The body and the footnotes of a document, as one HTML fragment."""
    sections = [s for s in (inp.sections or paragraphs_of(inp.text)) if s.kind != "footnote"]
    body: list[Markup] = []
    for s in sections:
        tag = _TAGS.get(s.kind, "p")
        inner = render_inline(inp.text, s.start, s.end, inp.atoms, inp.underlines)
        body.append(Markup('<{0} class="blk blk-{1}" id="at-{2}" data-start="{2}">{3}</{0}>').format(tag, s.kind, s.start, inner))
    notes: list[Markup] = []
    for fn in inp.footnotes:
        inner = render_inline(inp.text, fn.start, fn.end, inp.atoms, inp.underlines)
        notes.append(Markup('<li class="footnote" id="{}" data-start="{}">{}</li>').format(
            fn_anchor(fn.label or "?"), fn.start, inner))
    html = Markup('<div class="doc-body">') + Markup("\n").join(body) + Markup("</div>")
    if notes:
        html += Markup('<section class="footnotes"><h2>Notes</h2><ol>') + Markup("\n").join(notes) + Markup("</ol></section>")
    return html
