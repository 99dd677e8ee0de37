"""The evaluation harness itself, and the floors we reach on the founding text and our held-out text."""

from pathlib import Path

from dossier.evaluate import evaluate
from dossier.evaluate.spans import score_spans

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout" / "military-1937.gold.json"


def test_span_scoring_ignores_leading_the_and_possessive():
    text = "the GPU and Stalin's men"
    gold = [{"start": 4, "end": 7, "label": "ORG"}, {"start": 12, "end": 18, "label": "PERSON"}]
    scores = score_spans(text, gold, [(0, 7, "ORG"), (12, 20, "PERSON")])
    assert scores["ORG"].f1 == 1.0 and scores["PERSON"].f1 == 1.0
    assert score_spans(text, gold, [(12, 18, "PLACE")])["PERSON"].recall == 0.0


def test_a_gold_event_the_editor_or_author_asserts_is_the_document_s_own_word():
    from dossier.evaluate.events import gold_source
    assert gold_source({"attributed_to": "editor"}) is None and gold_source({"attributed_to": "The Author"}) is None
    assert gold_source({}) is None and gold_source({"attributed_to": "TASS communiqué"}) == "TASS communiqué"


def test_denied_predicted_and_hypothetical_events_are_out_of_scope_on_both_sides():
    from dossier.evaluate.events import score_events
    from dossier.model import Event, Participant, Span
    gold = [{"type": "arrest", "participants": [{"entity": "sadowski"}], "evidence": {"start": 0, "end": 40},
             "modality": "denied"},
            {"type": "release", "participants": [{"entity": "sadowski"}], "evidence": {"start": 42, "end": 70}}]
    ours = [Event("arrest", Span(0, 40), [Participant("e1", "subject")], modality="denied"),
            Event("release", Span(42, 70), [Participant("e1", "subject")])]
    scores = score_events(gold, ours, {"e1": "sadowski"})
    assert (scores.overall.tp, scores.overall.fp, scores.overall.fn) == (1, 0, 0)
    assert (scores.unscored_gold, scores.unscored_found) == (1, 1)
    asserted = score_events(gold, [Event("arrest", Span(0, 40), [Participant("e1", "subject")])], {"e1": "sadowski"})
    assert (asserted.overall.tp, asserted.overall.fp, asserted.unscored_found) == (0, 1, 0)


def test_founding_text_floors_and_the_baseline_beside_them(founding_path):
    report = evaluate([founding_path.parent.parent / "gold" / "red-book-after-the-trial.gold.json"])
    floors = {"PERSON": 0.95, "ORG": 0.85, "PLACE": 0.90, "DATE": 0.95}
    for label, floor in floors.items():
        assert report.system[label].f1 >= floor, label
        assert report.system[label].f1 > report.baseline[label].f1, label
    assert report.coref.f1 >= 0.95


def test_heldout_text_floors():
    """A text we wrote and annotated after the rules were built; the floors are what we reach, minus a margin."""
    report = evaluate([HELDOUT])
    assert report.system["PERSON"].f1 >= 0.9 and report.system["DATE"].f1 >= 0.95
    assert report.system["PLACE"].f1 >= 0.85 and report.system["ORG"].f1 >= 0.75
    assert report.coref.f1 >= 0.95
    assert report.events.overall.precision >= 0.7


def test_second_heldout_text_floors():
    report = evaluate([HELDOUT.parent / "rebuttal-1937.gold.json"])
    for label in ("PERSON", "ORG", "PLACE", "DATE"):
        assert report.system[label].f1 >= 0.9, label
    assert report.coref.f1 >= 0.95 and report.events.overall.f1 >= 0.75


def test_blind_texts_floors():
    """Two texts written and annotated by someone who had not seen the rules (first measured events F1
    0.58 and 0.44 together 0.50; the floors are what the general fixes since reach, minus a margin)."""
    report = evaluate([HELDOUT.parent / "press-1938.gold.json", HELDOUT.parent / "memoir-1950.gold.json"])
    for label in ("PERSON", "ORG", "PLACE", "DATE"):
        assert report.system[label].f1 >= 0.85, label
        assert report.system[label].f1 > report.baseline[label].f1, label
    assert report.coref.f1 >= 0.9
    assert report.events.overall.f1 >= 0.8 and report.events.modality_accuracy >= 0.9
    assert report.events.attribution_accuracy >= 0.9


def test_dictionary_entries_floors():
    """The fourth blind text, in a layout none of the others had (first measured PERSON 0.59, events 0.42)."""
    report = evaluate([HELDOUT.parent / "lives-1970.gold.json"])
    assert report.system["PERSON"].f1 >= 0.88 and report.system["DATE"].f1 >= 0.95
    assert report.events.overall.f1 >= 0.7 and report.events.modality_accuracy >= 0.9


