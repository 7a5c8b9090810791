"""Grammar the rules are written in: closed-class words (pronouns, determiners, auxiliaries,
prepositions, conjunctions), dependency labels and part-of-speech tags.

These are the language's structure, not its vocabulary: they do not grow with the corpus and no
user tunes them. Content words (cue verbs, measure nouns, titles ...) are data in
``models/lexicons/*.toml``, read through :mod:`pipeline.lexicon`. This module is the one place in
``pipeline/`` allowed to spell out English word lists (``tests/test_lexicon_home.py`` checks).
"""

from __future__ import annotations

# --- dependency labels and parts of speech ---------------------------------------------------
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Tags of a verb's inflected forms (past, present, -ing): inside a headline's entity such a word
# ends the name ("Donald Trump Got More Votes", "Guy Walks Up")
VERB_FORM_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBG"})
CUE_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ", "ADP", "ADV"})  # parts of speech a stance cue can have

# --- pronouns ----------------------------------------------------------------------------------
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
RELATIVE = frozenset({"which", "who", "that", "whom"})
# Quantifiers that float after a relative pronoun ("Turkey and Iran, which both oppose ...").
FLOATING_QUANTIFIERS = frozenset({"both", "all", "each"})
# Pronouns that stand for a thing or a fact, never a party: "it would only allow Ukraine to regroup".
INANIMATE_PRONOUNS = frozenset({"it", "this", "that", "which", "what"})
# Subjects of an obligation that binds no party: "you have to find some explanation", "one needs to
# take that into account" (a generic you or one, in anyone's words).
GENERIC_SUBJECTS = frozenset({"you", "one"})
PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them"})
# gendered personal pronouns and the gender they refer to
PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
# neuter personal pronouns: "it" refers to an organisation or a state, never to a person
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
# reflexive pronouns: "committed itself to lifting the curbs" binds the subject, no other object
REFLEXIVE_PRONOUNS = frozenset({"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself",
                                "yourselves", "oneself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
# possessive determiners of a third party or of a speaking group: "underlined its rights"
THIRD_PARTY_POSSESSIVES = frozenset({"its", "their", "our", "his", "her"})
# "the former", "the latter": a subject that picks one of two parties named before
ORDER_REFERENCES = frozenset({"former", "latter"})
# pronouns that can stand for a thing (an issue): "accept it", "reject this", "what we need"
THING_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "them", "which", "what"})
# the pro-verb and the words that make it stand for an action named before: "refused to do so",
# "the power to do it"
PRO_VERB = "do"
# adverbs of when or how often, which leave a verb and its complement together: "called again for
# X to V", "has repeatedly called for ..." (not a manner: "pressed privately for")
TIME_ADVERBS = frozenset({"again", "repeatedly", "also", "once", "now", "recently", "previously", "already", "still",
                          "twice", "today", "yesterday", "later", "earlier", "first"})
PRO_VERB_OBJECTS = frozenset({"so", "it", "this", "that"})

# --- negation ------------------------------------------------------------------------------------
# adverbs that negate their verb as "not" does: "Russia never agreed to the ceasefire"
NEGATIVE_ADVERBS = frozenset({"never"})
# the adverb that turns a predicted unlikelihood into a refusal: "is unlikely to ever accept"
EVER_ADVERBS = frozenset({"ever"})
# subjects (and their determiners) that negate the clause: "None of the parties accepted the
# plan", "Neither Paris nor Berlin would sign", "nobody supports it"
NEGATIVE_SUBJECTS = frozenset({"none", "nobody", "neither"})
NEGATIVE_CONJUNCTIONS = frozenset({"nor"})

