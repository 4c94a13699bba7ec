#!/usr/bin/env python3
"""Writes the profile-guided build's training text: news-like articles made
from templates and invented names written for this script, and from the
words of the project's own rule tables (core/rules/*.h: every cue verb,
role, hedge, boilerplate line ...). No benchmark data, no copied text.

The articles vary in shape as news does: headlines, bylines, datelines and
date stamps, boilerplate and captions, short and long paragraphs, lists,
live-blog stamps, interviews, hard-wrapped and CRLF text; direct quotes in
every form (speaker before or after, split, colon, multi-paragraph, nested,
single, straight, guillemets, low-high), reported speech in both orders,
"according to", pronoun and continuation speakers, titles and roles,
numbers, money, dates, hedges, non-ASCII names and punctuation. The
proportions follow news (mostly curly quotes and "said"), so that the
branches the profile lays out are laid out for what news does, while every
rule word still turns up somewhere.

Deterministic: a fixed seed and Python's seeded generator, so one source
tree always gives the same text.

    python3 scripts/pgo-text.py OUT.jsonl|OUT.txt [--bytes N] [--seed S]

OUT.jsonl gets one {"id", "text"} record per article (the CLI's --jsonl
input, and claimscope_bench's), OUT.txt the articles between blank lines.
"""
import argparse
import glob
import json
import os
import random
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def rule_tables():
    """{table name: [first strings]} of every `constexpr WordRule kX[] = {...};`
    (and AbbrevRule) in core/rules/*.h."""
    tables = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "core", "rules", "*.h"))):
        src = open(path, encoding="utf-8").read()
        for m in re.finditer(r"constexpr\s+(?:WordRule|AbbrevRule)\s+(k\w+)\[\]\s*=\s*\{(.*?)\n\};", src, re.S):
            words = re.findall(r'\{\s*"((?:[^"\\]|\\.)*)"', m.group(2))
            words = [re.sub(r"\\u([0-9A-Fa-f]{4})", lambda u: chr(int(u.group(1), 16)), w).replace('\\"', '"')
                     for w in words]
            tables.setdefault(m.group(1), []).extend(words)
    return tables


T = rule_tables()


def table(name, fallback):
    words = [w for w in T.get(name, []) if w.strip()]
    return words or fallback


# Invented people and places, with and without non-ASCII letters.
FIRST = ["Anna", "Marek", "Zoë", "Tomás", "Ingrid", "Kwame", "Li", "Priya", "Oluwaseun", "José", "Émile", "Sigrún",
         "Dmitri", "Fatima", "Hyun-woo", "Nadia", "Björn", "Aoife", "Rafael", "Mei", "Samuel", "Grace", "Tariq",
         "Helena", "Joaquín", "Ewa", "Kofi", "Lucía", "Matthias", "Chloé", "Jonah", "Beatriz", "Ravi", "Ruth"]
LAST = ["Halvorsen", "Ferreira-Núñez", "Okonkwo", "Wójcik", "Brennan", "Castellano", "Nakamura", "Adeyemi",
        "Lindqvist", "O'Donnell", "McAllister", "Duarte", "Kowalczyk", "Osei", "Marchetti", "Van der Berg",
        "Ibrahim", "Sørensen", "Petrov", "Delacroix", "Gallagher", "Mbeki", "Årnes", "Zhou", "Rahman", "Whitlock",
        "Moreau", "Abernathy", "Çelik", "Thorne", "Keane", "Rossi", "de la Cruz", "Fitzgerald"]
PLACES = ["Port Ellison", "Marrowdale", "Kestrel Bay", "São Tiago", "Nordhavn", "Greyford", "Lake Tamsin",
          "Vireo City", "Ashcombe", "Montclair Falls", "Zürichsee", "Brightwater", "Kraków", "Eastmere"]
ORGS = ["the Harbour Authority", "the Ministry of Transport", "Greyford City Council", "the Tamsin Institute",
        "Northline Rail", "the National Audit Office", "Brightwater University", "the Coastal Fisheries Board",
        "Vireo Energy", "the Federal Reserve", "the European Commission", "the Health Department",
        "the Union of Dock Workers", "Kestrel Labs", "the Supreme Court", "the World Health Organization"]