def test_case_review_floors():
    """The fifth blind text (first measured events F1 0.69)."""
    report = evaluate([HELDOUT.parent / "review-1990.gold.json"])
    assert report.system["PERSON"].f1 >= 0.9 and report.coref.f1 >= 0.95
    assert report.events.overall.f1 >= 0.72 and report.events.modality_accuracy >= 0.9


FIRST_EIGHT = ("military-1937", "rebuttal-1937", "press-1938", "memoir-1950", "pamphlet-1937", "lives-1970",
               "review-1990", "diary-1938")


def test_all_held_out_texts_together():
    """Eight texts kept aside, six of them annotated blind: events F1 0.81 when this was written."""
    report = evaluate([HELDOUT.parent / f"{name}.gold.json" for name in FIRST_EIGHT])
    assert report.events.overall.f1 >= 0.78 and report.events.overall.precision >= 0.85
    assert report.events.modality_accuracy >= 0.9 and report.events.attribution_accuracy >= 0.9
    for label in ("PERSON", "ORG", "PLACE", "DATE"):
        assert report.system[label].f1 > report.baseline[label].f1 + 0.1, label


def test_founding_text_event_floor(founding_path):
    report = evaluate([founding_path.parent.parent / "gold" / "red-book-after-the-trial.gold.json"])
    assert report.events.overall.f1 >= 0.8 and report.events.wrong_participants == 0


def assert_round_floors(names, person, date, coref, f1, precision, modality, attribution, beat_baseline=True):
    """A round of held-out texts scored together: names, coreference, events, and plain spaCy beside them."""
    report = evaluate([HELDOUT.parent / f"{name}.gold.json" for name in names])
    assert report.system["PERSON"].f1 >= person and report.system["DATE"].f1 >= date and report.coref.f1 >= coref
    assert report.events.overall.f1 >= f1 and report.events.overall.precision >= precision
    assert report.events.modality_accuracy >= modality and report.events.attribution_accuracy >= attribution
    for label in ("PERSON", "ORG", "PLACE", "DATE") if beat_baseline else ():
        assert report.system[label].f1 > report.baseline[label].f1 + 0.1, label


def test_third_round_of_blind_texts_floors():
    """Five blind texts of new genres (a trial record, a samizdat bulletin, a foreign dispatch, a historian's
    chapter, a widow's petition): events F1 0.24–0.59 as they arrived, 0.70 together now. The floors are what we
    reach minus a margin; the 0.80 target is not met here. (Precision fell from 0.85 to 0.83 on the same code when
    the scorer stopped counting the gold's denied and hypothetical events, which our asserted ones had matched.)"""
    assert_round_floors(("trial-1936", "chronicle-1972", "dispatch-1937", "history-2005", "letter-1939"),
                        person=0.9, date=0.95, coref=0.95, f1=0.65, precision=0.81, modality=0.82, attribution=0.8)


def test_fourth_round_of_blind_texts_floors():
    """Three blind texts that arrived after the third round's fixes (an interrogation record, a Pravda-style
    editorial, memorial-book entries): events F1 0.44, 0.59, 0.38 on arrival (0.46 together), 0.77 together now."""
    assert_round_floors(("interrogation-1937", "editorial-1938", "memorial-1995"), person=0.88, date=0.95, coref=0.95,
                        f1=0.72, precision=0.85, modality=0.9, attribution=0.85, beat_baseline=False)


def test_fifth_round_of_blind_texts_floors():
    """Three blind texts of genres new to us (a prosecutor's charge sheet, an émigré obituary, a human-rights report
    on Argentina and Chile): events F1 0.69, 0.33, 0.45 on arrival, 0.69 together after the general fixes they
    prompted (given names of any language, custody without the word arrest, petitions, an obituary's protagonist)."""
    assert_round_floors(("indictment-1937", "obituary-1990", "ngo-report-1979"), person=0.92, date=0.95, coref=0.95,
                        f1=0.64, precision=0.75, modality=0.83, attribution=0.78)


def test_sixth_round_of_blind_texts_floors():
    """Five texts sealed until the end of the session that wrote them (rehabilitation papers, an encyclopedia article,
    a report of the Slánský trial, an oral-history interview, a samizdat open letter): events F1 0.64, 0.65, 0.46,
    0.16, 0.53 when first measured (0.53 together, P 0.73), 0.59 together (P 0.83) after the fixes they prompted.
    Recall is what stays low."""
    assert_round_floors(("rehabilitation-1956", "encyclopedia-2010", "slansky-1952", "oral-history-2015",
                         "open-letter-1968"), person=0.9, date=0.93, coref=0.88, f1=0.55, precision=0.78, modality=0.9,
                        attribution=0.88)


