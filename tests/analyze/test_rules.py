"""Every finding rule: a true case, and the near-misses that must not fire."""

from dossier.analyze import check
from dossier.extract.dates import parse_date_text
from dossier.model import Entity, Event, Participant, Span

PEOPLE = {"sedov": "Leon Sedov", "holtzman": "E. S. Holtzman", "kirov": "S. M. Kirov", "kamenev": "L. B. Kamenev",
          "kameneva": "Olga Kameneva", "smirnov-i": "I. N. Smirnov", "smirnov-a": "A. P. Smirnov",
          "bukharin": "N. I. Bukharin", "radek": "Karl Radek", "trotsky": "Leon Trotsky", "pyatakov": "G. L. Pyatakov"}
PLACES = {"berlin": "Berlin", "copenhagen": "Copenhagen", "moscow": "Moscow", "oslo": "Oslo", "honefoss": "Hønefoss",
          "paris": "Paris", "bristol": "Hotel Bristol"}
ENTITIES = [Entity(k, "PERSON", v) for k, v in PEOPLE.items()] + [Entity(k, "PLACE", v) for k, v in PLACES.items()]
ENTITIES[-1].facts = {"closed": "1917", "city": "Copenhagen", "source": "Dewey Commission report"}
counter = iter(range(10_000))


def ev(type_, who, date, place=None, modality="asserted", role="subject", doc="a", charges=(), others=(), said_by=None):
    n = next(counter)
    parts = [Participant(who, role)] + [Participant(o, r) for o, r in others]
    return Event(type=type_, evidence=Span(n, n + 1), participants=parts, date=parse_date_text(date) if date else None,
                 place_id=place, modality=modality, doc_id=doc, charges=list(charges), id=f"e{n}", attributed_to=said_by)


def kinds(events):
    return [f.kind for f in check(events, ENTITIES)]


def test_presence_conflict_and_its_near_misses():
    claim = ev("meeting", "sedov", "November 1932", "copenhagen", "alleged", doc="testimony")
    alibi = ev("presence", "sedov", "November 1–30, 1932", "berlin", doc="rebuttal")
    assert kinds([claim, alibi]) == ["presence-conflict"]
    # the same person in two cities a month apart
    assert kinds([ev("presence", "holtzman", "October 1932", "berlin"), ev("meeting", "holtzman", "November 1932", "copenhagen", "alleged")]) == []
    # travel that was possible: Berlin one day, Copenhagen the next
    assert kinds([ev("presence", "trotsky", "1932-11-22", "berlin"), ev("presence", "trotsky", "1932-11-23", "copenhagen")]) == []
    # Moscow and Copenhagen on the same day is not possible in 1932
    assert kinds([ev("presence", "trotsky", "1932-11-23", "moscow"), ev("presence", "trotsky", "1932-11-23", "copenhagen", doc="b")]) == ["presence-conflict"]
    # places too close to tell apart, and imprecise dates that merely might overlap
    assert kinds([ev("presence", "trotsky", "December 1–31, 1935", "honefoss"), ev("meeting", "trotsky", "December 1935", "oslo", "alleged")]) == []
    assert kinds([ev("presence", "sedov", "1933", "paris"), ev("presence", "sedov", "February 1933", "berlin")]) == []
    # an unknown place never conflicts
    assert kinds([ev("presence", "sedov", "November 1–30, 1932", "berlin"), ev("meeting", "sedov", "November 1932", "atlantis")]) == []
    # two predictions do not conflict
    assert kinds([ev("presence", "sedov", "1932-11-05", "moscow", "predicted"), ev("presence", "sedov", "1932-11-05", "copenhagen", "predicted")]) == []


def test_existence_conflict():
    assert kinds([ev("meeting", "holtzman", "November 1932", "bristol", "alleged")]) == ["existence-conflict"]
    assert kinds([ev("meeting", "holtzman", "1912", "bristol")]) == []


def test_lifespan_conflict_and_near_misses():
    death = ev("death", "kirov", "1934-12-01", "moscow")
    assert kinds([death, ev("statement", "kirov", "February 1935", doc="b")]) == ["lifespan-conflict"]
    # a posthumous rehabilitation is not a conflict
    assert kinds([ev("execution", "bukharin", "1938-03-15"), ev("rehabilitation", "bukharin", "1988")]) == []
    # a sister or wife with the feminine form of the surname, acting after his death
    assert kinds([ev("execution", "kamenev", "1936-08-25"), ev("arrest", "kameneva", "1937")]) == []
    # two people who share a surname
    assert kinds([ev("execution", "smirnov-i", "1936-08-25"), ev("arrest", "smirnov-a", "1937")]) == []


def test_claim_conflict_needs_the_same_proposition():
    said = ev("travel", "pyatakov", "December 1935", "oslo", "alleged", doc="trial", said_by="pyatakov")
    denied = ev("travel", "pyatakov", "December 1935", "oslo", "denied", doc="airfield")
    assert kinds([said, denied]) == ["claim-conflict"]
    # a denial of something else (another year) is no contradiction
    assert kinds([said, ev("travel", "pyatakov", "1930", "oslo", "denied", doc="airfield")]) == []
    # nor a denial about another person
    assert kinds([said, ev("travel", "radek", "December 1935", "oslo", "denied", doc="airfield")]) == []


def test_date_conflict_only_for_disjoint_dates_of_one_off_events():
    assert kinds([ev("suicide", "trotsky", "1936-08-22", doc="a"), ev("suicide", "trotsky", "1936-08-23", doc="b")]) == ["date-conflict"]
    assert kinds([ev("death", "kirov", "December 1934", doc="a"), ev("death", "kirov", "1934-12-01", doc="b")]) == []
    assert kinds([ev("arrest", "radek", "1936-09-16", doc="a"), ev("arrest", "radek", "1937-01-01", doc="b")]) == []


def test_sequence_conflict():
    assert kinds([ev("trial", "radek", "1937-01-23"), ev("arrest", "radek", "1937-09-16", doc="b")]) == ["sequence-conflict"]
    assert kinds([ev("arrest", "radek", "1936-09-16"), ev("trial", "radek", "1937-01-23", doc="b")]) == []
    assert kinds([ev("execution", "radek", "1936-01-01"), ev("sentence", "radek", "1937-01-30", doc="b")]) == ["sequence-conflict"]


def test_role_reversal():
    accuses = ev("accusation", "radek", "1936-08-21", role="accuser", charges=["terrorism"], others=[("trotsky", "accused")])
    accused = ev("accusation", "radek", "1937-01-23", role="accused", charges=["terrorism"], doc="b")
    assert kinds([accuses, accused]) == ["role-reversal"]
    # a different charge is not the pattern
    assert kinds([accuses, ev("accusation", "radek", "1937-01-23", role="accused", charges=["espionage"], doc="b")]) == []


def test_findings_carry_evidence_rule_and_confidence():
    (finding,) = check([ev("suicide", "trotsky", "1936-08-22"), ev("suicide", "trotsky", "1936-08-23", doc="b")], ENTITIES)
    assert finding.rule and 0 < finding.confidence <= 1 and len(finding.evidence) == 2 and len(finding.event_ids) == 2
    assert "Leon Trotsky" in finding.summary
