"""Small word lists of the period's language: organisations, titles, verbs of people.

These are general facts about the political vocabulary of the 1920s–50s (the
security organs, party bodies, newspapers, internationals), not names taken
from any one text. Places come from GeoNames (``places.py``), not from here.
"""

from __future__ import annotations

import re

# Organisations known by one word or an acronym.
ORG_WORDS = {
    "GPU", "OGPU", "NKVD", "Cheka", "VChK", "MVD", "MGB", "KGB", "NKGB", "GUGB", "Gestapo", "SS", "SA", "Reichswehr",
    "Politburo", "Orgburo", "Presidium", "Comintern", "Profintern", "Cominform", "Sovnarkom", "TASS", "Reuters", "Havas",
    "Pravda", "Izvestia", "Izvestiya", "Trud", "Humanité", "Vorwärts", "Bulletin", "Byulleten",
    "Opposition", "Komsomol", "Narkomindel", "Gosplan", "Vesenkha", "Tsentrosoyuz", "Rabkrin", "Reichstag", "Duma",
    "Bund", "Kuomintang", "POUM", "CNT", "FAI", "SPD", "KPD", "SAP", "ILP", "CPUSA",
    "CPSU", "VKP", "RSDLP", "Politbureau", "Secretariat", "Collegium",
}
# Last words that make a capitalised phrase an organisation ("Unified Center", "Revel Soviet").
ORG_HEADS = {
    "Center", "Centre", "Committee", "International", "Soviet", "Soviets", "Front", "Opposition", "Party", "Commissariat",
    "Collegium", "Court", "Office", "Bureau", "Commission", "League", "Council", "Army", "Guard", "Tribunal",
    "Bloc", "Group", "Union", "Federation", "Academy", "Institute", "Trust", "Directorate", "Administration",
    "Secretariat", "Presidium", "Procuracy", "Prosecutor's Office", "Congress of Soviets", "Assembly", "Ministry",
    "Department", "Division", "Section", "Society", "Association", "Times", "Post", "Tribune", "Herald", "Gazette",
    "Journal", "Review", "Daily", "Pravda", "Izvestia", "Sovnarkom", "Embassy", "Legation", "Consulate", "Press",
    "Constabulary", "Rifles", "Fusiliers", "Volunteers", "Police", "Gendarmerie", "Chronicle", "Organisation",
    "Organization", "Convention", "Movement",
    "Company", "Battalion", "Regiment", "Brigade", "Squadron", "Unit", "Command", "Corps",  # "the 174th PC Company"
    "Prefecture", "Faculty", "Service", "University",
    "Gazeta", "Zeitung", "Vestnik",  # "Literaturnaya Gazeta", "Arbeiter-Zeitung": a paper
    "Archdiocese", "Diocese",  # "the Archdiocese of Campinas"
    "Works", "Plant", "Radio",  # "the Ursus Mechanical Works", "Kharkov Turbogenerator Plant", "Hungarian Radio"
}
ORG_PHRASE = re.compile(
    r"\b(?:League of Nations|Jehovah['’]s Witnesses|House of (?:Commons|Lords|Representatives|Deputies|Peers|Councillors)|Communist International|Red Army|White Army|Red Cross|Supreme Court(?: of the USSR)?|"
    r"Military Collegium(?: of the Supreme Court(?: of the USSR)?)?|Central Committee(?: of the [A-Z][\w-]*(?: [A-Z][\w-]*)*)?|"
    r"Central Control Commission|Council of People['’]s Commissars|People['’]s Commissariat of [A-Z][a-z]+(?: [A-Z][a-z]+)*|"
    r"(?:(?!The\b|In\b|On\b|At\b|By\b)[A-Z][a-z]+ ){0,3}People['’]s (?:[A-Z][a-z]+ )?(?:Court|Council|Army|Tribunal|Militia|Assembly|Congress)(?: Council)?|"
    r"Commissariat of [A-Z][a-z]+(?: [A-Z][a-z]+)*|Dewey Commission|Commission of Inquiry|Post Office|"
    r"(?:Left|Right|Workers['’]|United|Trotskyist|Zinovievite|Leningrad|Joint) Opposition|"
    r"(?:First|Second|Third|Fourth|IInd|IIIrd|IVth|2nd|3rd|4th) International|Popular Front|United Front)\b")
