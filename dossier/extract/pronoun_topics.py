"""Whom a text, a paragraph or a note is about: the protagonist of a biography or obituary, the headword of a
dictionary entry or footnote, the one person a heading names. A pronoun that nothing nearer accounts for goes to
them (``pronouns.PronounResolver``, which this mixin serves)."""

from __future__ import annotations

import re
from functools import cached_property
from typing import Optional

from dossier.extract.lexicon import DATELINE
from dossier.extract.narrator import AUTHOR_LINE
from dossier.extract.records import entry_name_start, list_item_head, record_head
from dossier.model import Mention

PROTAGONIST_BLOCKS = 3  # a title, a subtitle or heading, the first paragraph
NUMBERED_CASE = re.compile(r"^[ \t]*(?:\(\d{1,3}\)|\d{1,3}[.)]|Case \d{1,3}[.:])[ \t]*$")  # "(1) Víctor Jara. The singer …"


class TextTopics:
    """Needs ``self.doc``, ``self.index``, ``self.protagonist`` and ``self._block_start`` (the resolver's)."""

    def _is_entry(self, topic: Mention) -> bool:
        """The note or paragraph opens with a headword ("MANDELSTAM, Osip Emilievich", "OLEINIKOV Nikolai") or is a
        footnote."""
        headword = topic.text.split(",")[0].split()[0]
        speaker = self.doc.text[topic.end:topic.end + 1] == ":"  # "MRACHKOVSKY: Smirnov. He went …" is a turn, not a note
        line_start = self.doc.text.rfind("\n", 0, topic.start) + 1
        numbered = bool(NUMBERED_CASE.match(self.doc.text[line_start:topic.start])) and self.doc.text[topic.end:topic.end + 1] in ".,"
        return (headword.isupper() and len(headword) > 1 and not speaker) or numbered or any(
            n.body.start <= topic.start < n.body.end for n in self.doc.footnotes)  # or a case file's "(1) Víctor Jara."

    def _protagonist(self) -> Optional[Mention]:
        """Whom a biography, obituary or encyclopedia article is about: the first of its opening blocks (a title,
        a heading, the first paragraph) that opens with a person's name ("Yuri Korshunov: the student who came
        back", "Mikhail Tukhachevsky (1893–1937) was …"). A pronoun nothing nearer accounts for is about them.
        A byline ("By Martin Hale") names who wrote the text, not whom it is about, and is not counted; a
        news report's dateline ("BEIJING, May 17 — Liu Shaoqi, …") is read past."""
        opening = [b for b in self.doc.blocks[:PROTAGONIST_BLOCKS + 1] if not self._byline(b)]
        for block in opening[:PROTAGONIST_BLOCKS]:
            dateline = DATELINE.match(self.doc.text, block.start, block.end)
            start = dateline.end() if dateline else block.start
            first = self.index.opening_person(start, min(block.end, start + 40))
            if first is not None and not first.generic:
                return first
        return None

    def _byline(self, block) -> bool:
        people = self.index.within(block.start, block.end, "PERSON")
        return bool(people) and AUTHOR_LINE.search(self.doc.text[max(block.start, people[0].start - 20):people[0].start]) is not None

    @cached_property
    def main_subject(self) -> Optional[Mention]:
        """The protagonist, when the text is plainly about them: named at least five times and twice as often as
        anyone else. Only such a text settles a choice between two people by whom it is about."""
        most = self.index.most_named() if self.protagonist is not None else None
        return self.protagonist if most is not None and most.entity_id == self.protagonist.entity_id else None

    def _topic(self, offset: int) -> Optional[Mention]:
        """The person a footnote or paragraph opens with ("[74] M.P. Tomsky (born in 1880) …",
        "BABEL, Isaak Emmanuilovich (1894–1940). …"), or an entry's headword under its file number: what a
        biographical note is about."""
        item = list_item_head(self.doc.text, offset, self.index)  # "2) Ir. BAMBANG SETIADJI, 38, …. He is accused …"
        if item is not None and not item.generic:
            return item
        spans = [(n.body.start, n.body.end) for n in self.doc.footnotes] + [(b.start, b.end) for b in self.doc.blocks]
        for lo, hi in spans:
            if lo <= offset < hi:
                first = self.index.opening_person(lo, min(hi, lo + 40)) or record_head(self.doc.text, lo, hi, self.index)
                if first is not None and not first.generic:
                    return first
        return self._heading_person(offset)

    def _heading_person(self, offset: int) -> Optional[Mention]:
        """ "6. Tomás DI TOFFINO, and the testimony from La Perla" / "Trade unionist … He was abducted": the one
        person a heading names is what the paragraph right under it is about."""
        return self._heading_people.get(self._block_start(offset))

    @cached_property
    def _heading_people(self) -> dict[int, Mention]:
        """Paragraph start → the person its heading names, found once per document (pronouns ask per offset)."""
        blocks = self.doc.blocks
        return {block.start: m for heading, block in zip(blocks, blocks[1:])
                if block.kind == "paragraph" and (m := self._named_by_heading(heading)) is not None}

    def _named_by_heading(self, heading) -> Optional[Mention]:
        line = self.doc.text[heading.start:heading.end].strip()
        if heading.kind != "heading" and (len(line.split()) > 12 or line.endswith(".") or "\n" in line):
            return None  # a heading the layout did not mark as one: a short line without a full stop
        if line.lower().startswith("by "):
            return None  # a byline names the writer, not whom the text is about
        named = [m for m in self.index.within(heading.start, heading.end, "PERSON") if m.entity_id and not m.generic]
        start = entry_name_start(self.doc.text, heading.start, heading.end)  # past "5. FR. "
        first = self.index.opening_person(start, min(heading.end, start + 40))
        full = first is not None and len(first.text.split()) >= 2  # a full name, not a heading's word ("Arrest")
        return first if full and len({m.entity_id for m in named}) == 1 else None
