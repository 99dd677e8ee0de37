"""What a document's way of writing names says about one of them: "M." before names is Monsieur where the text uses
it so, "Ma" is a Burmese honorific where the text writes Burmese names."""

from __future__ import annotations

import re

from dossier.extract.nlp import text_of

# "M. Zola", "M. Labori": French "Monsieur", not an initial (no initial before it, as in "V. M. Primakov")
MONSIEUR = re.compile(r"(?<![A-Z]\. )(?<![A-Z][a-z]\. )\bM\. [A-ZÀ-Þ][a-zà-ÿ]")
OTHER_INITIAL = re.compile(r"(?<![A-Z]\. )(?<![A-Z][a-z]\. )\b[A-LN-Z]\. (?:[A-Z]\. )?[A-ZÀ-Þ][a-zà-ÿ]")


def writes_monsieur(doc) -> bool:
    """A document that puts "M." before three or more names without an initial before it uses it as a title —
    unless it writes other names with one initial as often ("P. Fylypovych, M. Irchan"): there "M." is one too."""
    if "monsieur" not in doc.user_data:
        titled = len(MONSIEUR.findall(text_of(doc)))
        doc.user_data["monsieur"] = titled >= 3 and titled > len(OTHER_INITIAL.findall(text_of(doc)))
    return doc.user_data["monsieur"]


# A word of one to three syllables of Chinese pinyin ("Shaofang", "Xiaojun"), which Burmese names are not ("Thanegi")
PINYIN_WORD = re.compile(r"^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|"
                         r"ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|er|a|o|e|i|u)){1,3}$", re.I)
BURMESE_HONORIFIC = re.compile(r"\b(?:Daw|U) [A-Z][a-z]+ [A-Z]")


def writes_burmese_honorifics(doc) -> bool:
    """ "Daw Aung San Suu Kyi", "U Tin Oo": a document that writes Burmese names writes "Ma" as a woman's honorific
    ("Ma Thanegi"), not the Chinese surname ("Ma Shaofang")."""
    if "burmese" not in doc.user_data:
        doc.user_data["burmese"] = len(BURMESE_HONORIFIC.findall(text_of(doc))) >= 2
    return doc.user_data["burmese"]