# Nationalities, as entries and protocols list them ("born in 1894 in Tula, Russian, member of the VKP(b)"):
# never a name alone, though they open names ("Polish Military Organisation").
NATIONALITIES = {
    "Russian", "Ukrainian", "Belarusian", "Byelorussian", "Latvian", "Lithuanian", "Estonian", "Polish", "Pole", "German",
    "Jewish", "Jew", "Georgian", "Armenian", "Tatar", "Kazakh", "Uzbek", "Finnish", "Finn", "Hungarian", "Czech", "Slovak",
    "Chinese", "Korean", "Greek", "Bulgarian", "Romanian", "Moldavian", "Azerbaijani", "Azeri", "Chechen", "Ingush",
    "Kalmyk", "Karelian", "Bashkir", "Mordvin", "Chuvash", "Ossetian", "Abkhaz", "Kyrgyz", "Tajik", "Turkmen", "Yakut",
    "Buryat", "Udmurt", "Komi", "Mari", "Crimean", "Austrian", "French", "Italian", "Swiss", "Serbian", "Croatian",
    # and the world's, with their languages ("translated from Persian", "an Iranian", "a Kurdish teacher")
    "Persian", "Farsi", "Iranian", "Iraqi", "Turkish", "Turk", "Kurdish", "Kurd", "Arab", "Arabic", "Afghan", "Pakistani",
    "Indian", "Japanese", "Vietnamese", "Spanish", "Portuguese", "Brazilian", "Argentine", "Argentinian", "Chilean",
    "Mexican", "Cuban", "American", "British", "Dutch", "Belgian", "Swedish", "Norwegian", "Danish", "Albanian",
    "Slovene", "Slovenian", "Bosnian", "Macedonian", "Yugoslav", "Czechoslovak", "Israeli", "Palestinian", "Egyptian",
    "Syrian", "Lebanese", "Algerian", "Moroccan", "Tunisian", "Libyan", "Sudanese", "Ethiopian", "Eritrean", "Kenyan",
    "Nigerian", "Ghanaian", "African", "Rhodesian", "Ugandan", "Congolese", "Angolan", "Mozambican", "Filipino",
    "Indonesian", "Malaysian", "Burmese", "Cambodian", "Khmer", "Laotian", "Tibetan", "Uighur", "Uyghur", "Mongolian",
    "Canadian", "Australian", "European", "Asian", "Hebrew", "Yiddish", "Cypriot", "Guatemalan", "Salvadoran",
    "Nicaraguan", "Peruvian", "Bolivian", "Colombian", "Venezuelan", "Uruguayan", "Paraguayan", "Ecuadorian",
}
# Capitalised words that are never a name by themselves.
NOT_NAMES = {
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Their", "Our", "This", "That", "These",
    "Those", "But", "And", "Or", "If", "In", "On", "At", "By", "For", "From", "Of", "To", "With", "As", "After", "Before",
    "When", "While", "Since", "Then", "There", "Here", "What", "Who", "Whom", "Whose", "Which", "Why", "How", "Not", "No",
    "Yes", "All", "Even", "Only", "Also", "So", "Yet", "True", "Soon", "Today", "Yesterday", "Tomorrow", "Comrade",
    "Comrades", "Citizen", "Mr", "Mrs", "Dr", "Left", "Right", "Revolution", "Constitution", "Trial", "Chapter", "Note",
    "Notes", "God", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Moscow Trials",
    "Last", "Remember", "Regardless", "Whoever", "Everything", "Nothing", "Nobody", "Everybody", "One", "Another",
    "Many", "Some", "Such", "Each", "Every", "Cut", "Just", "Later", "Meanwhile", "However", "Thus", "Indeed",
    "GMT", "UTC", "BST", "CET", "MSK",  # "17.00 GMT": a time zone
    "Monitor", "Editor", "Translator", "Compiler",  # "[Monitor's note: …]"
    "Perhaps", "Now", "Never", "Once", "Another", "Isn", "Doesn", "Don", "Didn", "Won", "Let", "Do", "Does", "Did",
    "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Verdict",
    "VERDICT", "Judgement", "Judgment", "JUDGEMENT", "JUDGMENT", "RESULTING", "CONSIDERING", "WHEREAS",  # a judgment's words
    "Register", "Record", "Findings", "Notes", "Biographical", "Compiled", "Each", "Not", "Guilty", "According",
    "Bolshevik", "Menshevik", "Chekist", "Komsomolets", "People", "Peoples", "Question", "Answer",
    "Hundreds", "Thousands", "Millions", "Dozens", "Scores", "Tens",
    "Tell", "Ask", "Give", "Send", "Bring", "Kiss", "Forgive", "Thank", "Greet",  # a letter's "Tell Katya not to come"
    # what a family calls its own in memoirs and interviews: kin, not names ("Papa kept saying …", "Mama, Anna Sergeyevna")
    "Mama", "Mamma", "Mum", "Mom", "Papa", "Dad", "Daddy", "Granny", "Grandma", "Grandpa", "Grandad", "Babushka", "Dedushka",
    "Q", "Interviewer", "Interviewee", "Jr", "Jr.", "Sr", "Sr.", "MR", "MRS", "DR", "Esq", "Sgd",  # "Ring Lardner, Jr.": a suffix, not a second person
}