PARTIES = ["Democrat", "Republican", "Labour", "Conservative", "Green", "independent"]
TOPICS = ["the ferry contract", "the new budget", "the flood barrier", "the hospital merger", "the rail strike",
          "the tax bill", "the water supply", "the housing plan", "the school closures", "the trade deal",
          "the wind farm", "the bridge repairs", "the election results", "the vaccine rollout", "the port expansion"]
OBJECTS = ["the plan", "the proposal", "the deal", "the report", "the vote", "the delay", "the inquiry",
           "the figures", "the decision", "the project", "the new rules", "the agreement"]
ADJS = ["unacceptable", "long overdue", "a step forward", "a serious mistake", "too expensive", "working",
        "not enough", "a promise kept", "premature", "a relief for families", "badly handled", "on track"]
ACTIONS = ["cut costs", "raise taxes", "delay the vote", "close the station", "hire more staff",
           "reopen the line", "review the contract", "publish the data", "pay the workers", "build more homes",
           "move the deadline", "freeze the fares", "expand the programme", "ban the practice"]
PRONOUNS = ["he", "she", "they", "He", "She", "They"]

CUE_VERBS = table("kCueVerbs", ["said"])
PAST_CUES = [w for w in CUE_VERBS if w.endswith("ed") or w in ("said", "told", "wrote", "spoke", "thought")] or ["said"]
THAT_CUES = table("kThatCues", ["said"])
ROLES = table("kRoleWords", ["minister"])
INSTITUTIONS = table("kInstitutionWords", ["ministry"])
ORG_KINDS = table("kOrganisationKinds", ["company"])
COLLECTIVES = table("kCollectiveNouns", ["officials"])
HEDGES = table("kHedgeWords", ["may"]) + table("kHedgePhrases", ["not clear"])
EVIDENCE = table("kEvidenceSources", ["report"])
FINDING = table("kFindingSources", ["study"])
BOILER_LINES = table("kBoilerplateLines", ["advertisement"])
BOILER_PREFIXES = table("kBoilerplatePrefixes", ["read more:"])
BOILER_PHRASES = table("kBoilerplatePhrases", ["click here"])
PLATFORMS = table("kPlatforms", ["facebook"])
BYLINE_PREFIXES = table("kBylinePrefixes", ["by"])
CONTRIBUTORS = table("kContributorPhrases", ["contributed to this report"])
CAPTION_PREFIXES = table("kCaptionPrefixes", ["photo:"])
CREDIT_WORDS = table("kCreditWords", ["getty images"])
AGENCIES = table("kWireAgencies", ["reuters"])
MONTHS = [m for m in table("kMonths", ["january"]) if len(m) > 2]
WEEKDAYS = table("kWeekdays", ["monday"])
NUMBER_WORDS = table("kNumberWords", ["three"])
SCALES = table("kScaleWords", ["million"])
CURRENCIES = table("kCurrencyWords", ["dollars"])
PERCENT_WORDS = table("kPercentWords", ["percent"])
CHECK_WORDS = table("kCheckworthyWords", ["increase"])
OPINION = table("kOpinionVerbs", ["think"])
ABBREVS = table("kAbbreviations", ["mr"])
TITLE_ABBREVS = ["Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "Gen.", "Prof.", "Lt.", "Capt.", "Sgt.", "Rev."]
STARTERS = table("kSentenceStarters", ["However"])
LISTENER = table("kListenerCues", ["reporters"])
SOURCELESS = table("kSourcelessPhrases", ["it is said"])
HEARSAY = table("kHearsayAdverbs", ["reportedly"])
STATEMENT_NOUNS = table("kStatementNouns", ["statement"])
SPEECH_SETTINGS = table("kSpeechSettings", ["interview"])
ISSUED = table("kIssuedDocuments", ["statement"])
VALEDICTIONS = table("kValedictions", ["regards"])
GREETINGS = table("kGreetings", ["hello"])
EMOTICONS = table("kEmoticons", [":)"])
URL_PREFIXES = table("kUrlPrefixes", ["https://"])
KICKERS = table("kHeadlineKickers", ["breaking"])
BIO_NOUNS = table("kBioNouns", ["reporter"])
WORK_NOUNS = table("kWorkNouns", ["book"])
TIME_UNITS = table("kTimeUnits", ["weeks"])
CONTINUATION = table("kContinuationVerbs", ["continued"])
JUDGEMENT = table("kJudgementWords", ["lie"])
NAMING_VERBS = table("kNamingVerbs", ["called"])
VOICING = table("kVoicingVerbs", ["expressed"])
STANCE = table("kObjectStanceVerbs", ["denied"])
INFINITIVE_CUES = table("kInfinitiveCues", ["vowed"])
APPEAL_CUES = table("kAppealCues", ["urged"])
QUOTING_VERBS = table("kQuotingVerbs", ["called"])
SPEECH_ACTS = table("kSpeechActVerbs", ["criticized"])
MADE_STATEMENTS = table("kMadeStatements", ["it clear"])
VOICED_IN = table("kVoicedIn", ["column"])
FOR_CUES = table("kForCues", ["called"])
TOPIC_CUES = table("kTopicCues", ["spoke"])
QUESTION_OPENERS = table("kQuestionOpeners", ["whether"])
CUE_MODIFIERS = table("kAuxiliaries", [])[:11] + table("kCueModifierWords", ["also"])  # kCueModifiers: joined in cues.h
STANCE_VERBS = table("kStanceVerbs", ["disagreed"])
STANCE_OBJECTS = table("kStanceObjects", ["otherwise"])
NOUN_CUES = table("kNounLikeCues", ["comments"])
VIEW_VERBS = table("kViewVerbs", ["sees"])

# Quote marks: (open, close) pairs as news uses them, curly most often.
DOUBLE_MARKS = [("“", "”")] * 10 + [('"', '"')] * 5 + [("«", "»"), ("„", "“"), ("« ", " »"), ("''", "''")]
SINGLE_MARKS = [("‘", "’"), ("'", "'"), ("‹", "›")]
DASHES = [" — ", "—", " – ", " -- ", " ― "]


class Writer:
    def __init__(self, rng):
        self.r = rng

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def cap(self, s):
        return s[:1].upper() + s[1:]

    # Names, roles, speakers ------------------------------------------------
    def person(self):
        return f"{self.pick(FIRST)} {self.pick(LAST)}"

    def role(self):
        words = [self.pick(ROLES)]
        if self.chance(0.4):
            words.insert(0, self.pick(ROLES))
        return " ".join(words)

    def described(self, name):
        forms = [
            lambda: f"{name}, the {self.role()} of {self.pick(ORGS)},",
            lambda: f"{self.cap(self.role())} {name}",
            lambda: f"{self.pick(TITLE_ABBREVS)} {name.split()[-1]}",
            lambda: f"{name}, a {self.pick(PARTIES)} from {self.pick(PLACES)},",
            lambda: f"{name} ({self.pick(PARTIES)[0]}-{self.pick(PLACES).split()[0][:2].upper()})",
            lambda: f"{name}, {self.r.randint(19, 88)},",
            lambda: f"{self.pick(ORGS)} {self.pick(ROLES)} {name}",
            lambda: name,
        ]
        return self.pick(forms)()

    def group(self):
        forms = [
            lambda: f"{self.pick(ORGS)}",
            lambda: f"the {self.pick(INSTITUTIONS)}",
            lambda: f"{self.pick(COLLECTIVES)} at {self.pick(ORGS)}",
            lambda: f"a spokesperson for {self.pick(ORGS)}",
            lambda: f"the {self.pick(ORG_KINDS)}",
            lambda: f"two {self.pick(COLLECTIVES)} who asked not to be named",
        ]
        return self.pick(forms)()

    def speaker(self, state):
        """A new named speaker, the last one again by surname, or a pronoun."""
        roll = self.r.random()
        if state["last"] and roll < 0.25:
            return self.pick(PRONOUNS[:3])
        if state["last"] and roll < 0.45:
            return state["last"].split()[-1]
        if roll < 0.55:
            return self.group()
        name = self.person()
        state["last"] = name
        return self.described(name)

    def cue(self, present=False):
        roll = self.r.random()
        if roll < 0.55:
            return "says" if present else "said"
        if roll < 0.65:
            return self.pick(["told reporters", "told the Gazette", "added", "wrote", "said on " + self.cap(self.pick(PLATFORMS))])
        if roll < 0.85:
            return self.pick(PAST_CUES)
        return self.pick(CUE_VERBS)

    # Content ---------------------------------------------------------------
    def number(self):
        forms = [
            lambda: str(self.r.randint(2, 99)),
            lambda: f"{self.r.randint(1, 999)},{self.r.randint(0, 999):03d}",
            lambda: f"{self.r.randint(1, 99)}.{self.r.randint(0, 9)} {self.pick(PERCENT_WORDS)}",
            lambda: f"{self.r.randint(1, 99)}%",
            lambda: f"${self.r.randint(1, 900)}.{self.r.randint(1, 9)} {self.pick(SCALES)}",
            lambda: f"€{self.r.randint(2, 500)}{self.pick(['m', 'bn', ' million', ''])}",
            lambda: f"£{self.r.randint(1, 90)},{self.r.randint(100, 999)}",
            lambda: f"{self.pick(NUMBER_WORDS)} {self.pick(CURRENCIES)}",
            lambda: f"{self.pick(NUMBER_WORDS)} {self.pick(TIME_UNITS)}",
            lambda: f"about {self.r.randint(3, 40)} {self.pick(SCALES)} people",
            lambda: f"{self.r.randint(1, 12)}:{self.r.randint(0, 59):02d} {self.pick(['a.m.', 'p.m.', 'am', 'pm'])}",
            lambda: f"{self.r.randint(1990, 2030)}",
            lambda: f"{self.r.randint(1, 9)}-to-{self.r.randint(1, 9)}",
            lambda: f"{self.r.randint(2, 40)} to {self.r.randint(41, 90)} {self.pick(PERCENT_WORDS)}",
        ]
        return self.pick(forms)()

    def date(self):
        month = self.cap(self.pick(MONTHS))
        forms = [
            lambda: f"{month} {self.r.randint(1, 28)}",
            lambda: f"{month} {self.r.randint(1, 28)}, {self.r.randint(2015, 2027)}",
            lambda: f"{self.r.randint(1, 28)} {month} {self.r.randint(2015, 2027)}",
            lambda: f"last {self.cap(self.pick(WEEKDAYS))}",
            lambda: f"on {self.cap(self.pick(WEEKDAYS))}",
            lambda: f"{month[:3]}. {self.r.randint(1, 28)}",
            lambda: f"in {self.r.randint(2010, 2027)}",
        ]
        return self.pick(forms)()

    def clause(self):
        """A declarative clause without final punctuation."""
        forms = [
            lambda: f"{self.pick(OBJECTS)} would {self.pick(ACTIONS)} by {self.date()}",
            lambda: f"{self.pick(TOPICS)} was {self.pick(ADJS)}",
            lambda: f"the city {self.pick(['could', 'may', 'might', 'will'])} {self.pick(ACTIONS)} within {self.number()}",
            lambda: f"{self.pick(COLLECTIVES)} had {self.pick(['agreed to', 'refused to', 'failed to', 'promised to'])} {self.pick(ACTIONS)}",
            lambda: f"spending rose {self.number()} to {self.number()} {self.date()}",
            lambda: f"{self.pick(OBJECTS)} is {self.pick(HEDGES)} {self.pick(ADJS)}",
            lambda: f"{self.pick(ORGS)} {self.pick(['knew', 'hid', 'ignored', 'reported'])} {self.pick(OBJECTS)} for {self.number()}",
            lambda: f"nobody expected {self.pick(TOPICS)} to cost {self.number()}",
            lambda: f"the {self.pick(EVIDENCE)} showed {self.number()} of residents backed {self.pick(OBJECTS)}",
            lambda: f"{self.pick(CHECK_WORDS)} in {self.pick(TOPICS)} was {self.pick(['the largest', 'the smallest', 'higher than', 'lower than'])} in {self.number()}",
            lambda: f"{self.pick(PRONOUNS[:3])} {self.pick(OPINION)} {self.pick(OBJECTS)} was {self.pick(ADJS)}",
            lambda: f"there was {self.pick(HEDGES)} no sign of {self.pick(TOPICS)}",
        ]
        return self.pick(forms)()

    def sentence(self, min_clauses=1):
        parts = [self.clause() for _ in range(self.r.randint(min_clauses, min_clauses + 1))]
        glue = self.pick([", and ", ", but ", "; ", " because ", ", while ", " — "])
        s = self.cap(glue.join(parts))
        if self.chance(0.15):
            s = f"{self.pick(STARTERS)}, {s[0].lower()}{s[1:]}" if self.chance(0.5) else f"{self.cap(self.date())}, {s[0].lower()}{s[1:]}"
        return s + self.pick([".", ".", ".", ".", "?", "!", "..."])

    def quoted_words(self):
        """What a speaker says: one or more sentences, sometimes with a nested
        quotation, in the first person as quotes are."""
        forms = [
            lambda: f"We {self.pick(['will', 'cannot', 'must', 'should not'])} {self.pick(ACTIONS)}",
            lambda: f"I {self.pick(OPINION)} {self.pick(OBJECTS)} is {self.pick(ADJS)}",
            lambda: f"This is {self.pick(ADJS)}, and everyone knows it",
            lambda: f"Nobody told us about {self.pick(TOPICS)} until {self.date()}",
            lambda: f"It's {self.pick(HEDGES)} the best we can do with {self.number()}",
            lambda: f"My family has lived in {self.pick(PLACES)} for {self.number()} and we've never seen this",
            lambda: f"You don't {self.pick(ACTIONS)} and then call it {self.pick(ADJS)}",
            lambda: f"They {self.pick(PAST_CUES)} it was {self.pick(ADJS)}",
        ]
        n = self.r.choice([1, 1, 1, 2, 2, 3])
        out = []
        for _ in range(n):
            s = self.pick(forms)()
            if self.chance(0.08):
                o, c = self.pick(SINGLE_MARKS)
                s += f", and they {self.pick(PAST_CUES)} {o}{self.pick(ADJS)}{c}"
            out.append(s + self.pick([".", ".", ".", "!", "?"]))
        return " ".join(out)

    # Attribution forms ------------------------------------------------------
    def direct_quote(self, state):
        o, c = self.pick(DOUBLE_MARKS)
        words = self.quoted_words()
        inner = words[:-1]
        end = words[-1]
        who = self.speaker(state)
        cue = self.cue()
        roll = self.r.random()
        if roll < 0.35:  # "Q," NAME said.
            comma = "," if end == "." else end
            return f"{o}{inner}{comma}{c} {who} {cue}."
        if roll < 0.48:  # "Q," said NAME.
            comma = "," if end == "." else end
            return f"{o}{inner}{comma}{c} {cue} {who.rstrip(',')}."
        if roll < 0.60:  # NAME said: "Q."
            return f"{self.cap(who)} {cue}: {o}{words}{c}"
        if roll < 0.72:  # "Q1," NAME said, "q2."
            more = self.quoted_words()
            return f"{o}{inner},{c} {who} {cue}, {o}{more[0].lower()}{more[1:]}{c}"
        if roll < 0.80:  # NAME said "Q"
            return f"{self.cap(who)} {cue} {o}{words}{c}"
        if roll < 0.86:  # partial quote inside reported speech
            return f"{self.cap(who)} {cue} {self.pick(OBJECTS)} was {o}{self.pick(ADJS)}{c} and {self.clause()}."
        if roll < 0.92:  # dash attribution
            return f"{o}{words}{c}{self.pick(DASHES)}{self.person()}"
        o2, c2 = self.pick(SINGLE_MARKS)  # British single quotes, nested doubles
        return f"{o2}{inner}, with {o}{self.pick(ADJS)}{c} in it,{c2} {who} {cue}."

    def multi_paragraph_quote(self, state):
        o, c = self.pick(DOUBLE_MARKS[:12])
        paras = [f"{self.cap(self.speaker(state))} {self.cue()}: {o}{self.quoted_words()}"]
        for _ in range(self.r.randint(1, 3)):
            paras.append(f"{o}{self.quoted_words()}")
        paras[-1] += c
        return paras

    def reported(self, state):
        who = self.speaker(state)
        roll = self.r.random()
        if roll < 0.30:  # NAME said (that) CLAUSE.
            that = self.pick([" that", "", " on " + self.cap(self.pick(WEEKDAYS)) + " that"])
            return f"{self.cap(who)} {self.pick(THAT_CUES) if self.chance(0.4) else self.cue()}{that} {self.clause()}."
        if roll < 0.55:  # CLAUSE, NAME said.
            return f"{self.cap(self.clause())}, {who.rstrip(',')} {self.cue()}{self.pick(['.', ' in a statement.', ' ' + self.date() + '.'])}"
        if roll < 0.70:  # According to X, CLAUSE.
            src = self.pick([who.rstrip(','), f"a {self.pick(EVIDENCE)} by {self.pick(ORGS)}", self.group()])
            return f"According to {src}, {self.clause()}."
        if roll < 0.80:  # CLAUSE, according to X.
            return f"{self.cap(self.clause())}, according to {self.pick([self.group(), 'the ' + self.pick(EVIDENCE), who.rstrip(',')])}."
        if roll < 0.86:  # hearsay / sourceless
            return f"{self.cap(self.pick(SOURCELESS))} {self.clause()}."
        if roll < 0.91:  # listener and statement nouns
            return f"{self.cap(who)} told {self.pick(LISTENER)} in {self.pick(['a', 'an', 'the'])} {self.pick(STATEMENT_NOUNS)} that {self.clause()}."
        if roll < 0.96:
            return f"In {self.pick(['a', 'an', 'the'])} {self.pick(SPEECH_SETTINGS)} with the Gazette, {who.rstrip(',')} {self.pick(STANCE + VOICING)} {self.pick(OBJECTS)}."
        who = who.rstrip(',')
        rare = [  # the rarer reporting shapes, one of each family of cue words
            lambda: f"{self.cap(who)} {self.pick(INFINITIVE_CUES)} to {self.pick(ACTIONS)}.",
            lambda: f"{self.cap(who)} {self.pick(APPEAL_CUES)} {self.pick(COLLECTIVES)} to {self.pick(ACTIONS)}.",
            lambda: f"{self.cap(who)} called on {self.pick(ORGS)} to {self.pick(ACTIONS)}.",
            lambda: f"{self.cap(who)} {self.pick(QUOTING_VERBS)} {self.pick(OBJECTS)} {self.pick(['a', 'an'])} {self.pick(ADJS)}.",
            lambda: f"{self.cap(who)} {self.pick(SPEECH_ACTS)} {self.pick(ORGS)} for {self.pick(TOPICS)}.",
            lambda: f"{self.cap(who)} made {self.pick(MADE_STATEMENTS)} that {self.clause()}.",
            lambda: f"In {self.pick(['a', 'her', 'his'])} {self.pick(VOICED_IN)}, {who} {self.pick(PAST_CUES)} {self.clause()}.",
            lambda: f"{self.cap(who)} {self.pick(FOR_CUES)} for {self.pick(TOPICS)} to be {self.pick(['scrapped', 'delayed', 'reviewed'])}.",
            lambda: f"{self.cap(who)} {self.pick(TOPIC_CUES)} about {self.pick(TOPICS)} {self.date()}.",
            lambda: f"{self.cap(who)} asked {self.pick(QUESTION_OPENERS)} {self.clause()}.",
            lambda: f"{self.cap(who)} {self.pick(CUE_MODIFIERS)} {self.pick(PAST_CUES)} {self.clause()}.",
            lambda: f"{self.cap(who)} {self.pick(STANCE_VERBS)}, saying {self.pick(STANCE_OBJECTS)}.",
            lambda: f"In {self.pick(['his', 'her', 'their'])} {self.pick(NOUN_CUES)}, {who} {self.pick(['said', 'wrote'])} {self.clause()}.",
            lambda: f"{self.cap(who)} {self.pick(VIEW_VERBS)} {self.pick(OBJECTS)} as {self.pick(ADJS)}.",
            lambda: f"What {who} {self.pick(NAMING_VERBS)} {self.pick(['a', 'the'])} {self.pick(ADJS)} {self.pick(JUDGEMENT)} was {self.clause()}.",
            lambda: f"{self.cap(self.clause())}, {self.pick(['he', 'she', 'they'])} {self.pick(CONTINUATION)}.",
        ]
        return self.pick(rare)()

    def body_paragraph(self, state):
        kinds = [self.sentence, lambda: self.direct_quote(state), lambda: self.reported(state)]
        weights = [4, 3, 3]
        n = self.pick([1, 1, 2, 2, 3, 4, 6, 9])
        sentences = [self.r.choices(kinds, weights)[0]() for _ in range(n)]
        return " ".join(sentences)

    # Article parts ----------------------------------------------------------
    def headline(self):
        forms = [
            lambda: " ".join(self.cap(w) for w in f"{self.pick(ORGS)} to {self.pick(ACTIONS)} after {self.pick(TOPICS)} row".split()),
            lambda: f"{self.cap(self.pick(KICKERS))}: {self.pick(LAST)} {self.pick(['says', 'vows', 'warns'])} {self.pick(OBJECTS)} is {self.pick(ADJS)}",
            lambda: f"‘{self.cap(self.pick(ADJS))}’: {self.pick(PLACES)} reacts to {self.pick(TOPICS)}",
            lambda: f"{self.pick(PLACES)} {self.pick(['votes', 'pauses', 'approves'])} {self.pick(TOPICS)}; {self.number()} affected",
            lambda: self.cap(self.pick(TOPICS)).upper(),
            lambda: f"Why {self.pick(TOPICS)} matters for {self.pick(PLACES)}",
        ]
        return self.pick(forms)()

    def header(self):
        lines = [self.headline()]
        if self.chance(0.3):
            lines.append(self.sentence())
        if self.chance(0.7):
            prefix = self.cap(self.pick(BYLINE_PREFIXES))
            names = self.person() + (f" and {self.person()}" if self.chance(0.3) else "")
            lines.append(f"{prefix} {names}" + (f", {self.pick(AGENCIES).upper()}" if self.chance(0.2) else ""))
        if self.chance(0.5):
            lines.append(self.pick([
                f"Published {self.date()} at {self.number()} ET",
                f"Updated {self.r.randint(1, 12)}:{self.r.randint(0, 59):02d} {self.pick(['AM', 'PM'])} {self.pick(['EDT', 'GMT', 'BST'])}, {self.cap(self.pick(WEEKDAYS))} {self.date()}",
                f"{self.r.randint(2018, 2027)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}T{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}",
                f"{self.cap(self.pick(WEEKDAYS))} {self.r.randint(1, 28)} {self.cap(self.pick(MONTHS))} {self.r.randint(2015, 2027)}",
            ]))
        return lines

    def dateline(self):
        agency = self.pick(AGENCIES)
        agency = agency.upper() if len(agency) <= 4 else agency.title()
        return self.pick([
            f"{self.pick(PLACES).upper()} ({agency}){self.pick(DASHES)}",
            f"{self.pick(PLACES).upper()}, {self.cap(self.pick(MONTHS))[:3]}. {self.r.randint(1, 28)}{self.pick(DASHES)}",
            f"{self.pick(PLACES)}: ",
            f"{self.pick(PLACES).upper()} — ",
        ])

    def boilerplate(self):
        forms = [
            lambda: self.cap(self.pick(BOILER_LINES)),
            lambda: self.pick(BOILER_LINES).upper(),
            lambda: f"{self.cap(self.pick(BOILER_PREFIXES))} {self.headline()}",
            lambda: self.cap(self.pick(BOILER_PHRASES)) + self.pick(["", ".", " »", " >>"]),
            lambda: f"{self.cap(self.pick(CAPTION_PREFIXES))} {self.sentence()} ({self.pick(CREDIT_WORDS).title()})",
            lambda: f"{self.pick(CREDIT_WORDS).title()}/{self.person()}",
            lambda: self.pick(["[ad_1]", "[ad_2]", "###", "* * *", "———", "<iframe src=\"x\"></iframe>", "[Editor's note: this story has been updated.]"]),
            lambda: f"© {self.r.randint(2015, 2027)} {self.pick(ORGS)}. All rights reserved.",
            lambda: f"{self.person()} is a {self.pick(BIO_NOUNS)} covering {self.pick(TOPICS)} for the Gazette. Follow her on {self.cap(self.pick(PLATFORMS))} @{self.pick(LAST).replace(' ', '').lower()}.",
            lambda: f"{self.person()} {self.pick(CONTRIBUTORS)}.",
            lambda: f"{self.pick(URL_PREFIXES)}example.org/{self.pick(LAST).lower()}/{self.r.randint(1000, 99999)}",
            lambda: f"Share on {self.cap(self.pick(PLATFORMS))}  |  Share on {self.cap(self.pick(PLATFORMS))}  |  Email",
            lambda: "SUBSCRIBE TO OUR NEWSLETTER FOR THE LATEST UPDATES ON " + self.pick(TOPICS).upper(),
        ]
        return self.pick(forms)()

    def list_block(self):
        bullet = self.pick(["- ", "• ", "* ", "1. ", "— ", "· "])
        n = self.r.randint(2, 6)
        items = []
        for i in range(n):
            b = f"{i + 1}. " if bullet == "1. " else bullet
            items.append(b + self.pick([self.clause(), self.cap(self.pick(ACTIONS)), self.number() + " " + self.pick(TOPICS)]))
        return "\n".join(items)

    def interview(self, state):
        host, guest = self.person(), self.person()
        lines = []
        for _ in range(self.r.randint(2, 5)):
            q = self.pick(["Q: ", f"{host.split()[0].upper()}: ", f"{host}: "])
            a = self.pick(["A: ", f"{guest.split()[0].upper()}: ", f"{guest}: "])
            lines.append(q + self.pick([f"Why {self.pick(TOPICS)}?", self.sentence() + " Is that fair?"]))
            lines.append(a + self.quoted_words())
        return lines

    def live_blog(self, state):
        out = []
        for _ in range(self.r.randint(2, 4)):
            out.append(f"{self.r.randint(1, 12)}:{self.r.randint(0, 59):02d}{self.pick([' a.m.', ' p.m.', 'pm', ' GMT'])}")
            out.append(self.body_paragraph(state))
        return out

    def letter(self):
        return [f"{self.cap(self.pick(GREETINGS))} {self.pick(FIRST)},", self.sentence() + " " + self.sentence(),
                f"{self.cap(self.pick(VALEDICTIONS))},", self.person(), self.pick(EMOTICONS) + " " + self.pick(["😀", "👍", "🙏", "🇺🇦"])]

    def article(self):
        state = {"last": None}
        paras = self.header() if self.chance(0.8) else []
        first = self.body_paragraph(state)
        if self.chance(0.45):
            first = self.dateline() + first
        paras.append(first)
        for _ in range(self.r.choice([2, 4, 6, 8, 12, 16, 24])):
            roll = self.r.random()
            if roll < 0.55:
                paras.append(self.body_paragraph(state))
            elif roll < 0.62:
                paras.extend(self.multi_paragraph_quote(state))
            elif roll < 0.66:
                # a continuation: a quote with no attribution of its own
                o, c = self.pick(DOUBLE_MARKS[:12])
                paras.append(f"{o}{self.quoted_words()}{c}")
            elif roll < 0.76:
                paras.append(self.boilerplate())
            elif roll < 0.80:
                paras.append(self.list_block())
            elif roll < 0.83:
                paras.extend(self.interview(state))
            elif roll < 0.86:
                paras.extend(self.live_blog(state))
            elif roll < 0.88:
                paras.extend(self.letter())
            elif roll < 0.93:
                paras.append(self.cap(self.pick(TOPICS)))  # a subheading
            else:
                paras.append(self.body_paragraph(state) + " " + self.body_paragraph(state))
        if self.chance(0.3):
            paras.append(self.boilerplate())
        return self.layout(paras)

    def layout(self, paras):
        """Joins paragraphs as pasted text does: blank lines most often, single
        newlines, indents, hard-wrapped lines, CRLF, non-breaking spaces."""
        roll = self.r.random()
        if roll < 0.12:
            paras = [wrap(p, self.r.randint(50, 80)) for p in paras]
        sep = self.r.choices(["\n\n", "\n", "\n\n\n", "\n \n", "\r\n\r\n", "\n    "], [50, 25, 5, 5, 5, 5])[0]
        text = sep.join(paras)
        if self.chance(0.1):
            text = text.replace(". ", ".\u00a0", 3)
        if self.chance(0.05):
            text = text.replace("\n", "\r\n") if "\r" not in text else text
        if self.chance(0.05):
            text = "\t" + text.replace("\n\n", "\n\n\t")
        return text


def wrap(paragraph, width):
    lines, line = [], ""
    for word in paragraph.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--bytes", type=int, default=600_000, help="stop after this many bytes of UTF-8 (default 600,000)")
    ap.add_argument("--seed", type=int, default=20261205)
    args = ap.parse_args()
    w = Writer(random.Random(args.seed))
    articles, size = [], 0
    while size < args.bytes:
        a = w.article()
        articles.append(a)
        size += len(a.encode("utf-8")) + 2
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        if args.out.endswith(".jsonl"):
            for i, a in enumerate(articles):
                # \r as \u000d: claimscope_bench's small JSON reader knows only
                # the \n, \t and \u escapes.
                f.write(json.dumps({"id": f"pgo-{i}", "text": a}, ensure_ascii=False).replace("\\r", "\\u000d") + "\n")
        else:
            f.write("\n\n".join(articles) + "\n")


if __name__ == "__main__":
    main()
