"""HTML: the main text (not menus or scripts), headings, and note anchors as footnotes.

marxists.org-style pages link a body anchor (``<a href="#n73" name="f73">``) to
a note anchor (``<a name="n73" href="#f73">``); pandoc-style pages use ids.
Markers become ``[label]`` in the text and notes move to the end as
``[label] text``, the shape ``structure`` reads.
"""

from __future__ import annotations

import re
from typing import Optional

from selectolax.lexbor import LexborHTMLParser as HTMLParser, LexborNode as Node

from dossier.ingest.extracted import Extracted, TextBuilder
from dossier.ingest.metadata import parse_stated_date

DROP = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, template, button, select"
BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "dd", "dt", "td", "th", "div", "address", "figcaption"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
NAV_HINT = re.compile(r"(^|[\s_-])(nav|menu|breadcrumb|sidebar|toc|footer|header|banner|skip)([\s_-]|$)", re.I)
SPACES = re.compile(r"[ \t\r\n\u00a0]+")
DATE_META = ("date", "dc.date", "dcterms.date", "article:published_time", "citation_publication_date", "dc.date.issued")


def anchor_key(node: Node) -> Optional[str]:
    return node.attributes.get("id") or node.attributes.get("name")


def label_of(text: str, fallback: int) -> str:
    digits = re.sub(r"[^\w*]", "", text)
    return digits if digits and len(digits) <= 4 else str(fallback)


def block_ancestor(node: Node) -> Optional[Node]:
    parent = node.parent
    while parent is not None and parent.tag not in BLOCKS and parent.tag not in ("body", "html"):
        parent = parent.parent
    return parent if parent is not None and parent.tag in BLOCKS else None


def mark_notes(root: Node) -> list[Node]:
    """Turn note anchors into ``[label]`` text; return the note blocks, in order."""
    targets = {anchor_key(n): n for n in root.css("[id], a[name]") if anchor_key(n)}
    note_blocks: list[Node] = []
    counter = 0
    for link in root.css('a[href^="#"]'):
        target = targets.get(link.attributes.get("href", "")[1:])
        if target is None or target is link:
            continue
        back = target if target.tag == "a" else None
        back_href = (back.attributes.get("href") or "")[1:] if back is not None else ""
        is_marker = back_href == anchor_key(link) or (back is None and target.tag in ("li", "p", "div") and "note" in (anchor_key(target) or "") + (target.attributes.get("class") or ""))
        if not is_marker:
            continue
        counter += 1
        label = label_of(link.text(), counter)
        note = block_ancestor(target) if back is not None else target
        if note is None or note in note_blocks:
            continue
        marker_node = link.parent if link.parent is not None and link.parent.tag == "sup" and len(link.parent.text().strip()) == len(link.text().strip()) else link
        marker_node.replace_with(f"[{label}]")
        if back is not None:
            back.replace_with(f"[{label}] ")
        else:
            note.insert_child(f"[{label}] ")
        note_blocks.append(note)
    return note_blocks


def is_navigation(node: Node) -> bool:
    while node is not None and node.tag not in ("body", "html"):
        hint = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''} {node.attributes.get('role') or ''}"
        if NAV_HINT.search(hint) or node.attributes.get("role") == "navigation":
            return True
        node = node.parent
    return False


def mostly_links(node: Node, text: str) -> bool:
    """A short block that is nearly all link text is a menu or a breadcrumb, not prose."""
    if not text or len(text) > 300:
        return False
    linked = sum(len(SPACES.sub(" ", a.text()).strip()) for a in node.css("a"))
    return linked >= 0.6 * len(text.replace("|", "").replace(">", "").strip())


def block_text(node: Node) -> str:
    if node.tag == "pre":
        return node.text(deep=True)
    return SPACES.sub(" ", node.text(deep=True, separator="")).strip()


def leaf_blocks(root: Node) -> list[Node]:
    """Block elements that hold no other block element with text: each text once."""
    found = []
    for node in root.traverse():
        if node.tag not in BLOCKS:
            continue
        if any(child.tag in BLOCKS and child.text(deep=True).strip() for child in node.iter()):
            if node.tag not in ("li", "td", "blockquote"):
                continue
            if any(child.tag in BLOCKS for child in node.iter()):
                continue
        found.append(node)
    return found


def read_html_text(html: str, encoding: Optional[str] = None) -> Extracted:
    tree = HTMLParser(html)
    title_node = tree.css_first("title")
    title = SPACES.sub(" ", title_node.text()).strip() if title_node else None
    published = None
    for meta in tree.css("meta"):
        key = (meta.attributes.get("name") or meta.attributes.get("property") or "").lower()
        if key in DATE_META and meta.attributes.get("content"):
            published = parse_stated_date(meta.attributes["content"]) or published
    root = tree.body or tree.root
    if root is None:
        return Extracted(text="", encoding=encoding, title=title)
    for node in root.css(DROP):
        node.decompose()
    notes = mark_notes(root)
    builder = TextBuilder()
    blocks = leaf_blocks(root)
    if not blocks:
        builder.add(SPACES.sub(" ", root.text(separator=" ")))
    note_texts = []
    for node in blocks:
        if any(node.mem_id == n.mem_id for n in notes):
            note_texts.append(block_text(node))
            continue
        text = block_text(node)
        if is_navigation(node) or mostly_links(node, text):
            continue
        builder.add(text, heading=node.tag in HEADINGS)
    for text in note_texts:
        builder.add(text)
    if not title:
        h1 = root.css_first("h1")
        title = block_text(h1) if h1 else None
    return Extracted(text=builder.text(), encoding=encoding, title=title or None, published=published, headings=builder.headings)