# Titles before a speaker's name in a hearing's transcript ("MR. TAVENNER: Will you state your name?").
SPEAKER_TITLES = {"MR", "MRS", "MS", "DR", "MISS", "SENATOR", "JUDGE", "GENERAL", "SIR", "LORD", "LADY", "DAME",
                  "Mr", "Mrs", "Ms", "Dr", "Miss", "Senator", "Judge", "General", "Sir", "Lord", "Lady", "Dame",
                  "Me", "M", "Mme"}  # "Me LACHAUD.—": a French record's advocate
# A news report's dateline, the place it was filed from: "BEIJING, May 17 — ", "YASSIADA, Turkey, Oct. 14, 1960 (AP) — "
DATELINE = re.compile(r"[A-Z][A-Z .'-]{2,30},[^\n—]{0,30}?(?:—|--|–)\s*")
# The tokenizer may cut the dot off "Sgt."; not "Sen". Without its dot such a word also ends names as a surname
# ("Ryszard Maj"), so it is a title only before a name.
UNDOTTED_RANKS = {"Sgt", "Lt", "Capt", "Col", "Maj", "Cpl", "Brig", "Lieut", "Gen", "Adm", "Cdr", "Cmdr", "Insp", "Supt"}
# Titles and roles that precede a name and are not part of its span.
TITLES = {
    "Comrade", "Comrades", "Citizen", "Mr", "Mr.", "Mrs", "Mrs.", "Miss", "Madame", "Mme", "Dr", "Dr.", "Professor", "Prof.",
    "MR", "MR.", "MRS", "MRS.", "DR", "DR.", "MISS", "SENATOR",  # a hearing's speaker labels: "MR. TAVENNER:"
    "General", "Senior", "Paramount", "Marshal", "Commissar", "Commander", "Colonel", "Captain", "Lieutenant", "Major", "Admiral",
    "Prosecutor", "Procurator", "Judge", "President", "Chairman", "Secretary", "Academician", "Engineer", "Defendant",
    "Accused", "Witness", "Prince", "Count", "Tsar", "King", "Queen", "Premier", "Minister", "Ambassador", "Herr", "Frau",
    "Monsieur", "Sir", "Lord", "Lady", "Father", "Saint", "St.", "Bishop", "Deputy",
    "Rev", "Rev.", "Revd", "Reverend", "Pastor", "Archbishop", "Cardinal", "Rabbi", "Justice", "Chief", "Sergeant",
    "Corporal", "Inspector", "Governor", "Mayor", "Director", "Magistrate", "Commissioner",
    "Commandant", "Mme.", "Mlle", "Mlle.", "MM.", "Pope", "Brigadier", "Consul", "Vice-Consul", "Baron", "Baroness", "Countess", "Patriarch",
    "Uncle", "Aunt", "Auntie", "Brother", "Sister", "Grandfather", "Grandmother", "Cousin",  # "Uncle Kolya", "Aunt Klava"
    "Delegate", "Attorney",
    "Gen.", "Col.", "Lt.", "Lieut.", "Capt.", "Maj.", "Adm.", "Sgt.", "Cpl.", "Brig.", "Cmdr.", "Cdr.", "Gov.", "Sen.",
    "Insp.", "Supt.",  # a wire report's abbreviations: "Gen. Cemal Gursel"
    "Ms", "Ms.", "MS", "MS.", "Adv", "Adv.", "Advocate", "Chairperson",
    # the parties of a legal proceeding, who are named by their role: "the First Applicant", "the second petitioner"
    "Applicant", "Applicants", "Appellant", "Appellants", "Petitioner", "Petitioners", "Respondent", "Respondents",
    "Complainant", "Deponent",
    # a record's officers, named by their function: "Stenographer, Mary E. Doyle", "Patrolman Joseph Healey"
    "Stenographer", "Interpreter", "Clerk", "Patrolman", "Constable", "Agent", "Assistant",
    "Officer", "Officers", "Detective", "Detectives", "Sheriff", "Warden", "Bailiff", "Messrs", "Messrs.",  # "Officers Schuettler and Loewenstein"
    "Senator", "Fr", "Fr.", "FR", "FR.",  # "Fr. Celso Mallari": Father
    "Doña", "Señora", "Señor", "Señorita", "Dom", "Dona", "Ña", "Ño",  # "Doña Pilar OCAÑA", "Dom Hélder Câmara", Paraguay's "Ña"
    "Čiča", "Čika",  # an old man's Serbian honorific: "Čiča Đura Bašić"
    "Signor", "Signora", "Signorina", "Senhor", "Senhora", "Doctor",  # "Signor Michele Isgrò", "Doctor G. I. Mayorov"
    "Président", "Ministre", "Procureur", "Maître", "Bâtonnier", "Général", "Capitaine", "Juge",  # "Monsieur le Président"
    "Delegado", "Comisario", "Comissário", "Juiz", "Coronel", "Capitán", "Teniente", "Sargento",  # "Delegado Macedo"
    "Superintendent", "Lala", "Sardar", "Pandit", "Babu", "Shri", "Sri", "Maulana",  # "Lala Lajpat Rai"
    "Smt", "Smt.", "Shrimati", "Srimati", "Kumari", "Kum.", "Sushri",  # "Smt. Indira Gandhi", "Kumari Anjali Deshpande"
    "Ayatollah", "Ayatullah", "Hojjatoleslam", "Hojatoleslam", "Hojjat-ol-eslam", "Sheikh", "Shaikh", "Mullah", "Imam",
    "Haj", "Hajj", "Hajji", "Haji",  # "Hojjatoleslam Ahmad Tavassoli", "Haj Nasser"
    "Rotmistr", "Shtabs-Rotmistr", "Stabs-Rotmistr", "Polkovnik", "Podpolkovnik", "Poruchik", "Praporshchik", "Yesaul",
    "Esaul", "Cornet", "Ensign", "Adjutant", "Councillor", "Privy", "Collegiate", "Titular", "Pristav", "Ispravnik",
    "Ataman", "Hetman",  # the Tsarist ranks: "Rotmistr Goloushkin", "Privy Councillor Sazonov"
    "Corresponding", "Member",  # "Corresponding Member P. K. Yarosh": an academy's rank
    "Conseiller", "Bourgmestre", "Burgomaster", "Préfet", "Sous-préfet",  # "Conseiller BUCYANA Protais": a commune's officers
    "SA", "SAs", "SAC", "ASAC", "AUSA",  # an American federal file's officers: "SA CONNELLY", "AUSA PAUL R. BRENNAN"
    "ASP", "Afande", "Treasurer",  # "ASP Adroa" (Assistant Superintendent of Police), "Afande Lodu" (Swahili: officer)
    # a news report's trade before a name: "Journalist Evelio Garcés Tamayo was sentenced …"
    "Journalist", "Poet", "Novelist", "Playwright", "Dissident", "Activist", "Lawyer", "Economist", "Physician",
    "Emperor", "Empress", "Tsarina", "Tsarevich", "Duke", "Duchess", "Archduke", "Grand-Duke",  # "the Emperor Nicholas Pavlovich"
    "Lecturer", "Assessor", "Associate",  # "Lecturer Cao Yi", "Collegiate Assessor Griboedov", "Associate Professor Deng"
    # Ethiopian honorifics and ranks: "Ato Bekele Gudeta", "Woizerit Tsehay", "Abune Tewophilos", "Dejazmach Kebede"
    "Ato", "Woizero", "Woizerit", "W/ro", "W/t", "Abune", "Abuna", "Lij", "Ras", "Dejazmach", "Dejach", "Fitawrari",
    "Grazmach", "Kegnazmach", "Blatta", "Blattengeta", "Tsehafi", "Tezaz", "Emahoy", "Liqe",
    # French forms of address: "Me Lachaud" (Maître), "Mgr Darboy" (Monseigneur), "the Marquis de Plœuc"
    "Me", "Mgr", "Mgr.", "Monseigneur", "Marquis", "Marquise", "Comte", "Vicomte", "Abbé", "Citoyen", "Citoyenne",
    # ranks a slash abbreviates, one word as a slashed Ethiopian name is: "S/Sgt John Smith", "W/Cdr Peter Brown"
    "S/Sgt", "W/Cdr", "D/Sgt", "D/Insp", "S/Insp", "S/Supt", "D/Supt", "Lt/Col", "Sgt/Maj", "W/O",
    # clergy, and the German police's and the SS's ranks: "Chaplain Josef Terhorst", "Kriminalkommissar Schäfer"
    "Chaplain", "Vicar", "Canon", "Deacon", "Abbot", "Monsignor", "Pfarrer", "Kaplan", "Dekan",
    "Fray", "Padre", "Khenpo", "Geshe",  # "Fray Antonio", "Khenpo Jampa Gyaltsen" (a Tibetan abbot), "Geshe" (a doctor of divinity)
    "Kriminalkommissar", "Kriminalsekretär", "Kriminalassistent", "Kriminaloberassistent", "Kriminalrat",
    "Kriminaldirektor", "Regierungsrat", "Oberregierungsrat", "Landrat", "Bürgermeister", "Oberbürgermeister",
    "Gauleiter", "Kreisleiter", "Ortsgruppenleiter", "Blockleiter", "Wachtmeister", "Oberwachtmeister",
    "Untersturmführer", "Obersturmführer", "Hauptsturmführer", "Sturmbannführer", "Obersturmbannführer",
    "Standartenführer", "Oberführer", "Brigadeführer", "Gruppenführer", "Obergruppenführer", "Scharführer",
    "Oberscharführer", "Hauptscharführer", "Rottenführer",
    "Jew", "Jewess",  # a Nazi file's word before a name: "the Jew Siegfried Israel Rosenthal"
} | UNDOTTED_RANKS
# Titles that only ever open a person's name: "Mrs. Barbara Castle" is a person, "King William's Town" a town.
PERSONAL_TITLES = {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Madame", "Mme", "Mme.", "Herr", "Frau",
                   "Monsieur", "MR", "MR.", "MRS", "MRS.", "DR", "DR.", "MISS", "Doña", "Ña", "Señora", "Señor", "Señorita",
                   "Signor", "Signora", "Signorina", "Senhor", "Senhora"}