# --- auxiliaries ---------------------------------------------------------------------------------
FUTURE = frozenset({"will", "shall", "'ll", "wo", "would", "going"})
HEDGE_MODALS = frozenset({"may", "might", "could", "can", "ca"})
# the hedges of ability: "could accept X only if C" weighs X but still sets C as its terms
ABILITY_MODALS = frozenset({"could", "can", "ca"})
# ability stated in the present: "we can raise wages", "they can keep their members" (what a party
# is able to do, no course weighed, where "may / might / could" weigh or guess)
PRESENT_ABILITY = frozenset({"can", "ca"})
# Finite auxiliaries of a statement of fact ("the case is closed", "the talks had collapsed").
INDICATIVE_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had"})
# modals of an absolute refusal: "will not", "would never", "cannot", "must not"
REFUSAL_MODALS = frozenset({"will", "would", "shall", "wo", "'ll", "can", "ca", "could", "must", "going"})
# Auxiliaries that make a passive a requirement: "the talks must / should / would be based on X".
REQUIRING_AUX = frozenset({"must", "should", "would", "will", "shall", "has", "have", "need"})
# auxiliaries of obligation alone: "Pyongyang must first give up its weapons" (a precondition)
OBLIGING_AUX = frozenset({"must", "should", "need"})
# the perfect's auxiliary in its base form, after a modal or "to": "should have vetoed", "must've
# known", "ought to have rejected" (a regret or an inference about the past, no obligation)
PERFECT_AUX = frozenset({"have", "'ve"})
# copular verbs: "X is / remains a red line"
COPULAS = frozenset({"be", "remain", "become", "stay"})
# modals of a line that bars an action: "X's bottom line is that Iran must never / cannot / will not get a bomb"
BARRING_MODALS = frozenset({"must", "can", "ca", "will", "wo", "shall"})
# modals of a categorical statement: "No project excluding our country can be implemented"
CATEGORICAL_MODALS = frozenset({"can", "will", "shall", "ca", "wo", "may"})

