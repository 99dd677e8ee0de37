"""A reference work's entries: a headword, then the life as labelled lines ("Arrested: 21.11.1936, Kharkiv.")."""

from tests.extract.test_events import only

ENTRIES = ("The inventory describes the files of two writers.\n\n"
           "1. File 10442-P\n"
           "KHVYLOVY Mykola Hryhorovych\n"
           "b. 1893, v. Trostianets, Kharkiv Governorate. Writer.\n"
           "Arrested: 14.03.1933, Kharkiv.\n"
           "Charge: membership of a counter-revolutionary terrorist organisation (Art. 54-8).\n"
           "Sentence: 5 years' camps; Special Board of the OGPU, 1934. Resentenced to death by a troika, October 1937.\n"
           "Shot: 03.11.1937.\n"
           "Rehabilitated: 1958.\n"
           "80 sh.\n\n"
           "2. File 20871-P\n"
           "YOHANSEN Maik Hervasiiovych (Mike)\n"
           "b. 1895, Kharkiv. Poet.\n"
           "Arrested: 18.08.1937, Kyiv.\n"
           "Died: 27.10.1937, Kyiv.\n")


def test_each_labelled_line_of_an_entry_is_an_event_of_its_headword(analyse):
    events = analyse(ENTRIES)
    khvylovy = {e[0]: e[2] for e in events if e[1] and e[1][0][0] == "KHVYLOVY Mykola Hryhorovych"
                and e[0] != "sentence"}
    assert khvylovy == {"birth": "1893-01-01", "arrest": "1933-03-14", "accusation": None,
                        "execution": "1937-11-03", "rehabilitation": "1958-01-01"}
    sentences = sorted(e[2] for e in events if e[0] == "sentence")
    assert sentences == ["1934-01-01", "1937-10-01"]  # the labelled line and the clause after it in the same line
    assert only(events, "accusation")[1] == [("KHVYLOVY Mykola Hryhorovych", "accused")]
    assert "terrorism" in only(events, "accusation")[5].charges
    yohansen = {e[0]: e[2] for e in events if e[1] == [("YOHANSEN Maik Hervasiiovych", "subject")]}
    assert yohansen == {"birth": "1895-01-01", "arrest": "1937-08-18", "death": "1937-10-27"}


def test_an_entry_s_places_are_places(analyse):
    events = analyse(ENTRIES)
    births = [e[5] for e in events if e[0] == "birth"]
    assert all(b.place_id for b in births)  # "v. Trostianets", "Kharkiv"
    arrest = next(e[5] for e in events if e[0] == "arrest" and e[2] == "1933-03-14")
    assert arrest.place_id and arrest.evidence.end - arrest.evidence.start == len("Arrested: 14.03.1933, Kharkiv.")


def test_a_labelled_line_without_a_headword_is_no_event(analyse):
    events = analyse("Notes on the collection.\n\nThe letters of Kanno Suga and Kotoku Shusui came to the archive in 1991.\n"
                     "Arrested: 14.03.1933, Kharkiv.\nShot: 03.11.1937.\n\n"
                     "Kanno, the only woman among the accused, wrote to Kotoku in prison.\nShot: 1911.\n")
    assert not [e for e in events if e[0] in ("arrest", "execution")]


def test_a_birth_date_after_the_name_is_a_birth(analyse):
    found = analyse("On 11.10.1941 officials arrested the lathe operator Heinrich Wilhelm Kösters, b. 3.5.1899 in "
                    "Duisburg, resident there. The court tried the communists Otto Remmert, b. 1896, of Wuppertal.")
    births = {tuple(p): when for type_, p, when, *_ in found if type_ == "birth"}
    assert births[(("Heinrich Wilhelm Kösters", "subject"),)] == "1899-05-03"
    assert births[(("Otto Remmert", "subject"),)] == "1896-01-01"
    place = next(ev for type_, _, _, _, _, ev in found if type_ == "birth" and ev.date.earliest == "1899-05-03")
    assert place.place_id is not None  # "in Duisburg"


def test_a_ledgers_entry_under_a_name_with_its_alias_is_about_that_person(analyse):
    found = analyse("Codes follow the original.\n\n"
                    "4. Photo 10\nRubén Darío BATRES Monzón, alias \"Beto\".\nOrg.: FAR (sympathiser).\n"
                    "Captured 7/IX/83 in Escuintla.\n\n"
                    "5. Photo 15\nEdgar Leonel SAMAYOA Orellana, alias \"Ramiro\".\nOrg.: ORPA.\n"
                    "Captured 03-11-83 in Guatemala City, at a meeting with two other members.\n")
    arrests = {p[0][0]: when for type_, p, when, *_ in found if type_ == "arrest"}
    assert arrests == {"Rubén Darío BATRES Monzón": "1983-09-07", "Edgar Leonel SAMAYOA Orellana": "1983-11-03"}