def test_seventh_round_of_blind_texts_floors():
    """Three blind texts of new genres (the judgment in the Rajk trial, an Amnesty-style report on Chile, a researcher's
    summary of a Stasi file): events F1 0.46, 0.48, 0.35 on arrival (0.43 together), 0.64 together (P 0.89) after the
    general fixes they prompted (a verdict's list of sentences, the authorities' answers about prisoners, statements
    told twice kept as two). Attribution stays low: the Rajk annotator gives the judgment's words to the court, the
    earlier annotators gave an indictment's and a determination's words to no one, and we follow the earlier ones."""
    assert_round_floors(("rajk-verdict-1949", "chile-report-1975", "stasi-file-1977"), person=0.88, date=0.95, coref=0.9,
                        f1=0.6, precision=0.82, modality=0.88, attribution=0.5, beat_baseline=False)


def test_seventh_round_sealed_texts_floors():
    """Three texts sealed until the end of the session that wrote them (a Kolyma memoir, a historian's essay on the
    Leningrad Affair, a 1980 report of Liu Shaoqi's rehabilitation), measured once: events F1 0.48, 0.52, 0.30. The
    names beat plain spaCy, the events do not reach half of what the gold holds. Floors are what the code reaches
    minus a margin."""
    assert_round_floors(("kolyma-memoir-1962", "leningrad-affair-essay-2004", "liu-shaoqi-report-1980"), person=0.88,
                        date=0.95, coref=0.9, f1=0.38, precision=0.68, modality=0.9, attribution=0.9)


def test_eighth_round_sealed_texts_floors():
    """Three more sealed texts (a 1937 provincial paper's trial report, CONADEP case summaries, a HUAC hearing
    transcript), measured once: events F1 0.35, 0.34, 0.29. ORG stays below plain spaCy here (a collective farm, a
    Congress, a union the lists do not know); the transcript's answers are the witness's word, which we do not say."""
    assert_round_floors(("pravda-report-1937", "conadep-cases-1984", "huac-hearing-1951"), person=0.85, date=0.9,
                        coref=0.95, f1=0.33, precision=0.7, modality=0.95, attribution=0.5, beat_baseline=False)


def test_ninth_round_of_blind_texts_floors():
    """Three blind texts of genres new to us (a 1938 embassy telegram in capitals, a dated chronology of the Kirov
    affair in the present tense, a newspaper report of the Rivonia verdict): events F1 0.000, 0.579, 0.170 on arrival
    (0.36 together; in capitals not one person was found), 0.49 together after the fixes they prompted (a recased
    copy of text in capitals, English given names, a surname written first, the present tense)."""
    assert_round_floors(("embassy-cable-1938", "kirov-chronology-1934", "rivonia-report-1964"), person=0.88, date=0.84,
                        coref=0.95, f1=0.48, precision=0.65, modality=0.85, attribution=0.85)


def test_ninth_round_sealed_texts_floors():
    """Four texts sealed until they were measured once, at the end of the session that wrote them (an ILP pamphlet on
    the POUM, the Hungarian communiqué on Imre Nagy's trial with an émigré rebuttal, a Sacco-Vanzetti defence bulletin,
    the Duch judgment's summary): events F1 0.32, 0.35, 0.31, 0.38 (0.34 together, P 0.69). The names beat plain
    spaCy; recall of events is the gap. Attribution falls as more of the communiqué's sentences are found: its
    annotator gives the communiqué's words to the Ministry, earlier annotators gave such words to no one."""
    assert_round_floors(("poum-pamphlet-1937", "nagy-communique-1958", "sacco-vanzetti-bulletin-1927",
                         "duch-judgment-2010"), person=0.74, date=0.95, coref=0.93, f1=0.33, precision=0.62, modality=0.85,
                        attribution=0.6, beat_baseline=False)


def test_tenth_round_sealed_texts_floors():
    """Four texts sealed until they were measured once, late in the session that wrote them (a TAPOL bulletin on
    Indonesian prisoners, a 1911 Tokyo paper on the High Treason trial, a reference book's table of purged
    commanders, a letter smuggled out of Makronisos): events F1 0.43, 0.46, 0.27, 0.55 (0.375 together, P 0.78).
    The table then got a reader of its own (0.27 -> 0.88), which lifts the round to 0.71; the prose stays where
    it was."""
    assert_round_floors(("tapol-bulletin-1975", "kotoku-treason-1911", "purge-table-2000", "makronisos-letter-1949"),
                        person=0.82, date=0.93, coref=0.95, f1=0.66, precision=0.83, modality=0.93, attribution=0.93,
                        beat_baseline=False)  # PLACE is 0.79 beside spaCy's 0.70: "Makronisos", "Goudi" unknown