# --- prepositions --------------------------------------------------------------------------------
# prepositions whose object is what a verb is about: "agree to X", "insist on X", "talk with X"
VERB_OBJECT_PREPS = frozenset({"to", "on", "for", "with", "from", "against"})
# prepositions whose object is what a stance noun is about: "refusal of X", "call for X"
NOUN_OBJECT_PREPS = frozenset({"of", "on", "for", "to", "against"})
# prepositions whose object completes an action: "return to talks", "enter into negotiations"
ACTION_PREPS = frozenset({"to", "into", "with", "from", "on", "in"})
# prepositions of an action's second complement, which the parser hangs on the verb after its
# object and which belongs to what is at stake: "raise tariffs on steel", "link the hostages to the
# truce", "withdraw troops from the border", "use force against protesters"
OBJECT_COMPLEMENT_PREPS = frozenset({"on", "to", "from", "against"})
# prepositions an issue phrase continues with ("sanctions against Russia", "talks on trade")
ISSUE_PREPS = frozenset({"of", "against", "on", "for", "to", "with", "from", "over", "about", "between", "in", "into"})
# prepositions of time: "during the hearing, which X accepted" (the pronoun is the clause's, not
# the hearing's), "after the vote"
TIME_PREPS = frozenset({"during", "after", "before", "since", "until", "till", "amid", "following"})
# prepositions that relate the things they take to each other: "the gap between the two payments
# and the minimum wage", "the link between sanctions and the talks" name one relation, not two issues
RELATION_PREPS = frozenset({"between"})
# words that make a plural already both ends of a relation: "the relationship between the two
# countries and the continued presence of the coalition" (the presence a further item)
PAIR_WORDS = frozenset({"two", "both"})
# determiners and numerals that make a plural noun name a set of parties: "both sides", "the two delegations"
PARTY_DETERMINERS = frozenset({"both", "two", "the", "all", "three"})
# determiners that take parties one by one: "neither side accepted", "each party rejected",
# "neither of them", "each of the delegations" (every party named before holds the stance)
DISTRIBUTIVE_DETERMINERS = frozenset({"neither", "each", "either"})
# prepositions that take the deed an attributing verb ascribes to its object: "accused Y of
# rejecting", "blamed Y for", "charged Y with", "congratulated Y on", "criticised Y over"
DEED_PREPS = frozenset({"of", "for", "with", "on", "over"})
# the prepositions after a demand noun that name what it asks for ("demand for", "claim to",
# "insistence on", "claim over")
DEMANDED_PREPS = frozenset({"for", "of", "on", "to", "over"})
# the prepositions after a proposal, demand or offer that name what it is for ("a demand for a
# timetable", "the offer of a 5 percent raise"; not "the offer on the table": where it lies)
FRAME_COMPLEMENT_PREPS = frozenset({"for", "of"})
# the prepositions after a vague noun that name the issue it stands for ("the idea of a truce",
# "the need for reparations", "a move toward independence", "steps towards a settlement")
VAGUE_COMPLEMENT_PREPS = frozenset({"of", "on", "for", "toward", "towards"})
# prepositions that name whom a representative speaks for: "negotiators from Israel and Hamas",
# "the leaders of Serbia and Kosovo", "envoys for the two governments"
REPRESENTED_PREPS = frozenset({"of", "from", "for"})
# prepositions that place unnamed people with the one they serve: "officials in his office", "an
# aide on her campaign", "sources within his team".
PLACING_PREPS = frozenset({"in", "at", "from", "on", "within", "inside"})
# prepositions that add a companion to a clause's subject: "Egypt, alongside Qatar, proposed",
# and the adverbs that make "with" one: "along with Qatar", "together with Qatar"
COMPANION_PREPS = frozenset({"alongside"})
COMPANION_ADVERBS = frozenset({"along", "together"})
# prepositions that liken a subject to another party holding the same stance, set off by commas
# on the verb: "Sanders, like Warren, opposes the deal"
LIKENING_PREPS = frozenset({"like"})
# prepositions that name some members of a subject by example: "Several candidates, including X
# and Y, criticized the trade", "civil rights groups like the ACLU praised the plan"
EXAMPLE_PREPS = frozenset({"including", "like"})
# prepositions a red line is drawn with: "a red line at / over / on X"
RED_LINE_PREPS = frozenset({"at", "over", "on", "around", "against", "under", "with", "regarding"})
# of those, the ones that place a literal line ("drew a line in the sand at the beach")
SAND_PLACE_PREPS = frozenset({"at", "around", "under"})
# prefixes the tokenizer splits from their verb at the hyphen: "re-open", "de-escalate", "co-operate"
VERB_PREFIXES = frozenset({"re", "de", "co", "pre", "un", "dis", "counter", "over", "under", "mis"})
# particles of phrasal verbs, often parsed as adverbs: "walk out", "give up", "back down"
PARTICLES = frozenset({"out", "up", "down", "away", "off", "back", "over"})
# particles of a result the parser reads as an adverb or a small clause after the object:
# "declared the strike over", "called the strike off"
RESULT_PARTICLES = frozenset({"over", "off"})
# subordinators that open a condition clause, longest first: "as long as C", "unless C"
CONDITION_OPENERS = ("as long as", "so long as", "on condition", "provided", "providing", "unless", "until", "if",
                     "after", "when", "once", "before")
# subordinators of contrast: "X said ..., while Y said ..." sets a second report beside the first
# subordinators of a hypothetical: "If the minister says the deal is dead, ..." reports nothing said
HYPOTHETICAL_MARKS = frozenset({"if", "unless"})
# subordinators of a clause of purpose, whose modal states the aim of the deed, not a guess:
# "declared an emergency so he could fund the wall", "went on strike so that it could win a raise"
PURPOSE_MARKS = frozenset({"so"})

# Conjunctions and adverbs that may open a clause before a set phrase ("But that said, ...").
LINKING_WORDS = frozenset({"but", "and", "yet", "still", "or", "so", "though", "although", "because"})

