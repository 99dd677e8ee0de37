"""A table of people and dates is read by its header: each dated cell under an event's column is that event."""

from tests.extract.test_events import only

TABLE = ("The fate of the commanders.\n\n"
         "No. | Name              | Rank      | Arrested   | Sentenced  | Shot / died                  | Rehabilitated\n"
         "----+-------------------+-----------+------------+------------+------------------------------+--------------\n"
         "  1 | Tukhachevsky M.N. | Marshal   | 22.05.1937 | 11.06.1937 | 12.06.1937                   | 31.01.1957\n"
         "  2 | Blyukher V.K.     | Marshal   | 22.10.1938 |            | 09.11.1938 (died in custody) | 1956\n"
         "  3 | Gamarnik Ya.B.    | Commissar | –          | –          | 31.05.1937 (suicide)         |\n"
         "  4 | Kashirin N.D.     | Army Cdr  | 08.1937    |            | 06.1938                      |\n")


def test_a_table_row_gives_its_person_an_event_per_dated_column(analyse):
    events = analyse(TABLE)
    tukhachevsky = {e[0]: e[2] for e in events if e[1] == [("Tukhachevsky M.N.", "subject")]}
    assert tukhachevsky == {"arrest": "1937-05-22", "sentence": "1937-06-11", "execution": "1937-06-12",
                            "rehabilitation": "1957-01-31"}
    assert only(events, "death")[1:3] == ([("Blyukher V.K.", "subject")], "1938-11-09")  # the cell's note says how
    assert only(events, "suicide")[1:3] == ([("Gamarnik Ya.B.", "subject")], "1937-05-31")
    kashirin = {e[0]: e[2] for e in events if e[1] == [("Kashirin N.D.", "subject")]}
    assert kashirin == {"arrest": "1937-08-01", "execution": "1938-06-01"}  # a month and year: "08.1937"
    assert all(e[5].evidence.end - e[5].evidence.start > 40 for e in events)  # the row is the evidence


def test_a_table_whose_columns_name_no_event_gives_none(analyse):
    plain = analyse("Name | Rank | Post\nYakir I.E. | Army Cdr | Cdr Kiev MD\nKork A.I. | Army Cdr | Head, Frunze Academy\n")
    assert not plain
