"""Calendar expressions: spans, intervals, precision, and where an inferred year came from."""

import pytest

from dossier.extract.dates import find_dates, parse_date_text
from dossier.ingest.structure import find_structure
from dossier.model import Document


def dates_in(text: str, published=None):
    s = find_structure(text)
    return find_dates(Document(id="t", path="t", text=text, blocks=s.blocks, footnotes=s.footnotes, published=published))


@pytest.mark.parametrize("text,span,earliest,latest,precision", [
    ("He was born in 1880.", "1880", "1880-01-01", "1880-12-31", "year"),
    ("Arrested in April 1909 again.", "April 1909", "1909-04-01", "1909-04-30", "month"),
    ("The trial ended on August 24, 1936.", "August 24, 1936", "1936-08-24", "1936-08-24", "day"),
    ("Shot on 25 August 1936 at dawn.", "25 August 1936", "1936-08-25", "1936-08-25", "day"),
    ("Held on January 15–16, 1935 in Leningrad.", "January 15–16, 1935", "1935-01-15", "1935-01-16", "day"),
    ("The purges of the 1930s.", "1930s", "1930-01-01", "1939-12-31", "decade"),
    ("Last updated: 13.2.2005", "13.2.2005", "2005-02-13", "2005-02-13", "day"),
    ("He served from 1919-1921 in the army.", "1919-1921", "1919-01-01", "1921-12-31", "year"),
    ("He was in Copenhagen from November 23 to December 2, 1932.", "November 23 to December 2, 1932",
     "1932-11-23", "1932-12-02", "day"),
    ("He was arrested on 12/05/1971 at a bus stop.", "12/05/1971", "1971-05-12", "1971-05-12", "day"),
    ("Called to testify on 20/01/1972, he denied it.", "20/01/1972", "1972-01-20", "1972-01-20", "day"),
    ("The memo of 5/25/1953 said so.", "5/25/1953", "1953-05-25", "1953-05-25", "day"),
])
def test_calendar_expressions(text, span, earliest, latest, precision):
    (d,) = dates_in(text)
    assert (text[d.start:d.end], d.earliest, d.latest, d.precision) == (span, earliest, latest, precision)


def test_rough_part_of_a_year_keeps_the_span_and_narrows_the_interval():
    (d,) = dates_in("He was arrested toward the end of 1907.")
    assert d.text == "1907" and d.earliest == "1907-09-01" and d.latest == "1907-12-31" and "end of" in d.inferred


@pytest.mark.parametrize("text", ["Bulletin No.31 appeared.", "Some 1500 people were arrested.",
                                  "He said this ten years ago, today.", "See note [73] below.",
                                  "19 members of the Central Committee.", "Proceedings No. 112/71 were opened."])
def test_not_dates(text):
    assert dates_in(text) == []


def test_a_chronology_s_roman_months_take_the_year_above_them():
    dates = dates_in("V. Chronology\n\n30 I 1968 — last performance of the play.\n4 III — two students expelled.\n"
                     "It was 4 III that day.\n")
    assert [(d.text, d.earliest) for d in dates] == [("30 I 1968", "1968-01-30"), ("4 III", "1968-03-04")]


def test_missing_year_comes_from_the_same_paragraph():
    (year, day) = dates_in("In 1936 the trial began. Pravda wrote on October 8 about it.")
    assert day.earliest == "1936-10-08" and "same paragraph" in day.inferred


def test_missing_year_comes_from_the_latest_year_not_the_web_page_date():
    text = "The trial of 1917 is not this one.\n\nRead Pravda of October 8.\n\nIn July 1936 it began.\n\nLast updated on: 13.2.2005\n"
    day = next(d for d in dates_in(text) if d.text == "October 8")
    assert day.earliest == "1936-10-08" and "latest year" in day.inferred


def test_missing_year_prefers_the_documents_stated_date():
    day = next(d for d in dates_in("On October 8 the lead article appeared.", published="1937-01-02"))
    assert day.earliest == "1937-10-08" and "stated date" in day.inferred


def test_parse_date_text_for_curated_facts():
    assert parse_date_text("1936-08-25").precision == "day"
    assert parse_date_text("August 1936").latest == "1936-08-31"
    assert parse_date_text("1930s").precision == "decade"
    assert parse_date_text("sometime") is None