def test_eleventh_round_of_blind_texts_floors():
    """Three blind texts of genres new to us (a correspondent's report from the Dreyfus court-martial at Rennes, a
    human-rights briefing on the Korean People's Revolutionary Party case, an Amnesty Urgent Action on Soviet
    prisoners): events F1 0.385, 0.130, 0.750 on arrival (0.46 together; romanised Korean names were not found at all,
    PERSON 0.06), 0.57 together after the fixes they prompted (one token for "Jik-soo", French "M.", group
    references resolved to the list they count). ORG stays below plain spaCy on these three (0.53 beside 0.55)."""
    assert_round_floors(("dreyfus-report-1899", "inhyeokdang-report-1975", "amnesty-urgent-action-1983"), person=0.9,
                        date=0.97, coref=0.93, f1=0.53, precision=0.68, modality=0.9, attribution=0.88, beat_baseline=False)


def test_eleventh_round_sealed_texts_floors():
    """Four texts sealed until they were measured once, early in the session that wrote them (a 1916 memorial leaflet
    on the Easter Rising courts-martial, a glasnost article on Vavilov, a wire report of the Argentine juntas
    verdict, a VONS communiqué on the Havel trial): events F1 0.47, 0.50, 0.25, 0.43 (0.41 together, P 0.68). Lists
    without verbs of their own (a numbered list of verdicts, "The following were shot:" over dated lines) then lift
    the round to 0.56."""
    assert_round_floors(("easter-rising-courtsmartial-1916", "vavilov-article-1987", "juntas-verdict-1985",
                         "vons-communique-1979"), person=0.86, date=0.95, coref=0.95, f1=0.52, precision=0.74,
                        modality=0.9, attribution=0.9)


def test_twelfth_round_sealed_texts_floors():
    """Four texts sealed until they were measured once, late in the session that wrote them (a wire report of the
    Tiananmen wanted list, a British report of the Greek junta verdict, a Rosenberg clemency leaflet, a monitored
    radio summary of the Horáková trial): events F1 0.30, 0.37, 0.55, 0.64 (0.506 together, P 0.84, R 0.36), 0.55
    together after the fixes they prompted (surrender, refuge, "among them", a term said short). Attribution is low (0.63): these annotators give a broadcast's or an official notice's words to the radio or
    the ministry, where earlier annotators gave such words to no one."""
    assert_round_floors(("tiananmen-wanted-1989", "greek-junta-trial-1975", "rosenberg-leaflet-1953",
                         "horakova-trial-1950"), person=0.92, date=0.95, coref=0.95, f1=0.48, precision=0.8,
                        modality=0.93, attribution=0.58, beat_baseline=False)  # PERSON, ORG, PLACE beat spaCy by < 0.1


def test_thirteenth_round_sealed_texts_floors():
    """Four texts sealed until they were measured once, at the end of the session that wrote them (a translated
    record of the Sinyavsky–Daniel trial, an ambassador's 1915 despatch on the Armenian arrests, a Chilean stadium
    survivor's affidavit, a report on Burma 1988–89): events F1 0.26, 0.08, 0.43, 0.04 (0.217 together, P 0.36,
    R 0.15), PERSON 0.63: Burmese honorifics, Ottoman titles and surnames written in capitals broke the names. 0.47
    together after the fixes they prompted (honorifics as titles, "I, NAME, make oath", a list's birth years)."""
    assert_round_floors(("sinyavsky-daniel-transcript-1966", "constantinople-arrests-cable-1915", "stadium-testimony-1974",
                         "burma-crackdown-report-1989"), person=0.87, date=0.9, coref=0.95, f1=0.44, precision=0.6,
                        modality=0.9, attribution=0.9)


def test_fourteenth_round_sealed_texts_floors():
    """Four texts sealed until they were measured at the start and the end of the session that wrote them (a
    samizdat chronicle of 1970, the People's Court verdict on the White Rose, a Solidarity internment bulletin, a
    report of the Kapenguria judgment): events F1 0.64, 0.21, 0.39, 0.11 (0.369 together, P 0.60, R 0.27),
    PERSON 0.85 as they arrived, 0.373 after a session of fixes made without seeing them. 0.54 together after
    the fixes they prompted (a numbered list in capitals, a verdict's defendants, "Among those interned are:",
    custody in a psychiatric hospital). ORG and PLACE beat spaCy by less than 0.1."""
    assert_round_floors(("chronicle-current-events-1970", "white-rose-verdict-1943", "solidarity-internment-bulletin-1982",
                         "kapenguria-trial-report-1953"), person=0.86, date=0.92, coref=0.95, f1=0.48, precision=0.66,
                        modality=0.95, attribution=0.85, beat_baseline=False)