# "Vice-Premier Jankowski", "Vice-Chairman of the Council": an office's deputy is an office too
DEPUTY_WORDS = ("Vice", "Deputy", "Acting", "Under", "Co", "Sub")  # "Sub-Inspector Narayan Joshi"
DEPUTY_PREFIX = re.compile(r"^(?:%s)-(?=[A-Z])" % "|".join(DEPUTY_WORDS))


def is_title_word(word: str) -> bool:
    """A title or office before a name ("General", "Dr.", "Vice-Premier"), not part of the name itself."""
    word = DEPUTY_PREFIX.sub("", word)
    if word.isupper() and len(word) > 3:
        word = word.title()  # "BY INSPECTOR WHITCOMB": a record's capitals
    return word in TITLES or word.rstrip(".") in TITLES


def only_titles(text: str) -> bool:
    """Nothing but titles ("", "Mr. ", "General "): what may stand between a list's number and its name."""
    return all(is_title_word(w) for w in text.split())
# Verbs after a subject that is a person ("Radek testified", "Tomsky was arrested").
PERSON_VERBS = {
    "testified", "confessed", "declared", "said", "stated", "wrote", "told", "asked", "answered", "replied", "admitted",
    "denied", "demanded", "claimed", "insisted", "recalled", "explained", "spoke", "shouted", "cried", "clamored",
    "arrested", "shot", "executed", "tried", "sentenced", "exiled", "deported", "expelled", "rehabilitated", "born",
    "died", "killed", "murdered", "committed", "joined", "met", "went", "came", "returned", "fled", "escaped", "lived",
    "knew", "believed", "thought", "wanted", "hoped", "feared", "signed", "accused", "named", "implicated", "mentioned",
    "became", "remained", "left", "arrived", "visited", "travelled", "traveled", "flew", "pleaded", "retracted",
    "recanted", "broke", "resigned", "appointed", "removed", "dismissed", "imprisoned", "interned", "released",
}
GROUP_SUFFIX = re.compile(r"(?:ists?|isms?|ites?|iks|ians|ans|ese|ish|ic|ist-\w+|ers)$")
# Capitalised nouns that end a title-case phrase without being part of a name ("the Moscow Trials").
EVENT_HEADS = {
    "Trial", "Trials", "Congress", "Conference", "Affair", "Case", "Constitution", "Revolution", "War", "Book",
    "Plenum", "Process", "Purge", "Purges", "Terror", "Inquisition", "Thermidor", "Report", "Reports", "Commission's",
}
# A street named with its lower-case word before it: "calle de Fomento", "rue Michelet"
# (not "via": "travelled via Berlin"; a saint's name the street bears stays in it: "rue Saint-Sauveur")
STREET_BEFORE = re.compile(r"\b(?:calle|rue|avenida|plaza|praça|piazza|ulitsa|carrer|boulevard|quai)"
                           r"(?:[ \t]+(?:de[ \t]+la|de[ \t]+los|de[ \t]+las|del|de|des|du|de[ \t]+l'|della))?[ \t]+"
                           r"(?:(?:Saint|Sainte|St\.|Ste\.|San|Santa|São)[ \t-])?$")