def test_founding_text_dates_match_the_gold_exactly(founding_path, founding_gold):
    from dossier.ingest import read_document
    doc = read_document(founding_path)
    found = {(d.start, d.end) for d in find_dates(doc)}
    gold = {(m["start"], m["end"]) for m in founding_gold["mentions"] if m["label"] == "DATE"}
    assert found == gold


def test_roman_month_dates_and_a_month_after_a_word_of_time(tmp_path):
    from dossier.extract.dates import find_dates
    from dossier.ingest import read_document
    path = tmp_path / "d.txt"
    path.write_text("Entry of 10.VII.1937. He was taken in June and released that October. June Smith wrote.\n")
    dates = find_dates(read_document(path))
    found = {d.text: (d.earliest, d.latest) for d in dates}
    assert found["10.VII.1937"] == ("1937-07-10", "1937-07-10")
    assert found["June"] == ("1937-06-01", "1937-06-30") and found["October"] == ("1937-10-01", "1937-10-31")
    assert [d.text for d in dates].count("June") == 1  # "June Smith" is not a date


def test_a_date_without_a_year_takes_the_nearest_year_before_it(tmp_path):
    from dossier.extract.dates import find_dates
    from dossier.ingest import read_document
    path = tmp_path / "d.txt"
    path.write_text("20 June 1938. She was arrested in April 1936 and released that October.\n")
    october = [d for d in find_dates(read_document(path)) if d.text == "October"][0]
    assert october.earliest == "1936-10-01" and "last year stated before it" in october.inferred


def test_a_year_said_short_after_a_word_of_time():
    found = dates_in("Papa was taken in '37. They let Mama out in '46, in the summer. Rock 'n' roll '56 was loud.")
    assert [(d.text, d.earliest) for d in found] == [("'37", "1937-01-01"), ("'46", "1946-01-01")]
    assert found[0].inferred  # it says how it read the century


def test_a_heading_of_four_digit_like_characters_that_are_no_year_is_no_year_heading(tmp_path):
    from dossier.analysis import Analyzer
    from dossier.ingest import read_document
    path = tmp_path / "sup.txt"
    path.write_text("Notes\n\n000¹\n\nOn 16 December he was arrested.\n", encoding="utf-8")
    Analyzer().analyze_all([read_document(path)])  # "000¹" passes str.isdigit() but is no number: no crash


def test_a_day_alone_is_in_the_month_of_the_latest_date_before_it():
    text = ("The inquiry opened on June 12, 1929 before the Magistrate. Counsel concluded his address on the 15th. "
            "The witness spoke of meetings held in December 1928. On the 22nd Spratt complained of handcuffs. "
            "He served with the 10th Parachute Division and in the 2nd Military Judicial District.")
    days = {d.text: d.earliest for d in dates_in(text)}
    assert days["15th"] == "1929-06-15" and days["22nd"] == "1929-06-22"
    assert "10th" not in days and "2nd" not in days


def test_a_line_after_a_bracketed_note_starts_a_sentence(analyse):
    events = analyse("Mr. J. E. Armstrong is the Deputy Director.\n"
                     "   [Margin: His statement is untrue. -- J.E.A.]\n"
                     "Ram Kishan, of the Naujawan Bharat Sabha, was arrested at Lahore on 28th June 1929 for a "
                     "seditious speech.\n")
    arrests = [people for kind, people, *_ in events if kind == "arrest"]
    assert arrests == [[("Ram Kishan", "subject")]]


def test_the_year_of_a_law_named_after_a_day_is_not_that_days_year():
    text = "In May 1929 the strike began. Abdul Halim was arrested on 21st June under Regulation III of 1818."
    day = next(d for d in dates_in(text) if d.text == "21st June")
    assert day.earliest == "1929-06-21"