def test_fifteenth_round_sealed_texts_floors():
    """Four texts sealed until they were measured at the start and the end of the session that wrote them (Hansard
    extracts on the Hola camp deaths, a newspaper report of the Biko inquest, an obituary of Anatoly Marchenko, a
    correspondent's report of the Reichstag fire verdict): events F1 0.00, 0.39, 0.39, 0.36 (0.365 together, P 0.59,
    R 0.26), PERSON 0.87 as they arrived, 0.373 after a session of fixes made without seeing them. 0.45 together
    (P 0.65), PERSON 0.96, after the fixes they prompted (a speech running on past its label, a chain of passive
    verbs, "was serving" as no naming, "van der Lubbe", possessives inside names)."""
    assert_round_floors(("hola-camp-hansard-1959", "biko-inquest-report-1977", "marchenko-obituary-1986",
                         "reichstag-fire-verdict-report-1933"), person=0.93, date=0.92, coref=0.95, f1=0.42, precision=0.6,
                        modality=0.93, attribution=0.9)


def test_sixteenth_round_sealed_texts_floors():
    """Four texts sealed until they were measured at the start and the end of the session that wrote them (wire
    dispatches from the Burgos court-martial, a Moscow wife's diary of 1937, the record of an interrogation of
    Isaac Babel, the Polish government's memorandum on the trial of the sixteen): events F1 0.19, 0.57, 0.54, 0.03
    (0.379 together, P 0.61, R 0.27), PERSON 0.89 as they arrived and unchanged after a session of fixes made
    without seeing them. 0.47 together (P 0.67), PERSON 0.93, after the fixes they prompted (numbered lines of the
    accused that open with a title, a deputy's office, "they" after a list hung on a date, "among them")."""
    assert_round_floors(("burgos-trial-dispatches-1970", "moscow-wife-diary-1937", "babel-interrogation-1939",
                         "trial-of-sixteen-memorandum-1945"), person=0.91, date=0.95, coref=0.92, f1=0.44, precision=0.62,
                        modality=0.85, attribution=0.88)


def test_nineteenth_round_blind_texts_floors():
    """Four blind texts written at the start of the session that fixed them (a Truth and Reconciliation Commission
    amnesty decision, an Argentine habeas corpus petition, a Red Guard big-character poster with a translator's notes,
    a reference list of the executed of a Bulgarian show trial): events F1 0.35, 0.25, 0.62, 0.22 (0.386 together,
    P 0.55, R 0.30), PERSON 0.78 as they arrived. After the fixes they prompted (list entries that open on
    'Surname, Given Names', the parties of a proceeding as titles, a wife's married name, armed men who 'took him
    away'), and others from earlier texts' errors: 0.65 together (P 0.75), PERSON 0.93."""
    assert_round_floors(("trc-amnesty-decision-1999", "habeas-corpus-petition-1977", "big-character-poster-1967",
                         "executed-list-article-2014"), person=0.9, date=0.95, coref=0.95, f1=0.59, precision=0.7,
                        modality=0.88, attribution=0.88)


def test_twentieth_round_blind_texts_floors():
    """Four blind texts written a session before the one that fixed them, and kept sealed till then (a newspaper's
    report of a sedition trial in Bombay, 1908; a US deportation hearing, 1919; a church task force's bulletin on
    detainees under martial law in the Philippines, 1974; a case summary of Guatemala's truth commission, 1999):
    events F1 0.474 together (P 0.63, R 0.38), PERSON 0.82 when opened. After the fixes they prompted (answers in a
    'Q. / A.' record given to the one each examination names, a case paragraph under the line naming its person,
    numbered bodies, abbreviated titles that end no sentence, a warrant cancelled as a release): 0.55 together."""
    assert_round_floors(("sedition-trial-report-1908", "deportation-hearing-1919", "martial-law-detainees-1974",
                         "ceh-case-summary-1999"), person=0.9, date=0.95, coref=0.9, f1=0.5, precision=0.62,
                        modality=0.88, attribution=0.8)



def test_twenty_first_round_blind_texts_floors():
    """Four blind texts written a session before the one that fixed them, and kept sealed till then (a Francoist
    court-martial's sentence with an archivist's note, 1940/2006; a finding aid for a Soviet engineer's family papers,
    2008; a lawyer's letter on men arrested by paratroopers in Algiers, 1957; a magazine feature on a Belarusian
    family of political prisoners, 2021): events F1 0.430 together (P 0.61, R 0.33), PERSON 0.88 when opened. After
    the fixes they prompted (a register's chronology table, a recital's that-clauses, verdict penalties after
    semicolons, a title telling which of two people of one surname, official answers to relatives): 0.57."""
    assert_round_floors(("francoist-court-martial-1940", "gulag-papers-finding-aid-2008",
                         "algiers-disappearances-letter-1957", "belarus-prisoners-feature-2021"), person=0.88, date=0.95, coref=0.9, f1=0.5, precision=0.62,
                        modality=0.9, attribution=0.8)