PLACE_PREPOSITIONS = {"in", "at", "from", "to", "into", "near", "across", "through", "via", "toward", "towards", "of"}
GENERIC_MODIFIERS = {"other", "new", "future", "such", "more", "many", "some", "few", "several", "all", "those", "these"}
# One's kin named after the word for them: "my brother-in-law Le Van Duc", "My wife, Le Thi Hanh,"
KIN_BEFORE = re.compile(r"(?:\b(?:my|his|her|their|our|your)|\w['’]s)\s+(?:late\s+|elder\s+|younger\s+|eldest\s+|youngest\s+)?"
                        r"(?:wife|husband|son|daughter|brother|sister|mother|father|widow|widower|uncle|aunt|nephew|niece|"
                        r"cousin|fianc[ée]e?|grandson|granddaughter|grandfather|grandmother|stepson|stepfather)(?:-in-law)?"
                        r"\s*,?\s*$|\b(?:son|daughter|widow|wife)\s+of\s+$", re.I)  # "KARADAĞ: son of Mustafa"
# Nouns that, after a possessive, say its owner is a person ("Kirov's assassination").
PERSON_POSSESSIONS = {
    "deputy", "assassination", "murder", "death", "arrest", "execution", "suicide", "wife", "husband", "son",
    "daughter", "brother", "sister", "mother", "father", "widow", "head", "testimony", "confession", "speech",
    "letter", "letters", "life", "name", "role", "trial", "removal", "friends", "friend", "secretary", "successor",
    "predecessor", "superior", "behavior", "behaviour", "services", "career", "fate", "guilt", "innocence", "memoirs",
    "diary", "biography", "lawyer", "defence", "defense", "followers", "supporters", "associates", "sympathy",
    "investigators", "interrogators", "accusers", "orders", "signature", "widow", "children",
}
COORDINATORS = {",", "and", "or", "nor", "even", "as", "well", "also"}
# "the removal of X", "the arrest of X": nouns of what happens to people.
PERSON_EVENT_NOUNS = {
    "removal", "arrest", "arrests", "execution", "murder", "assassination", "death", "suicide", "trial", "indictment",
    "rehabilitation", "expulsion", "exile", "shooting", "testimony", "confession", "interrogation", "release", "return",
    "dismissal", "appointment", "sentence", "fall", "disgrace", "reevaluation", "re-evaluation", "case", "defence",
    "body", "remains", "grave", "funeral", "disappearance", "abduction", "detention", "whereabouts",  # "the body of Lumi Videla"
}
# Verbs whose object is a person ("Stalin removed Yagoda").
PERSON_OBJECT_VERBS = {
    "removed", "arrested", "shot", "executed", "tried", "accused", "sentenced", "exiled", "murdered", "killed",
    "appointed", "dismissed", "replaced", "expelled", "rehabilitated", "interrogated", "released", "implicated",
    "denounced", "named", "slandered", "murder", "kill", "arrest", "shoot", "remove", "accuse", "try", "execute",
    "removing", "arresting", "shooting", "executing", "accusing", "murdering", "killing", "dismissing", "replacing",
}
PRONOUNS_OF_PEOPLE = {"He", "She", "His", "Her"}
# Nouns of office after a name and a comma ("Gamarnik, the head of …"): the name is a person's.
ROLE_NOUNS = {"head", "chairman", "secretary", "commissar", "editor", "leader", "deputy", "wife", "husband", "widow",
              "son", "daughter", "brother", "sister", "prosecutor", "judge", "president", "chief", "commander",
              "member", "founder", "author", "former", "later", "then", "old", "veteran", "friend", "assistant"}
