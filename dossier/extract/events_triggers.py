"""Words that state events, by type: verbs (by their form in the text) and nouns.

A verb's voice decides who is who: in "Stalin removed Yagoda" the object is
the one removed; in "Yagoda was removed" the passive subject is.
"""

from __future__ import annotations

import re

from dossier.extract.places import PRISONS_AND_CAMPS

VERBS = {  # by lemma
    # detention is annotated as arrest, as internment and imprisonment are (gold/README.md)
    "arrest": {"arrest", "imprison", "intern", "jail", "incarcerate", "rearrest", "re-arrest", "seize", "abduct", "kidnap", "apprehend",
               "detain", "confine", "capture", "catch",  # "they were caught in the mountains after three days"
               "recapture", "re-detain", "redetain", "re-imprison", "reimprison"},
    "release": {"release", "free", "liberate", "amnesty", "discharge", "pardon"},
    "execution": {"shoot", "execute", "hang"},
    "death": {"die", "perish", "murder", "assassinate", "kill", "slay", "stab", "strangle"},
    "trial": {"try", "acquit"},  # an acquittal is a trial's verdict; rehabilitation comes later
    "sentence": {"sentence", "resentence", "condemn", "fine", "fin", "commute"},  # "he was fined" (spaCy lemmatises "fined" as "fin")
    "accusation": {"accuse", "charge", "indict", "denounce", "implicate", "incriminate", "brand", "unmask", "expose", "blame"},
    "testimony": {"testify", "depose", "swear"},  # "Italian witnesses swore that on that morning he was selling eels"
    "confession": {"confess", "plead", "admit"},
    "rehabilitation": {"rehabilitate", "exonerate", "clear"},  # "was posthumously cleared" (a person only)
    "expulsion": {"expel"},
    "appointment": {"appoint", "promote", "elect", "succeed", "replace", "reinstate"},  # "has been reinstated as lecturer"
    "removal": {"remove", "dismiss", "oust", "demote", "transfer", "relieve", "purge", "recall", "resign"},
    "exile": {"exile", "deport", "banish"},
    "escape": {"escape", "flee", "defect"},
    "meeting": {"meet", "receive", "see"},  # "Ratajczak received me in his office", "there he saw Sedov"
    "travel": {"travel", "fly", "go", "journey", "arrive", "visit", "return", "sail", "move", "come", "leave", "reach",
               "send", "summon", "emigrate", "cross"},  # "emigrated with his family", "crossed into the Soviet Union"
    "birth": {"bear"},
    "publication": {"publish"},
    "demand": {"demand", "clamor", "clamour", "petition", "appeal", "instruct", "beg", "implore", "beseech"},
    "membership": {"join", "found", "co-found", "recruit", "enlist", "affiliate"},  # "affiliated to the C.N.T."
    "statement": {"speak", "retract", "recant", "repudiate", "deny"},  # "Meyerhold retracted his confession", "Both deny the charges"
}
# Verbs that state an event only with a person as their object or passive subject ("tried to escape" is not a trial).
NEEDS_PERSON_OBJECT = {"capture", "catch", "reinstate", "try", "fine", "fin", "clear", "free", "charge", "brand", "unmask", "expose", "blame", "move", "leave", "return", "purge", "relieve", "recall", "seize", "confine",
                       "receive", "see"}
# Verbs whose subject is the one the event happens to ("Gorky died"), unlike "Nikolaev killed Kirov".
INTRANSITIVE = {"die", "perish", "resign", "succeed", "replace", "head", "command", "take", "join"}  # "Leplevsky came to replace him": Leplevsky takes the post
# Participles the tagger takes for nouns when coordinated ("were tried in secret and shot").
PARTICIPLES = {"shot": "shoot", "executed": "execute", "arrested": "arrest", "sentenced": "sentence", "exiled": "exile",
               "deported": "deport", "expelled": "expel", "tried": "try", "released": "release", "detained": "detain",
               "imprisoned": "imprison", "interned": "intern"}