def test_twenty_second_round_blind_texts_floors():
    """Five blind texts written a session before the one that fixed them, and kept sealed till then (a Tsarist
    gendarmerie report on a factory circle, 1903; a Charter 77 document to the Federal Assembly, 1979; an issue of a
    samizdat chronicle, 1973; a former prisoner's witness statement on the 1988 executions in Iran, 1990; a
    broadcast-monitoring digest of Hungarian radio, 1957): events F1 0.538 together (P 0.70, R 0.44), PERSON 0.90
    when opened. After the fixes they prompted (a statement's "My name is", a report's key to its nicknames, Islamic
    titles and Tsarist ranks, two-digit years, a body's short form, "taken before a court"): 0.62."""
    assert_round_floors(("okhrana-surveillance-report-1903", "charter77-document-1979", "chronicle-issue-29-1973",
                         "iran-prison-witness-statement-1990", "radio-monitoring-digest-1957"), person=0.93, date=0.9,
                        coref=0.95, f1=0.56, precision=0.66, modality=0.85, attribution=0.8)


def test_twenty_third_round_blind_texts_floors():
    """Four blind texts written a session before the one that fixed them, and kept sealed till then (an exiled
    committee's report on PIDE prisoners and Tarrafal, 1965; a press service's summary of an Istanbul martial-law
    court's mass trial, 1982; a Brazilian church dossier's case files, 1985; a Chicago paper's report on the close of
    the anarchist trial, 1886): events F1 0.512 together (P 0.62, R 0.43), PERSON 0.87 when they were sealed, 0.522 on
    the opening code. After the fixes they prompted (a month that is a given name, lower-case streets and halls, a
    nickname 'known as', a body spelt out before its acronym, slashed dates, 'eleven days after his arrest', the
    one a court sentences after a prosecutor indicted him): 0.62."""
    assert_round_floors(("pide-tarrafal-report-1965", "martial-law-court-summary-1982", "brazil-case-dossier-1985",
                         "anarchist-trial-report-1886"), person=0.92, date=0.95, coref=0.93, f1=0.55, precision=0.66,
                        modality=0.85, attribution=0.85)


def test_twenty_fourth_round_blind_texts_floors():
    """Four blind texts written a session before the one that fixed them, and kept sealed till then (a correspondent's
    report on the Special Tribunal's trial of Gramsci, 1928; an editor's annotated collection of the Doctors' Plot
    communiqués and their retraction, 1953; an exile committee's annotated list of Libertad prisoners, 1980; a chapter
    of a re-education-camp memoir, 1985): events F1 0.446 together (P 0.73, R 0.32), PERSON 0.88 when they were sealed,
    0.454 on the opening code. After the fixes they prompted (entries whose surnames are in capitals after the given
    names, dates the parser took for objects, a memoir's 'A Memoir by', kin named after the word for them, a
    collection's quoted communiqués as their issuer's word, a sentence told again after a semicolon): 0.613."""
    assert_round_floors(("gramsci-special-tribunal-report-1928", "doctors-plot-communiques-1953",
                         "libertad-prisoners-list-1980", "reeducation-camp-memoir-1985"), person=0.92, date=0.95,
                        coref=0.95, f1=0.56, precision=0.76, modality=0.9, attribution=0.88)


def test_twenty_fifth_round_blind_texts_floors():
    """Four blind texts written a session before the one that fixed them, and kept sealed till then (a commission of
    inquiry's report on disappearances in Uganda, 1975; a KOR communiqué on the Radom and Ursus workers, 1976; a news
    agency's roundup of the Havana trials, 2003; an open letter from Lecumberri's political prisoners, 1970): events
    F1 0.509 when they were sealed, 0.513 (P 0.64, R 0.43) on the opening code as the scorer now counts, PERSON 0.894.
    After the fixes they prompted (a surname kept to its initial, a rank that is a surname, an office that ran into a
    name, factories, the first of two Spanish surnames, "Among them were", verdicts read out after commas, claims a
    body rejects, "It finds that"): 0.582, PERSON 0.972."""
    assert_round_floors(("uganda-disappearances-commission-1975", "kor-communique-1976", "havana-trials-roundup-2003",
                         "lecumberri-open-letter-1970"), person=0.93, date=0.92, coref=0.95, f1=0.52, precision=0.62,
                        modality=0.85, attribution=0.7)