# Nouns of events: capitalised in a heading or a subject line ("Subject: Arrest and Deportation of …"), not names.
EVENT_NOUNS = {"Arrest", "Arrests", "Deportation", "Deportations", "Execution", "Executions", "Imprisonment",
               "Internment", "Detention", "Detentions", "Disappearance", "Disappearances", "Rehabilitation", "Expulsion",
               "Dismissal", "Banishment", "Persecution", "Massacre", "Massacres", "Killings", "Torture"}
# Nouns after a name that make it an organisation ("the Dashnaktsutiun and Hentchak societies"), or before it ("the daily Sabah").
ORG_NOUNS_AFTER = {"society", "societies", "party", "parties", "newspaper", "newspapers", "daily", "weekly", "journal", "union",
                   "unions", "factory", "works", "plant"}  # "the Walter works", "the Radoskór shoe factory"
ORG_NOUNS_BEFORE = {"newspaper", "daily", "weekly", "journal", "paper", "magazine", "organ", "review", "affiliate", "union",
                    "federation", "organisation", "organization", "movement"}  # "its dockers' affiliate Liman-Sen"
# What a centre that holds people is for: "Santa Anita Assembly Center", "Ipil Reception Center", "a detention centre"
# are places of custody (gold/README.md), not bodies
HOLDING_KINDS = {"relocation", "assembly", "segregation", "detention", "internment", "reception", "transit", "holding",
                 "rehabilitation", "re-education", "reeducation", "interrogation", "concentration", "isolation", "correctional"}