def test_a_ledgers_lines_are_its_headwords_membership_and_captures(analyse):
    found = analyse("Codes follow the original.\n\n"
                    "1. Photo 3\nOscar Rolando CIFUENTES Mazariegos, alias \"Lucas\".\nOrg.: PGT. Member of its Central "
                    "Committee since 1979.\nCaptured 12-08-83, 0700 hrs, in Mixco, leaving his house.\n\n"
                    "12. Photo 38\nLuis Fernando ARCHILA Sosa, alias \"Manolo\".\nTrained in Cuba, according to No. 10.\n"
                    "Captured 8 June 84 in Guatemala City at a bus stop.\n")
    told = {(type_, p[0][0], when) for type_, p, when, *_ in found}
    assert {("membership", "Oscar Rolando CIFUENTES Mazariegos", "1979-01-01"),
            ("arrest", "Oscar Rolando CIFUENTES Mazariegos", "1983-08-12"),
            ("arrest", "Luis Fernando ARCHILA Sosa", "1984-06-08")} <= told


def test_a_labelled_line_of_participles_is_about_the_entrys_person(analyse):
    found = analyse("Codes follow the original.\n\n10. Photo 31\nCarlos Humberto YOC Tum, alias \"Nando\".\nOrg.: EGP.\n"
                    "Previous record: detained in 1980 by the National Police in Escuintla; tried for illegal possession "
                    "of arms and sentenced to 3 years; released under the amnesty of June 1982.\n")
    told = {(type_, p[0][0], when) for type_, p, when, *_ in found}
    assert {("arrest", "Carlos Humberto YOC Tum", "1980-01-01"), ("trial", "Carlos Humberto YOC Tum", None),
            ("release", "Carlos Humberto YOC Tum", "1982-06-01")} <= told


REGISTER = ("ENTRY No. 88\n\nSURNAMES AND NAMES: MORALES VEGA, Tomás Ignacio\nOCCUPATION: baker.\n"
            "DETAINED: 2 May 1977 at the market of Concepción, by Insp. R. Acosta.\n"
            "CAUSE: Suspected of distributing leaflets.\n"
            "OBSERVATIONS: Died on 9 May 1977 in the cells.\n\n"
            "ENTRY No. 89\n\nSURNAMES AND NAMES: PAZ DE LEÓN, Rosa\nOCCUPATION: nurse.\n"
            "DETAINED: 3 May 1977 at her home, by Insp. Marta Ruiz.\nSUMMARY OF STATEMENT: She declared that she had never met Morales Vega.\n"
            "OBSERVATIONS: Transferred to the women's prison on 12 May 1977 by order of Comisario Tomás Benegas.\n")


def test_a_police_registers_printed_fields_are_events_of_the_entrys_detainee(analyse):
    events = analyse(REGISTER)
    arrests = sorted((e[2], e[1]) for e in events if e[0] == "arrest")
    assert arrests[0] == ("1977-05-02", [("MORALES VEGA, Tomás Ignacio", "subject"), ("R. Acosta", "agent")])
    assert arrests[1] == ("1977-05-03", [("Marta Ruiz", "agent"), ("PAZ DE LEÓN, Rosa", "subject")])
    assert only(events, "accusation")[1] == [("MORALES VEGA, Tomás Ignacio", "accused")]
    assert only(events, "death")[1:3] == ([("MORALES VEGA, Tomás Ignacio", "subject")], "1977-05-09")


def test_a_registers_summary_of_a_statement_is_the_detainees(analyse):
    events = analyse(REGISTER)
    said = [e for e in events if e[0] in ("statement", "testimony")]
    assert said and all({("PAZ DE LEÓN, Rosa", "subject"), ("PAZ DE LEÓN, Rosa", "witness")} & set(e[1]) for e in said)


PRISONER_FILE = ("I. COVER SHEET\n\nPrisoner number: 2-0113\nName: WANG Jinsheng [older romanisation: Wang Chin-sheng]\n"
                 "Date of birth: 1931.4.2\nDate of arrest: 3 May 1958\n\n\nII. VERDICT\n\n"
                 "The defendant Wang Jinsheng is sentenced to eight years' imprisonment. Wang Jinsheng did not appeal. "
                 "Wang Jinsheng was a teacher. Wang Jinsheng spoke at a forum in 1957.\n\n\n"
                 "III. RECORD OF CUSTODY\n\n1958.5.3   Received into the Lintao County Detention Centre.\n"
                 "1958.9.1   Transferred under escort to Jiabiangou Labour Reform Farm.\n")


def test_a_prisoners_file_cover_sheet_and_custody_record_are_about_its_prisoner(analyse):
    events = analyse(PRISONER_FILE)
    people = {e[1][0][0] for e in events if e[1]}
    assert people == {"WANG Jinsheng"}  # "Wang Jinsheng" in the verdict is the same man, family name first
    assert only(events, "birth")[2] == "1931-04-02"
    arrests = sorted(e[2] for e in events if e[0] == "arrest")
    assert arrests == ["1958-05-03", "1958-05-03", "1958-09-01"]  # the cover sheet's, the centre's, the farm's


def test_a_transfer_after_an_arrest_is_custody_though_an_older_release_is_told_after_it(analyse):
    events = analyse("ENTRY No. 91\n\nSURNAMES AND NAMES: ROA CÁCERES, Hugo\nDETAINED: 29.IV.76 at his home in Lambaré.\n"
                     "ANTECEDENTS: Detained in 1970 and released in 1974 on completing his sentence.\n"
                     "OBSERVATIONS: Transferred to Emboscada on 12 May 1976.\n")
    assert ("1976-05-12", [("ROA CÁCERES, Hugo", "subject")]) in [(e[2], e[1]) for e in events if e[0] == "arrest"]
    assert not [e for e in events if e[0] == "removal"]