def test_twenty_sixth_round_blind_texts_floors():
    """Four blind texts written a session before the one that fixed them, and kept sealed till then (an Intelligence
    Bureau report on the Meerut Conspiracy Case, 1929; minutes of an Anti-Rightist meeting with a rehabilitation note,
    1957; a UN inquiry's hearing of a North Korean prison camp survivor, 2014; the Decembrist Investigating
    Commission's report, 1826): events F1 0.462 when they were sealed, 0.476 (P 0.72, R 0.36) on the opening code as
    the scorer now counts, PERSON 0.905. After the fixes they prompted (a title that opens a sentence, offices and a
    ruler's number, Korean given names, a note's initials, days alone, short holds as detentions, a tried escape, men
    caught, a speaker never "she" in his own turn, "my sister Myong-hui", taking charge of an office): 0.544 (P 0.79),
    PERSON 0.969."""
    assert_round_floors(("meerut-intelligence-report-1929", "anti-rightist-meeting-minutes-1957",
                         "dprk-inquiry-hearing-transcript-2014", "decembrist-commission-report-1826"),
                        person=0.94, date=0.94, coref=0.93, f1=0.48, precision=0.72, modality=0.85, attribution=0.65)


def test_twenty_seventh_round_blind_texts_floors():
    """Four blind texts written a session before the one that fixed them, and kept sealed till then (a Paris paper's
    report on the Versailles councils of war, 1871; the Ethiopian Federal High Court's summary of its Derg judgment,
    2006; a mother's petition about a field court-martial, 1907; a church report on the Matabeleland killings, 1997):
    events F1 0.529 (P 0.71, R 0.42), PERSON 0.813 on the opening code. After the fixes they prompted (the Ethiopian
    calendar, Ethiopian honorifics and slashed names, French forms of address and a French record's turns, names
    always written after "the", parties numbered before their names, diminutives, streets with a saint's name,
    recaptures, releases at the end of a detention, offices joined or given, a court's questions confirmed, a given
    name alone): 0.676 (P 0.78), PERSON 0.964."""
    assert_round_floors(("versailles-courts-martial-1871", "derg-trial-judgment-summary-2006",
                         "field-court-martial-petition-1907", "gukurahundi-church-report-1997"),
                        person=0.93, date=0.95, coref=0.95, f1=0.60, precision=0.72, modality=0.85, attribution=0.75)


def test_twenty_eighth_round_blind_texts_floors():
    """Four blind texts written a session before the one that fixed them, and kept sealed till then (a Guatemalan
    army unit's logbook of captures, 1983-85; an Indian commission's interim report on Emergency detentions, 1978; a
    Taiwan military tribunal's verdict, 1950; a Gestapo regional office's daily report, 1941): events F1 0.413
    (P 0.67, R 0.30), PERSON 0.772 on the opening code. After the fixes they prompted (a ledger's dates, the Minguo
    calendar, surnames cut to their initials, births after a name, an entry's headword with its alias, a town's
    quarter, camps and German streets, Wade-Giles names, German and Indian titles, "picked up", parties in brackets,
    allegations in the present tense, a record's labelled lines): 0.688 (P 0.82), PERSON 0.928."""
    assert_round_floors(("guatemala-military-logbook-1984", "shah-commission-report-1978",
                         "taiwan-military-tribunal-verdict-1950", "gestapo-daily-report-1941"),
                        person=0.90, date=0.95, coref=0.92, f1=0.64, precision=0.76, modality=0.85, attribution=0.80)


def test_twenty_ninth_round_blind_texts_floors():
    """Four blind texts written a session before the one that fixed them, and kept sealed till then (an FBI field
    office memorandum on a counterintelligence programme, 1968; captured Iraqi security directorate letters, 1988; a
    Rwandan gacaca court's session record, 2006; an OGPU report on the first operation against kulaks, 1930): events
    F1 0.346 (P 0.52, R 0.26), PERSON 0.689 on the opening code. After the fixes they prompted (names written in
    capitals against a file's acronyms, a father's line and the Arabic article inside a name, a register's surname
    first in capitals, American month-first dates, a verdict's lettered list and its semicolon-closed lines, a
    body's name before "member", "dispatched to Solovki", Russian surname-first forms, a son's "Jr.", a plea of
    guilty): 0.623 (P 0.75), PERSON 0.941."""
    assert_round_floors(("fbi-field-memo-1968", "iraqi-security-directorate-letters-1988",
                         "gacaca-court-record-2006", "ogpu-dekulakization-report-1930"),
                        person=0.90, date=0.95, coref=0.95, f1=0.55, precision=0.66, modality=0.90, attribution=0.72)