# Nouns after a name that make it a place ("Kjeller airfield", "the Lefortovo prison").
# Last words of the names of buildings, grounds and islands ("Liliesleaf Farm", "Richmond Barracks", "Robben Island").
PLACE_HEADS = {"Avenue", "Barracks", "Building", "Castle", "Cathedral", "Cemetery", "Farm", "Gaol", "Jail", "Hospital", "Island",
               "Palace", "Park", "Road", "Bridge", "Fortress", "Synagogue", "Mosque", "Town", "River", "Lake",
               "Valley", "Mountains", "Mountain", "Harbor", "Harbour", "Canyon", "Bay", "Drive", "Crescent", "Terrace", "Canal", "Forest", "Governorate", "Gubernia", "Guberniya", "Oblast", "Krai", "Uyezd",
               "Province", "County", "Territory", "Voivodeship", "Prefecture", "ASSR",
               "Strasse", "Straße", "Allee", "Gasse", "Platz",  # "Weseler Strasse", "Prinz-Albrecht-Straße"
               "Otok", "Ostrvo"}  # "Goli Otok": the South Slavic island
PLACE_NOUNS_AFTER = {"airfield", "aerodrome", "airport", "station", "prison", "square", "street", "district", "region",
                     "province", "river", "camp", "railway", "harbour", "harbor", "port", "hotel", "embankment",
                     "quay", "bridge", "island", "mountains", "valley", "canal", "lake", "avenue", "alley", "road", "lane",
                     "boulevard", "volost", "uezd", "raion", "rayon", "oblast", "township"}

