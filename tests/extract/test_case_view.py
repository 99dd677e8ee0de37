"""A text in capitals (a telegram, a headline) is read as if written in ordinary case, and quoted as written."""

from dossier.analysis import Analyzer
from dossier.extract.case_view import cased_view
from dossier.ingest import read_document
from dossier.model import Document
from tests.extract.test_events import only

CABLE = ("TELEGRAM RECEIVED\n\nMoscow, March 15, 1938\n\n"
         "2. KRESTINSKI WAS ARRESTED IN MAY 1937. RYKOV ADMITTED GUILT ON PRACTICALLY ALL COUNTS AND STATED THAT "
         "BUKHARIN HAD DIRECTED UNDERGROUND ACTIVITY. MEMBERS OF EMBASSY STAFF ATTENDED MOST SESSIONS.\n\n"
         "MR. DAVIES: The defendants looked well.\n")


def test_a_telegram_in_capitals_yields_its_people_and_events(analyse):
    events = analyse(CABLE)
    arrest = only(events, "arrest")
    assert arrest[1] == [("Krestinski", "subject")] and arrest[2] == "1937-05-01"  # "MAY" is a month here
    assert only(events, "confession")[1] == [("Rykov", "subject")]


def test_the_recased_copy_keeps_every_offset_and_the_mentions_quote_the_capitals(tmp_path):
    doc = Document(id="x", path="cable.txt", text=CABLE)
    view = cased_view(doc)
    assert len(view.text) == len(doc.text) and view.text != doc.text
    assert "Krestinski was arrested in May 1937" in view.text
    assert "MR. DAVIES: The defendants looked well." in view.text  # a line that is not in capitals stays as it is
    path = tmp_path / "cable.txt"
    path.write_text(CABLE, encoding="utf-8")
    result = Analyzer().analyze_all([read_document(path)])[0]
    people = [m for m in result.mentions if m.label == "PERSON"]
    assert {"KRESTINSKI", "RYKOV", "BUKHARIN"} <= {m.text for m in people}
    assert all(m.text == CABLE[m.start:m.end] for m in result.mentions)
    assert all(p.text == CABLE[p.start:p.end] for ev in result.events for p in ev.participants if p.start is not None)


def test_prose_with_a_few_capitals_is_left_alone():
    text = "VYSHINSKY: Who sent you?\n\nThe NKVD arrested KEDROV Mikhail Sergeevich in 1939.\n"
    assert cased_view(Document(id="y", path="t.txt", text=text)).text == text


def test_places_and_bodies_of_several_words_keep_their_capitals(tmp_path):
    text = ("TELEGRAM RECEIVED\n\n3. INDICTMENT CHARGED THEM WITH ESPIONAGE FOR GREAT BRITAIN AND WITH PLOTTING TO "
            "DISMEMBER SOVIET UNION. CENTRAL COMMITTEE OF THE PARTY HAS EXPELLED POSTYSHEV.\n")
    view = cased_view(Document(id="z", path="t.txt", text=text)).text
    assert "Great Britain" in view and "Soviet Union" in view and "Central Committee of the party" in view
    path = tmp_path / "cable.txt"
    path.write_text(text, encoding="utf-8")
    found = {(m.text, m.label) for m in Analyzer().analyze_all([read_document(path)])[0].mentions}
    assert {("GREAT BRITAIN", "PLACE"), ("SOVIET UNION", "PLACE"), ("CENTRAL COMMITTEE", "ORG")} <= found