# Offices: "became People's Commissar", "was head of the government in 1919", "came to Moscow as deputy chairman".
OFFICES = {"head", "chairman", "secretary", "commissar", "deputy", "envoy", "ambassador", "minister", "director", "chief", "editor",
           "president", "prosecutor", "procurator", "commander", "premier", "governor", "consul", "plenipotentiary"}
# "Berzin headed the intelligence directorate", "Muralov commanded the Moscow Military District": holding a post
COMMANDED = {"directorate", "department", "district", "army", "front", "fleet", "corps", "division", "regiment",
             "commissariat", "committee", "section", "administration", "service", "government", "delegation", "trust"}
MOTION_VERBS = {"come", "go", "send", "return", "move", "transfer", "post", "bring", "call"}
PRESENCE_VERBS = {"be", "live", "stay", "remain", "spend"}  # not "worked in Berlin": a job, rarely a whereabouts the record needs
NOUNS = {
    "arrest": {"arrest", "arrests", "imprisonment", "internment", "incarceration"},
    "execution": {"execution", "executions", "shooting"},
    "suicide": {"suicide"},
    "death": {"death", "murder", "assassination", "killing"},
    "trial": {"trial", "trials"},
    "sentence": {"sentence", "sentences"},
    "testimony": {"testimony", "deposition"},
    "confession": {"confession", "confessions"},
    "rehabilitation": {"rehabilitation"},
    "expulsion": {"expulsion", "exclusion"},
    "removal": {"removal", "dismissal", "transfer"},
    "appointment": {"appointment", "election", "successor"},  # "the election of Yuri Andropov as General Secretary"
    "exile": {"exile", "deportation", "banishment", "expatriation", "confino"},  # Fascist Italy's island exile
    "escape": {"escape", "flight"},
    "meeting": {"meeting"},
    "release": {"release", "pardon", "amnesty"},
    "travel": {"trip", "trips", "journey", "voyage", "visit", "visits"},  # "my second trip to Germany", "his journey to Oslo"
    "demand": {"petition", "petitions", "appeal", "appeals", "request", "requests", "directive", "directives"},
}
VERB_TYPES = {lemma: type_ for type_, lemmas in VERBS.items() for lemma in lemmas}
NOUN_TYPES = {form: type_ for type_, forms in NOUNS.items() for form in forms}
# Multi-word statements a verb alone would miss.
PHRASES = [
    ("suicide", re.compile(r"\b(?:commit(?:s|ted|ting)? suicide|(?:took|taken|takes?|taking) (?:his|her) own life|"
                           r"kill(?:s|ed)? (?:himself|herself)|(?:shot|shoots) (?:himself|herself)|hang(?:ed|s|ing)? (?:himself|herself|themselves)|"
                           r"(?:cut|cuts|slit|slits|slashed) (?:his|her) (?:own )?(?:throat|wrists)|poisoned (?:himself|herself)|"
                           r"(?:threw|throws) (?:himself|herself) (?:from|out of|under|off))\b")),
    ("arrest", re.compile(r"\b(?:placed|put|kept) (?:[\w.-]+ ){0,4}?under (?:house )?arrest\b|\b(?:shut|locked) (?:(?:him|her|them|me|us) )?up (?:alone )?in "
                          r"(?:(?:the |a )?(?:[\w-]+ ){0,3}(?:prison|cell|jail|gaol|fortress)\b|(?=[A-Z]))")),  # "shut him up in Mazas"
    # "Menderes, Bayar and the cabinet are under arrest", "scores of deputies were also rounded up"
    ("arrest", re.compile(r"\b(?:is|are|was|were|been|being|remains?|remained) (?:still |now |already |also )?under (?:house )?arrest\b|"
                          r"\b(?:rounded|round|rounds|rounding) up\b|"
                          r"\b(?:was|were|been|being|got) picked up\b")),  # "was picked up from his house at 11.40 p.m."
    # "Menderes came to power in 1950, … and was returned to office in 1954"
    ("appointment", re.compile(r"\b(?:came|comes|come|coming|rose|risen|rises|swept|returned) to power\b|\b(?:was|were) returned to office\b")),
    ("execution", re.compile(r"\b(?:went|go|goes|gone|going|sent|walked|mounted) to the (?:gallows|scaffold|guillotine)\b")),
    # Argentina's detention without charge: "a decree placed him at the disposal of the National Executive Power"
    ("arrest", re.compile(r"\b(?:placed|put|held|kept|detained)\b[^.;]{0,30}?\bat the disposal of the (?:National )?Executive Power\b")),
    # "were taken off a street car by the police", "was taken off a train" (from a home: arrest_idioms)
    ("arrest", re.compile(r"\b(?:was|were|been) taken (?:off|from) (?:a|the) (?:street ?car|train|bus|tram|ship|plane|boat)\b")),
    # "Ma Shaofang surrendered to police", "went to the police and gave himself up"; a soldier "surrendered in Madrid"
    ("arrest", re.compile(r"\bsurrender(?:ed|s)? to (?:the )?(?:police|authorities|troops|army|soldiers)\b|"
                          r"\bsurrender(?:ed|s)? (?=in |at |on |near )|"  # "he surrendered in Madrid on 29 March 1939"
                          r"\b(?:gave|give|gives|giving) (?:himself|herself|themselves) up\b|\bturned (?:himself|herself|themselves) in\b|"
                          r"\bsurrender(?:ed|s|ing)? (?:himself|herself|themselves)\b")),  # "surrendered himself for trial"
    # "The couple took refuge in the U.S. Embassy", "had been smuggled out of China"
    ("escape", re.compile(r"\b(?:took|taken|take|takes|sought|seeks|found) refuge\b|\bsmuggled out of\b")),
    ("removal", re.compile(r"\bstruck off (?:the )?(?:[\w-]+ ){0,2}(?:lists?|rolls?|register)\b")),
    ("demand", re.compile(r"\basked (?:\w+ ){0,3}for (?:a |the |his |her )?(?:revision|review|retrial|pardon|clemency|mercy|"
                          r"leniency|rehabilitation|release|repatriation|parole|amnesty|asylum)\b")),  # "asked the court for leniency"
    # "Sobell received thirty years. Gold, who carried them, received thirty."
    ("sentence", re.compile(r"\b(?:received|(?:was|were) given) (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                            r"twenty-five|thirty|forty|fifty|\d{1,2})(?=[.;,])")),  # "the physician …, was given 25."
    # held somewhere: "remains in the Chernyakhovsk Special Psychiatric Hospital", "is being held in Vladimir prison"
    # "remained in detention until December 1986": the end of a custody the text told before, a release
    ("release", re.compile(r"\bremain(?:s|ed)?\s+in\s+(?:(?:[\w-]+\s+){0,3})?(?:prison|jail|gaol|custody|detention)\s+until\b")),
    ("arrest", re.compile(r"\b(?!remain(?:s|ed)?\s+in\s+(?:[\w-]+\s+){0,3}?(?:prison|jail|gaol|custody|detention)\s+until\b)"
                          r"(?:are|were|is|was|(?:has|have|had) been|remain(?:s|ed)?)\s+(?:(?:being|still|now|already|then|at that time|at the time|again)\s+){0,3}(?:held\s+|kept\s+|confined\s+)?"
                          r"in\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}(?:(?i:prisons?)|jail|gaol|custody|detention|camps?|(?i:psychiatric\s+hospital)|"
                          r"(?i:prison\s+hospital))\b(?=\s*(?:[.,;:)—]|$|\s(?:in|at|near|for|since|until|with|of|on|where|and|under|awaiting|pending)\b))")),
    # "was sent to a labour camp", "he has been dispatched to Solovki"
    ("arrest", re.compile(r"\b(?:was|were|been) (?:sent|dispatched) to (?:(?:a |the )?(?:labour |labor |corrective |penal )?"
                          r"(?:camps?|prison|colony|gulag)|" + "|".join(sorted(PRISONS_AND_CAMPS)) + r")\b")),
    ("arrest", re.compile(r"(?<=, )in (?:jail|prison|custody|detention) since\b")),  # "Oscar Elías Biscet, in jail since December 2002,"
    # a list entry's "Held in the women's cell; seen alive in August 1977.", "Held in Fort Dimanche since the sentence."
    ("arrest", re.compile(r"(?:^|(?<=[.;] ))Held (?:in|at) (?=[^.;\n]{0,60}?\b(?:cells?|prison|jail|gaol|camp|penitentiary|"
                          r"custody|detention|fort|barracks|since)\b)", re.I | re.M)),
    # "Julián Escobar, Tomás Rivas and Ricardo Méndez, all in custody in Porlier prison, …"
    ("arrest", re.compile(r"(?<=, )(?:all|both|now|still) in (?:jail|prison|custody|detention)\b")),
    ("arrest", re.compile(r"\b(?:was|were|been|being) deprived of (?:his|her|their) (?:liberty|freedom)\b")),
    ("arrest", re.compile(r"\b(?:taken|captured) alive\b")),  # "was wounded in the leg and taken alive"
    # "had given himself up to the police", "was under house arrest in Jakarta"
    ("arrest", re.compile(r"\b(?:gave|give|gives|given|giving) (?:himself|herself|themselves) up\b|\b(?:is|was|were|are|been|remains?|remained|kept|placed|put) (?:\w+ )?under house arrest\b")),
    # "has been sent to the Oryol Special Psychiatric Hospital", "was forcibly placed in a psychiatric hospital",
    # "Fainberg and Borisov, held in the Leningrad Special Psychiatric Hospital"
    ("arrest", re.compile(r"\b(?:(?:was|were|been) (?:\w+ )?(?:sent|transferred|placed|committed|moved) (?:to|in|into)|"
                          r"(?<=, )(?:held|kept|confined|detained) in) (?:a |an |the )?(?:[\w-]+ ){0,3}"
                          r"(?i:psychiatric hospital|prison hospital|prison|labour camp|labor camp|penal colony)\b")),
    # "On 19.III.1985 Crăciun Elena was heard as a witness", "were examined as defence witnesses"
    ("testimony", re.compile(r"\b(?:was|were|been) (?:heard|examined|called) as (?:a )?(?:defen[cs]e |prosecution )?witness(?:es)?\b")),
    # "He was kept hooded and handcuffed in the cells of La Aviación", "kept in solitary confinement"
    ("arrest", re.compile(r"\b(?:was|were|been) kept (?:[\w,]+ ){0,4}?in (?:the |a |an |his |her |their )?(?:[\w'’-]+ ){0,2}"
                          r"(?:cells?|prisons?|jail|gaol|dungeons?|custody|detention|solitary|camps?)\b")),
    ("accusation", re.compile(r"\b(?:handed over for punishment|declared (?:a|an)\s+(?!(?:state|emergency|war|strike|holiday|amnesty|ceasefire|truce|recess|boycott|general)\b)\W?\w+|found guilty|put in the dock)\b")),
    # "the Moscow City Court examined the case of Natalya Gorbanevskaya", "the Kiev Regional Court heard the case of"
    ("trial", re.compile(r"\b(?:heard|hears|examined|examines|considered|considers|began hearing|reviewed) the (?:criminal )?"
                         r"(?:case|appeals?) (?:of|against|by)\b")),  # "the Supreme Court heard the appeals of the workers"
    # "I was taken before the Islamic Revolutionary Court", "brought before a military tribunal"
    ("trial", re.compile(r"\b(?:brought to trial|put on trial|dragged to trial|stood trial|placed on trial|"
                         r"(?:taken|brought|hauled|dragged|led) before (?:(?:a|an|the) (?:[\w'’-]+ ){0,4}|(?:[A-Z][\w'’-]+ ){1,4})(?:(?i:court)|(?i:tribunal)|"
                         r"judges?|magistrates?|bench|(?i:court-martial)|(?i:court martial)|(?i:council of war)))\b")),
    # "now faces charges under the Anti-Communist Law", "criminal proceedings had been instituted against her",
    # "was widely held responsible for the shootings"
    ("accusation", re.compile(r"\bfac(?:es|ed|ing|e) (?:\w+ ){0,2}charges?\b|\b[Pp]roceedings (?:(?:have|had|has) been |were |was )?"
                              r"(?:opened|instituted|initiated|started|brought) against\b|"
                              r"\b[Cc]harges? (?:(?:have|had|has) been|were|was) (?:brought|laid|preferred|filed) against\b|\bheld responsible for\b")),
    # "He served the exile in Chuna", "who has lived in forced exile in Gorky since 1980"
    ("exile", re.compile(r"\b(?:for (?:eternal |permanent )?exile|into exile|sent to Siberia|"
                         r"serv(?:ed|ing|es|e) (?:his|her|their|the) (?:term of )?exile|"
                         r"(?:lived|lives|living|live) in (?:forced |internal |administrative )?exile)\b")),
    ("arrest", re.compile(r"\b(?:spent|spending|served|serving|serves)\b[^.;:]{0,60}?\bin (?:the |a |an )?(?:[\w']+ ){0,2}(?:(?i:camps?)|(?i:prisons?)|"
                          r"(?i:jail)|(?i:gaol)|solitary|Gulag|psychiatric hospital|custody|detention)\b")),  # "27 months in Sağmalcılar Prison"
    # "are now serving their sentences", "was already serving thirty years", "serving a term for offences against …"
    ("arrest", re.compile(r"\b(?:is|are|was|were|been|remains?|remained) (?:now |still |already )?serving (?:a |an |the |their |his |her )?"
                          r"(?:[\w-]+ ){0,2}(?:sentences?|terms?|years)\b(?! of [\w-]+ (?:years?|months?)| for )")),
    # "is serving five years for …", "is serving a sentence of eighteen years' imprisonment imposed on …": the term
    ("sentence", re.compile(r"\b(?:is|are|was|were|been) (?:now |still |already )?serving (?:an? (?:sentence|term) of [\w-]+ "
                            r"(?:years?|months?)|[\w-]+ (?:years?|months?) for )")),
    # "was given eight years", "received the same term", "a camp court added ten years to his term"
    ("sentence", re.compile(r"\b(?:(?:was|were|been|is|are) given|receives?|received|gets?|got) (?:a |an |the same )?"
                            r"(?:[\w-]+(?: and [\w-]+)?[\s-])?(?:years?|months?|terms?|sentences?)\b|"  # "received 12 and 14 years"
                            r"\b(?:receives?|received|gets?|got|(?:was|were|is|are) given) (?:life imprisonment|life sentences?|a life sentence|the death (?:sentence|penalty))\b|"
                            r"\badded (?:[\w-]+ )?years to (?:his|her|their) (?:term|sentence)\b")),
    ("exile", re.compile(r"\b(?:spent|spending|served)\b[^.;:]{0,60}?\bin\b[^.;:]{0,30}?\bexile\b")),
    # "Lardner and Cole served their sentences at Danbury", "Lawson and Trumbo served theirs at Ashland"
    ("arrest", re.compile(r"\bserv(?:ed|ing|es|e) (?:(?:his|her|their|the) (?:prison )?(?:sentences?|terms?)|theirs|his|hers)"
                          r"(?= (?:at|in) )")),  # "spent seventeen years in camps and exile"
    ("membership", re.compile(r"\b(?:a member of|member of the|(?<![\w,;] )Member of (?:the|its|their)\b|(?:a|an|both|all|as) (?:active |known |ardent )?(?:supporters?|sympathi[sz]ers?|adherents?|activists?|militants?) of (?:the )?(?=[A-Z])|(?:was|were) (?:also )?(?:a )?members?(?=\s*[.;,]|\s+(?:too|as well|then|at that time))|"
                              r"was a deputy of|has been with the|joined the|an? agent of the|"
                              r"entered the service of|(?:served|serving|fought) (?:in|with) the (?:[\w'-]+ ){0,3}(?:Battalion|Brigades?|Regiment|"
                              r"Army|Corps|Division|Legion|Guards?|Fleet|Navy|Rifles|battalion|brigades?|regiment|army|corps|division|legion)|"
                              r"(?:sat|sits|sitting) (?:in|for \w+ in) the (?:[\w-]+ ){0,2}(?:House of Commons|Parliament|Duma|Sejm|Reichstag|"
                              r"Assembly|Senate|Congress|Chamber))\b")),
    # "stripped of every post he held", "hounded from power", "fell from power"
    ("removal", re.compile(r"\bstripped of (?:his|her|their|all|every|the) (?:[\w-]+ ){0,2}(?:posts?|offices?|ranks?|titles?|"
                           r"positions?|functions?|mandates?|decorations?)\b|\b(?:hounded|driven|ousted|forced) (?:out )?(?:from|of) "
                           r"(?:power|office)\b|\b(?:fell|fallen|falls) from power\b|"
                           # "now he lost his chair as well", "in April lost the direction of the National Theatre"
                           r"\b(?:lost|loses|losing) (?:his|her|their|the) (?:[\w-]+ ){0,2}(?:posts?|offices?|chairs?|jobs?|"
                           r"positions?|professorships?|directorships?|direction|command|mandates?)\b")),
    # China's "sent down to labour in Xinyang", "sent down to the countryside"
    ("exile", re.compile(r"\bsent down to (?:labou?r|do manual labou?r|the countryside|a village|a farm)\b")),
    # "a founding member of VONS", "a founder of the South African Students' Organisation", "a veteran of the
    # International Brigades"
    ("membership", re.compile(r"\b(?:a|an|one of the|two|three|both|all) (?:[\w-]+ )?leaders of (?:the )?(?:[a-z-]+ ){0,2}(?=[A-Z])|"
                              r"\b(?:a|an|one of the) (?:[\w-]+ )?leader of (?:the )?(?:[a-z-]+ ){0,2}(?=[A-Z])")),
    ("membership", re.compile(r"\b(?:a|an) (?:founding|leading|active|prominent|senior) members? of\b|\b(?:a|the|one of the) "
                              r"(?:co-)?founders? of\b|\ba veteran of the (?:[\w-]+ ){0,3}(?:Brigades?|Army|Legion|Corps)\b")),
    # "DAVID LEE HARMON, age 20, a CRJP member, …": a body's name before "member", in apposition
    ("membership", re.compile(r"\b(?:a|an) (?:[A-Z][\w'-]+ ){1,3}member(?=[,;)]|\.\s)")),
    # "party member since 1912", "a Bolshevik since 1907", "a Bolshevik from 1903"
    ("membership", re.compile(r"\b(?:party member|(?:a|an) (?:Bolshevik|Menshevik|Communist|Social[- ]Democrat|Socialist-Revolutionary))"
                              r"(?= (?:since|from) \d{4})")),
    # "who had been connected with the Trotskyist underground since 1927"
    ("membership", re.compile(r"\bconnected with the (?:[\w-]+ ){0,3}(?:underground|organi[sz]ation|cent(?:re|er)|group|"
                              r"opposition|bloc|conspiracy|plot)\b")),
    ("appointment", re.compile(r"\brestored to (?:his|her|their) (?:old |former |previous )?(?:post|office|position|job|chair)s?\b")),
    # "who took charge of the office of the Party", "took over the Caucasian Front", "has accepted its presidentship"
    ("appointment", re.compile(r"\btook (?:charge of|over) the (?=[A-Z]|office|command|direction|leadership|work)|"
                               r"\b(?:accepted|assumed) (?:its|the|their) (?:presidentship|presidency|chairmanship|"
                               r"leadership|command|direction)\b")),
    ("appointment", re.compile(r"\b(?:the new head of|was made head of|became head of|named head of|"
                               r"(?:became|becomes|become|becoming) (?:a |an |the |its |his |her |their |one of the )?(?:[\w’'-]+ ){0,4}?"
                               r"(?i:spokes(?:man|men|woman|women|person)|chairman|chairwoman|chairperson|president|secretary|director|"
                               r"head|chief|commander|editor|prosecutor|procurator|governor|minister|commissar|ambassador|marshals?|"
                               r"principal|premier|leader)\b|"
                               r"(?:was|were) made (?:a |an |the )?(?:[A-Z][\w'’]+[ -]){0,3}(?:Premier|Minister|Commissar|Secretary|Marshal|"
                               r"Chairman|President|Procurator|Prosecutor|Ambassador)\b|"
                               r"(?:placed|put|set) at the head of|restored to (?:his|her) (?:old |former )?(?:post|position|"
                               r"rank|command)|restored to the (?:army|service))\b")),
    ("removal", re.compile(r"\b(?:transfer(?:red)? to the(?! (?:[\w-]+ ){0,4}(?i:hospital|prison|camp|colony|cent(?:er|re)|penitentiary|jail|gaol)\b)|relieved of (?:his|her) (?:post|duties)|"
                           r"(?:barred|debarred|disbarred|banned) from (?:practi[cs]e|office|teaching|work|the bar|the profession))\b")),
    ("rehabilitation", re.compile(r"\b(?<!pleaded )(?<!pleads )(?<!plead )(?<!pleading )not guilty\b")),  # found, not pleaded
    ("death", re.compile(r"\b(?:was|were|is|are|(?:had|has|have) been) (?:already |now |long )?(?:found )?dead\b")),
    ("execution", re.compile(r"\b(?:put|puts|putting) (?:\w+ )?to death\b")),  # "he was put to death in custody"
    # a killing, not an execution: "was shot dead at a meeting", "whom the SS beat to death", "did to death"
    ("death", re.compile(r"\b(?:shot|gunned|cut) down\b|\bshot dead\b|\b(?:beat|beaten|clubbed|kicked|tortured|hacked|"
                         r"stabbed|starved|worked|did|done) (?:\w+ ){0,3}to death\b")),
    ("release", re.compile(r"\b(?:set|sets|setting) (?:\w+ )?(?:free|at liberty)\b|\b(?:was|were|been|and|twice|then|later|soon) let go\b|"
                           r"\blet (?:him|her|them) go\b|\b(?:came|come|comes|coming|got|gets) out of (?:the |a )?(?:[\w-]+ ){0,2}"
                           r"(?:jail|gaol|prison|camps?|penitentiary|custody|detention)\b")),  # "since he came out of the county jail"
    # a court fixing the penalty: "their punishment was fixed at death"
    ("sentence", re.compile(r"\b(?:punishment|penalty|sentence) (?:was |were |is )?(?:fixed|set) at\b")),
    # "gave notice of a motion for a new trial", "filed a motion for a retrial"
    ("demand", re.compile(r"\bmotions? for (?:a |an |the )?(?:new trial|retrial|review|rehearing|release|dismissal|acquittal|"
                          r"stay of execution|writ of habeas corpus)\b")),
    ("sentence", re.compile(r"\bescaped with (?:a |an )?(?:\w+[\s-])?(?:years?|months?)\b")),  # "escaped with ten years"
    ("testimony", re.compile(r"\b(?:told|informed|assured) the (?:court|tribunal|judges)\b")),
    ("trial", re.compile(r"\b(?:committed|sent|handed over) for trial\b")),
    # "They are therefore punished with death", "is punished by ten years' penal servitude"
    ("sentence", re.compile(r"\b(?:is|are|was|were|be|been) (?:therefore |accordingly )?punished (?:with|by) (?:death|"
                            r"(?:[\w-]+ )?years|imprisonment|penal servitude|hard labou?r)\b")),
    # "held, and handed over to the Secret State Police", "was handed over to the NKVD"
    ("arrest", re.compile(r"\bhanded over to the (?:[A-Z][\w-]+ ){0,3}(?:police|Police|Gestapo|GPU|OGPU|NKVD|KGB|militia|authorities)\b")),
    # "Dubrovin signed a second protocol repeating the same story": the record of a confession, signed
    ("confession", re.compile(r"\bsign(?:s|ed|ing)? (?:a|the|his|her|another) (?:\w+ )?(?:protocol|deposition)\b")),
    # "LINDQUIST entered a plea of guilty on 7/19/68", "entered guilty pleas"
    ("confession", re.compile(r"\b(?:entered|enters|entering|made|changed) (?:a |his |her |their )?(?:plea of guilty|guilty pleas?)\b")),
    # "Kamenev confirmed Zinoviev's statements in every particular": a defendant bears out the confession before him
    ("confession", re.compile(r"\bconfirm(?:s|ed)? (?:\w+(?:'s|’s) |his |her |their |the |these )?"
                              r"(?:statements?|testimony|evidence|confession|depositions?)\b")),
    # "Prosecutor Dzmitry Kuzmich asked for six years", "requested a sentence of forty years' imprisonment", "sought an
    # acquittal", "who had pressed for a full inquiry": asking a court or an authority for a penalty, a release, an inquiry
    ("demand", re.compile(r"\b(?:asked|asks|requested|requests|demanded|demands|sought|seeks|pressed|presses|appealed|appeals) "
                          r"for (?:a |an |the )?(?:[\w'’-]+ ){0,3}(?:sentences?|penalty|years|acquittal|imprisonment|"
                          r"release|inquiry|investigation|clemency|pardon|mercy)\b|\b(?:requested|demanded|sought|seeks|proposed) "
                          r"(?:a|an|the) (?:[\w'’-]+ ){0,2}(?:sentences?|acquittal|penalty)\b")),
    # "In his final speech Vondra said: …", "IN HIS LAST PLEA HE ASKED COURT FOR MERCY": a defendant's last word
    ("statement", re.compile(r"\b(?i:in (?:his|her|their) (?:final|last) (?:speech|address|plea|words?|statement)s?)\b")),
    # "Mr. Phadke read a written statement on September 18", "Mandela made a long statement from the dock"
    ("statement", re.compile(r"\b(?<!to )(?:made|makes|make|read|reads|issued|issues|delivered|released) (?:a|an|his|her|their) "
                             r"(?:\w+ ){0,2}(?:statement|declaration|speech|proclamation)\b")),
]
CHARGES = [
    ("terrorism", re.compile(r"\bterror(?:ism|ist|ists|istic)?\b", re.I)),
    ("espionage", re.compile(r"\b(?:espionage|spy|spies|spying)\b", re.I)),
    ("sabotage", re.compile(r"\b(?:sabotage|saboteurs?|wrecking|wreckers?|diversion)\b", re.I)),
    ("military-plot", re.compile(r"\bmilitary (?:plot|conspiracy)\b", re.I)),
    ("treason", re.compile(r"\b(?:treason|betrayal of the (?:motherland|fatherland)|traitors?)\b", re.I)),
    ("counter-revolution", re.compile(r"\bcounter-?revolution(?:ary|aries)?\b", re.I)),
]
CHARGE_TYPES = {"accusation", "trial", "sentence", "confession", "testimony", "arrest", "execution"}
SPEECH_VERBS = {"testify", "declare", "say", "state", "confess", "claim", "assert", "write", "report", "allege",
                "admit", "tell", "announce", "insist", "maintain", "depose", "find", "rule", "conclude", "affirm", "inform",
                "notify"}
# Whose word a reported event is: a witness's claim, unless a body states its own finding.
REPORTED_CLAIM = SPEECH_VERBS - {"find", "rule", "conclude", "affirm"}


def charges_in(text: str) -> list[str]:
    return [name for name, pattern in CHARGES if pattern.search(text)]