# The parties of a proceeding numbered by the court: "JOHANNES PETRUS VAN ROOYEN   AM 3712/96   First Applicant",
# "Dragan Markovic (the second accused)"; "the First Applicant" then means that person.
PARTY_ROLES = {"applicant", "petitioner", "appellant", "respondent", "accused", "defendant", "plaintiff", "complainant"}
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
ORDINAL_OR, ROLE_OR = "|".join(ORDINALS), "|".join(PARTY_ROLES)
PARTY_LINE = re.compile(rf"\b({ORDINAL_OR})\s+({ROLE_OR})\s*$", re.I | re.M)  # a caption's line ends on the party's number
PARTY_AFTER = re.compile(rf"\s*[(,]\s*(?:hereinafter\s+)?[\"“']?(?:the\s+)?({ORDINAL_OR}|\d{{1,3}}(?:st|nd|rd|th))\s+({ROLE_OR})\b", re.I)
# "the 6th defendant, Lt. Col. Debebe Wolde-Giorgis": a judgment numbers its parties before their names
PARTY_BEFORE = re.compile(rf"\bthe\s+({ORDINAL_OR}|\d{{1,3}}(?:st|nd|rd|th))\s+({ROLE_OR}),?\s+", re.I)
# Written works a person publishes or owns: "His book, Facing Mount Kenya, was published", "composed leaflets".
WORKS = {"book", "novel", "poem", "poems", "memoir", "memoirs", "article", "articles", "essay", "pamphlet", "diary", "letter",
         "play", "story", "stories", "verse", "verses", "autobiography", "manuscript", "leaflet", "leaflets", "poster"}

# The words for a prison in the languages of the sources, as they stand in English text ("the Presídio Tiradentes",
# "the Penal de Libertad", "the Cárcel de Mujeres")
FOREIGN_PRISONS = {"presídio", "presidio", "penitenciária", "penitenciaría", "cárcel", "carcel", "carcere", "prisión",
                   "prisão", "penal", "gefängnis", "zuchthaus", "więzienie", "fängelse"}
# Places where people are held, in English and in those languages
PRISON_WORDS = {"prison", "camp", "jail", "gaol", "penitentiary", "colony", "stockade", "isolator"} | FOREIGN_PRISONS