def test_thirtieth_round_blind_texts_floors():
    """Four blind texts written a session before the one that fixed them, and kept sealed till then (a Turkish martial
    law prosecutor's indictment, 1981; excerpts from a Securitate surveillance file, 1985; Tibetan refugees'
    statements taken in India, 1960; a Nicaraguan prisoners' relatives' open letter, 1977): events F1 0.572 (P 0.69,
    R 0.49), PERSON 0.872 on the opening code. After the fixes they prompted (a collection of statements, each its
    deponent's word; "the latter"; a prosecutor's list of penalties asked for; a man's first surname against his
    wife's married name; "kept in the cells of"; code names, fathers' names, "viuda de"; officials' statements; a
    name a file writes surname first; detained, then arrested): 0.690 (P 0.74), PERSON 0.933, coreference 0.995."""
    assert_round_floors(("turkish-martial-law-indictment-1981", "securitate-surveillance-file-1985",
                         "tibet-refugee-statements-1960", "nicaragua-prisoners-letter-1977"),
                        person=0.90, date=0.95, coref=0.95, f1=0.63, precision=0.69, modality=0.90, attribution=0.82)


def test_thirty_first_round_blind_texts_floors():
    """Four blind texts written a session before the one that fixed them, and kept sealed till then (a US War
    Relocation Authority leave-clearance hearing, 1943; an Indonesian military screening team's report on detainees,
    1970; a Cuban exile weekly on the UMAP camps, 1966; a committee of inquiry's report on internees' complaints, 1971):
    events F1 0.345 (P 0.51, R 0.26), PERSON 0.841 on the opening code. After the fixes they prompted (a hearing's head
    field and examination headings; lettered list items no answers; a list item's headword; a prisoner's transfer as
    custody; complaints of ill-treatment as accusations; a hearing body's witnesses; register ages, aliases, ranks
    before a corps; camps, ships and harbours as places; a wife's own surname; "ordered him interned"; "Your father
    is X?"; a counted crowd before a colon): 0.570 (P 0.73), PERSON 0.913, coreference 0.991."""
    assert_round_floors(("wra-leave-clearance-hearing-1943", "kopkamtib-screening-report-1970",
                         "umap-exile-newspaper-1966", "internment-inquiry-report-1971"),
                        person=0.88, date=0.95, coref=0.95, f1=0.52, precision=0.67, modality=0.88, attribution=0.78)


def test_thirty_second_round_blind_texts_floors():
    """Four blind texts written a session before the one that fixed them, and kept sealed till then (a Goli Otok
    prisoner's memoir, 1989; a Chinese labour-reform prisoner's file, 1979; an Albanian district court's verdict with
    family internment orders, 1975; a Paraguayan police register, 1976): events F1 0.382 (P 0.54, R 0.29), PERSON
    0.779 on the opening code. After the fixes they prompted (a register's printed labels in capitals, its name field
    and fields as events of its detainee; two capitals surnames before a comma; South Slavic surnames in -ić; a memoir's
    name line as its "I"; a file's family name first in capitals; dates written year.month.day; received into a
    detention centre; "As for X, he"; days later from the clause joined before; a day's year from the count of "six
    days after my arrest"; a people's court with its county): 0.569 (P 0.67), PERSON 0.906, coreference 0.974."""
    assert_round_floors(("goli-otok-memoir-1989", "laogai-prisoner-file-1979",
                         "sigurimi-verdict-1975", "paraguay-police-register-1976"),
                        person=0.87, date=0.95, coref=0.95, f1=0.52, precision=0.62, modality=0.85, attribution=0.64)


def test_thirty_third_round_blind_texts_floors():
    """Four blind texts written a session before the one that fixed them, and kept sealed till then (a Syrian
    survivor's testimony on Tadmor prison, 1995; a Haitian exile newsletter on Fort Dimanche, 1977; a Paris Polish
    émigré monthly on March 1968, 1969; a Soviet MGB file from Lithuania, 1949): events F1 0.424 (P 0.54, R 0.35),
    PERSON 0.846 on the opening code. After the fixes they prompted (a numbered entry's surname in capitals; signatures
    between slashes; initials that spell a name the text writes out; a witness apart from his father; roman months in
    a chronology and its dashed lines; a board's "RESOLVED: X … to be confined"; a counted plural and its names after
    a colon or a comma; "Held in" in an entry; hyphened place names): 0.569 (P 0.65), PERSON 0.948, coreference
    0.973."""
    assert_round_floors(("tadmor-survivor-testimony-1995", "fort-dimanche-newsletter-1977",
                         "polish-march-emigre-report-1969", "lithuania-deportation-file-1949"),
                        person=0.91, date=0.95, coref=0.95, f1=0.53, precision=0.60, modality=0.88, attribution=0.50)
