"""Events and their participants: extracted ones per document, curated and reference ones beside them."""

from __future__ import annotations

import json
from typing import Iterable, Optional

from dossier.model import DateValue, Event, Participant, Span


def span_of(text: Optional[str]) -> Optional[Span]:
    if not text:
        return None
    start, end = text.split(":")
    return Span(int(start), int(end))


class EventsMixin:
    def save_events(self, doc_id: Optional[str], events: list[Event], origin: str = "extracted") -> None:
        """Replace the events of one origin for one document (curation status survives by id)."""
        with self.transaction() as conn:
            status = dict(conn.execute("SELECT id, status FROM events WHERE doc_id IS ? AND origin = ?", (doc_id, origin)).fetchall())
            conn.execute("DELETE FROM events WHERE doc_id IS ? AND origin = ?", (doc_id, origin))
            for ev in events:
                self._insert_event(conn, ev, status.get(ev.id, "open"))

    def add_events(self, events: Iterable[Event]) -> int:
        """Add or replace events by id (curated and reference facts)."""
        n = 0
        with self.transaction() as conn:
            for ev in events:
                old = conn.execute("SELECT status FROM events WHERE id = ?", (ev.id,)).fetchone()
                conn.execute("DELETE FROM events WHERE id = ?", (ev.id,))
                self._insert_event(conn, ev, old[0] if old else "open")
                n += 1
        return n

    def _insert_event(self, conn, ev: Event, status: str) -> None:
        d = ev.date
        conn.execute(
            "INSERT INTO events (id, doc_id, type, evidence_start, evidence_end, date_earliest, date_latest, date_precision,"
            " date_text, date_start, date_end, date_inferred, place_id, org_id, modality, attributed_to, charges, origin,"
            " source, trigger, confidence, status) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (ev.id, ev.doc_id, ev.type, ev.evidence.start if ev.evidence else None, ev.evidence.end if ev.evidence else None,
             d.earliest if d else None, d.latest if d else None, d.precision if d else None, d.text if d else None,
             d.start if d else None, d.end if d else None, d.inferred if d else None, ev.place_id, ev.org_id,
             ev.modality, ev.attributed_to, json.dumps(ev.charges), ev.origin, ev.source,
             f"{ev.trigger.start}:{ev.trigger.end}" if ev.trigger else None, ev.confidence, status))
        conn.executemany('INSERT INTO event_participants (event_id, idx, entity_id, role, text, start, "end") VALUES (?,?,?,?,?,?,?)',
                         [(ev.id, i, p.entity_id, p.role, p.text, p.start, p.end) for i, p in enumerate(ev.participants)])

    def events(self, entity_id: Optional[str] = None, types: Optional[list[str]] = None, origin: Optional[str] = None,
               doc_id: Optional[str] = None, include_rejected: bool = False) -> list[Event]:
        """Events of current documents and facts, in date order (undated last)."""
        where = ["(e.doc_id IS NULL OR d.superseded_by IS NULL)"]
        params: list = []
        if not include_rejected:
            where.append("e.status != 'rejected'")
        if entity_id:
            where.append("(e.id IN (SELECT event_id FROM event_participants WHERE entity_id = ?) OR e.place_id = ? OR e.org_id = ?)")
            params += [entity_id, entity_id, entity_id]
        if types:
            where.append(f"e.type IN ({','.join('?' * len(types))})")
            params += list(types)
        if origin:
            where.append("e.origin = ?")
            params.append(origin)
        if doc_id:
            where.append("e.doc_id = ?")
            params.append(doc_id)
        rows = self.query("SELECT e.* FROM events e LEFT JOIN documents d ON d.id = e.doc_id WHERE " + " AND ".join(where)
                          + " ORDER BY e.date_earliest IS NULL, e.date_earliest, e.doc_id, e.evidence_start", tuple(params))
        participants: dict[str, list[Participant]] = {}
        if rows:
            ids = [r["id"] for r in rows]
            for chunk in range(0, len(ids), 500):
                part = ids[chunk:chunk + 500]
                for p in self.query(f"SELECT * FROM event_participants WHERE event_id IN ({','.join('?' * len(part))}) ORDER BY event_id, idx", tuple(part)):
                    participants.setdefault(p["event_id"], []).append(
                        Participant(p["entity_id"], p["role"], p["text"], p["start"], p["end"]))
        return [self._event_from_row(r, participants.get(r["id"], [])) for r in rows]

    def _event_from_row(self, r, participants: list[Participant]) -> Event:
        date = None
        if r["date_earliest"]:
            date = DateValue(r["date_earliest"], r["date_latest"], r["date_precision"], r["date_text"] or "",
                             r["date_start"], r["date_end"], r["date_inferred"])
        evidence = Span(r["evidence_start"], r["evidence_end"]) if r["evidence_start"] is not None else None
        return Event(type=r["type"], evidence=evidence, participants=participants, date=date, place_id=r["place_id"],
                     modality=r["modality"], attributed_to=r["attributed_to"], charges=json.loads(r["charges"]),
                     origin=r["origin"], doc_id=r["doc_id"], trigger=span_of(r["trigger"]), org_id=r["org_id"],
                     confidence=r["confidence"], id=r["id"], source=r["source"])