CONTRAST_MARKS = frozenset({"while", "whereas", "whilst"})
# subordinators of an aside: "X made it clear that ..., even as Y agreed to Z" sets the writer's
# own fact beside the report ("as" only after "even": a bare "as" also gives a reason)
ASIDE_MARKS = CONTRAST_MARKS | frozenset({"although", "though"})
# prepositions that name whom an unnamed official speaks for: "a spokesman for the ministry",
# "officials in Beijing", "a diplomat from Syria"
OWNER_PREPS = frozenset({"of", "for", "from", "in", "at", "with"})
# determiners that introduce someone new: "a spokesman" is not the spokesman named before
INDEFINITE_DETERMINERS = frozenset({"a", "an", "one", "another", "some"})
LOCATIVE_PREPS = frozenset(
    "in at to from into near across throughout inside outside around toward towards via through "
    "within on off onto along beyond over under between among amid".split()
)
# the locative prepositions whose object is a place, never a person ("in Jaffna", "near Borneo";
# not "a letter to X", "a call from X", "talks between X and Y")
PLACE_PREPS = frozenset("in at into near across throughout inside outside around via through within along beyond amid".split())
# the prepositions after a title head that names a post ("Ambassador to the UN", "Special Envoy
# for Syria": ``posted_heads`` in roles.toml): the state or body after them is the post
POST_PREPS = frozenset({"to", "for"})

# --- names -------------------------------------------------------------------------------------
SURNAME_PARTICLES = frozenset(
    "de la del della di da van von der den le al el bin ibn ben abu dos das du st. st ter ten".split()
)
POSSESSIVE_ORTH = frozenset({"'s", "’s", "'", "’"})

# --- function words ----------------------------------------------------------------------------
# the commonest English words: their share tells English text from other languages (ingest)
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to a in that is was he she for it with as his on be at by i this had not are but "
    "from or have an they which one you were her all we there been has their would will said "
    "who its than into after also over".split()
)
# words an issue label's key ignores when issues are compared across documents (issues.py)
LABEL_FUNCTION_WORDS = frozenset({"of", "the", "a", "an", "to", "for", "on", "in", "and", "with", "against", "by",
                                  "from", "over", "about", "into", "between", "its", "their", "his", "her", "our",
                                  "any", "all"})
# prepositions that open an issue label's complement ("recognition of X", "talks on trade")
LABEL_PREPOSITIONS = frozenset({"of", "in", "on", "for", "to", "with", "against", "between", "from", "over", "about",
                                "into", "toward", "towards", "by"})
# the prepositions of a frame noun's content: "proposal for normalization", "offer of an increase"
# ("an offer from the government" names who offers, not what)
FRAME_PREPOSITIONS = frozenset({"of", "for", "on", "to", "about"})
# words that rank a noun among others and make an infinitive after it say what the noun does:
# "the only senator to endorse Sanders", "the first country to recognise Kosovo".
RANKING_MODIFIERS = frozenset({"only", "first", "last", "second", "third", "sole", "lone", "latest"})
# determiners that point back to something named before ("the ceasefire", "this plan")
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# determiners that open a noun phrase: after a word that is a verb or a noun ("free", "release",
# "end"), one says the word is the verb and the phrase its object ("free the hostages")
OBJECT_DETERMINERS = DEFINITE_DETERMINERS | frozenset({"a", "an", "all", "any", "some", "every", "each", "both", "its",
                                                       "their", "his", "her", "our", "my", "your"})
# words that open a reported clause: a verb followed by one ("clarify that ...", "explain why ...")
# introduces what is said and names no issue
CLAUSE_OPENERS = frozenset({"that", "whether", "if", "what", "how", "why", "when"})
# words that open a question: "want to see what happens" is curiosity, not a wish
QUESTION_WORDS = frozenset({"what", "which", "whether", "if", "how", "who", "whom", "where", "when", "why"})

# Endings a red-line phrase's last word may take in the text ("flatly refuse" -> "refused",
# "categorically den" -> "denies", "stand firm" -> "stand firmly"): a phrase matches the
# beginning of a longer word only with one of them ("would never" is not in "would nevertheless").
WORD_ENDINGS = frozenset({"s", "es", "d", "ed", "ing", "y", "ies", "ied", "ying", "ly"})