def test_ethiopian_calendar_dates_are_placed_on_our_calendar():
    found = {d.text: d for d in dates_in("The charge was filed on Tikimt 18, 1987 E.C. (28 October 1994). The Derg "
                                         "met on Hidar 14, 1967 E.C.; he denied attending the meeting of Hidar 14. "
                                         "The judgment of Tahsas 3, 1999 E.C. followed. He died in 1995 E.C.")}
    assert (found["Tikimt 18, 1987 E.C."].earliest, found["Tikimt 18, 1987 E.C."].precision) == ("1994-10-28", "day")
    assert found["Hidar 14, 1967 E.C."].earliest == "1974-11-23"
    assert found["Hidar 14"].earliest == "1974-11-23"  # the Ethiopian year written before it
    assert found["Tahsas 3, 1999 E.C."].earliest == "2006-12-12"
    assert (found["1995 E.C."].earliest, found["1995 E.C."].latest) == ("2002-09-11", "2003-09-11")
    assert "1987" not in found and "1999" not in found  # the year is the Ethiopian one, not ours


def test_a_ledgers_dates_with_two_digit_years_and_months_in_figures_or_abbreviated():
    found = {d.text: d for d in dates_in("Captured 12-08-83, 0700 hrs. Died 8/IX/83. Released 22/12/83. Se lo llevó "
                                         "Pancho, 24 Aug 83. Fate: 300, 6-II-84. Stopped reporting Jan 84. Left in "
                                         "April 84. Came on 2 Sept asking for her. Case File No. 001/18-07-2007/ECCC. "
                                         "On June 12 Jan spoke.")}
    assert found["12-08-83"].earliest == "1983-08-12"
    assert found["8/IX/83"].earliest == "1983-09-08"
    assert found["22/12/83"].earliest == "1983-12-22"
    assert found["24 Aug 83"].earliest == "1983-08-24"
    assert found["6-II-84"].earliest == "1984-02-06"
    assert (found["Jan 84"].earliest, found["Jan 84"].precision) == ("1984-01-01", "month")
    assert found["April 84"].latest == "1984-04-30"
    assert found["2 Sept"].earliest.endswith("-09-02")
    assert "18-07-2007" not in found  # a file's number
    assert "June 12" in found and not any(t.startswith("Jan") and t != "Jan 84" for t in found)  # "Jan" the man
    night = dates_in("Arrests began on the night of 25/26 June 1975.")[0]
    assert (night.text, night.earliest, night.latest) == ("25/26 June 1975", "1975-06-25", "1975-06-26")


def test_minguo_dates_are_placed_on_our_calendar():
    found = {d.text: d for d in dates_in("Years are counted in the Minguo calendar; Minguo 39 corresponds to 1950. In "
                                         "October of Minguo 36 he joined. On the nights of 12 and 26 June, Minguo 38 "
                                         "he convened meetings. Arrested on 3 April, Minguo 39. By instruction dated "
                                         "39.6.21 the President approved.")}
    assert (found["Minguo 39"].earliest, found["Minguo 39"].latest) == ("1950-01-01", "1950-12-31")
    assert (found["October of Minguo 36"].earliest, found["October of Minguo 36"].precision) == ("1947-10-01", "month")
    assert (found["12 and 26 June, Minguo 38"].earliest, found["12 and 26 June, Minguo 38"].latest) == ("1949-06-12", "1949-06-26")
    assert found["3 April, Minguo 39"].earliest == "1950-04-03"
    assert found["39.6.21"].earliest == "1950-06-21"
    assert "39.6.21" not in {d.text for d in dates_in("Item 39.6.21 of the inventory.")}  # the era unnamed


def test_a_file_writing_month_first_reads_every_slashed_date_so_and_a_short_year_carries_on():
    found = {d.text: d.earliest for d in dates_in(
        "DATE: 10/14/68\n\nOn 8/8/68 GREENE was arrested. At a press conference on 8/12/68 WALLACE accused the police. "
        "At the 9/7/68 meeting AMES spoke. AMES returned to Cincinnati on August 30.")}
    assert found["8/12/68"] == "1968-08-12" and found["9/7/68"] == "1968-09-07" and found["August 30"] == "1968-08-30"
    elsewhere = {d.text: d.earliest for d in dates_in("Arrested on 22/12/83 and again on 8/12/83.")}
    assert elsewhere["8/12/83"] == "1983-12-08"  # a file writing the day first keeps doing so
