"""Every word list of the project, in one place: function words, calendar words, negations, role words,
number words, country names and nationalities.

Stages never keep lists of their own: the name extractor, the date parser, alignment's content words, spin
scoring, change finding and chrome detection all read these.
"""

from __future__ import annotations

from unspun.text.tokens import is_word


def word_set(words: str) -> frozenset[str]:
    """A lexicon written as white-space separated words."""
    return frozenset(words.split())


def word_list(words: str) -> tuple[str, ...]:
    """Words in the order written (for lexicons whose position means something, like number names)."""
    return tuple(words.split())


# The news agencies whose name in brackets credits a text to them: a lone tag line ("(Reuters)") or a lede's
# dateline ("KYIV (Reuters) - …"). One list for extraction, which keeps the credit, and the judge, which reads an
# agency's own dateline as its byline.
NEWS_AGENCIES = word_list("Reuters AP AFP PA Bloomberg dpa Xinhua ANSA EFE UPI CNN")
# The agencies' names written out, each with the short name of ``NEWS_AGENCIES`` it stands for: a byline's
# "By Lucy Marsh (PA Media)" credits "(PA)" (``page_meta.byline_agency``), and a paper's credit line "Additional
# reporting by Press Association" credits the agency whose dateline the other text opens with (the judge's
# ``_credits_agency``).
AGENCY_FULL_NAMES = {"Associated Press": "AP", "Press Association": "PA", "PA Media": "PA",
                     "Agence France-Presse": "AFP", "Agence France Presse": "AFP", "Thomson Reuters": "Reuters"}


# "-er" words that are words of their own, not the agent or the comparative of the word they end ("former" is no
# one who forms, "flower" nothing that flows, "letter" no one who lets): ``spelling.word_roots`` reads any other
# "-er" of a verb or an adjective as its form ("worker", "singer", "higher"). Wordfreq's commonest "-er" words whose
# root passes that test, read one by one.
OWN_ER_WORDS = word_set("""
better further former letter manner counter shower flower trailer poster charter liver banner tender rubber locker
thriller header footer drawer ranger temper sweater jumper slipper sneaker blazer bumper sticker hooker liner taper
mater wager poker conquer chatter dresser cracker router hopper ringer banger downer shutter stretcher caster
pounder parker turner warner booker piper lister tuber waver""")

# Words of an outlet's name ("Northline News Service", "Ashcombe Evening Post", "Valley Sentinel"). One list for
# the masthead a capture prints (``page_meta.masthead_site``: a short title-case line ending in one) and the credit
# a copy gives (the judge's ``_names_site``: a site's name with nothing but these beside it; a domain's label that
# is one of these spells no site). Both rules ask whether a word names an outlet's kind, so the list is the union of
# the two they used to keep: the mastheads' papers (review, examiner, sentinel, …) name outlets in credits too, and
# the credits' agencies and broadcasters ("Meridian Press Agency", "Northline News Service") head pages too.
OUTLET_WORDS = word_set("""advertiser agency argus broadcast broadcasting bulletin chronicle courier daily dispatch
    echo examiner express gazette guardian herald independent inquirer journal magazine mail media mirror monitor
    network news observer online post press radio record reporter review sentinel service standard star sun
    telegraph television times today tribune tv weekly wire wires""")

# Words that end a natural place's or an area's name ("Peak District", "Severn Estuary", "Wye Valley"): beside
# ``OUTLET_WORDS`` they tell a paper credited ("the Peak Courier") from the place it covers, which share a word.
PLACE_KIND_WORDS = word_set("""district valley vale dales moor moors forest hills heath fells coast estuary bay
    island islands isles lake lakes peninsula downs marshes wolds""")

# The points of the compass as a text writes them capitalised ("the West will ignore", "Western capitals"): a
# region or a bloc named in comment, not a party a report names (``judge._own_facts``).
COMPASS_WORDS = word_set("north south east west northern southern eastern western")

# The signs of a writer's own comment in a sentence outside quotation marks (``judge._own_comment_inside``): a
# loaded or evaluative word a report leaves to the people it quotes ("a shameful betrayal", "the so-called free
# press"), a speaker's "we" or "you" (the reader addressed: "share this with everyone you know"), a call to act.
# Signs only, read beside others: several are everyday news words too ("in the wake of", "a testing regime", "a
# contempt of court warning", "a corruption scandal"), so alone they do not tell a report's own line from a
# copier's (``COPIER_VOICE_WORDS`` are the ones that do).
COMMENT_WORDS = word_set("""shameful shameless disgrace disgraceful outrage outrageous scandal scandalous betrayal
    betrayed furious appalling pathetic ridiculous absurd disgusting sickening insane clueless incompetent greedy
    corrupt cronies insiders elites elite propaganda lies liars lying hypocrisy hypocrites hypocritical puppet regime
    so-called sheeple cover-up whitewash provocation arrogant arrogance contempt treachery traitors wake typical
    obviously clearly shockingly predictably unsurprisingly""")
COMMENT_PERSON_WORDS = word_set("i we us our ours you your yours")
# The labels a recycler puts ahead of a headline it copied ("SHOCKING: Council admits …", "BOMBSHELL: …"): the
# copier's own cry, not a report's words (``judge.comment_label``). A news desk's own labels ("BREAKING", "UPDATE",
# "EXCLUSIVE", "WATCH", "LIVE") say what a page is and stay out: an original's first version carries them as often.
HEADLINE_BAIT_WORDS = word_set("""shocking shock bombshell unbelievable incredible stunning explosive horrifying
    terrifying jaw-dropping wow omg must-see must-read insane""")
COMMENT_PHRASES = word_list("""once_again yet_another as_usual share_this spread_the_word line_their_pockets
    foot_the_bill ask_yourself""")
# The words of comment a report does not write in its own voice, however it words a line ("a disgrace", "pathetic",
# "clueless"; not "wake", "regime", "contempt", "scandal", "clearly", which a report's own closing line may hold):
# with ``COMMENT_PHRASES`` and "!", a cut's own line in a copier's voice (``judge._copier_voice``).
COPIER_VOICE_WORDS = word_set("""shameful shameless disgrace disgraceful pathetic ridiculous disgusting sickening
    clueless incompetent greedy cronies sheeple liars hypocrites hypocrisy""")

# The kinds of street and named building a report places its event at ("a warehouse on Mill Lane", "Kingsway
# Court"); the events stage reads them capitalised after a name.
STREET_WORDS = word_list("""road street lane avenue drive close court crescent terrace quay row gardens parade mews
    square""")

# Streets and squares that name an institution rather than a place ("Downing Street said", "Wall Street fell",
# "talks at Downing Street"): reports of many events name them, so two texts naming one share no event's place.
INSTITUTION_STREETS = frozenset({"downing street", "wall street", "fleet street", "threadneedle street",
                                 "pennsylvania avenue", "parliament square", "harley street", "bay street",
                                 "dalal street"})

# Words before "Court" that make it a court of law ("Leeds Crown Court", "Glasgow Sheriff Court", "High Court",
# "Supreme Court"), which every trial report names, not the event's place.
LAW_COURT_WORDS = word_set("""crown high supreme county district magistrates magistrate coroners coroner family youth
    appeal appeals sheriff tribunal criminal justice session sessions federal circuit superior municipal""")


# Grammar, not content: articles, pronouns, prepositions, conjunctions, auxiliaries, quantifiers and the
# sentence adverbs that open clauses ("However", "Meanwhile", "Yesterday"). Capitalised, they open a sentence
# and name nothing; in alignment and spin scoring they say nothing about shared content or odd collocations.
# One list: the union of the five the stages used to keep (alignment, change finding, spin, stories, chrome).
FUNCTION_WORDS = word_set("""
a about above according after afterward afterwards again against all also although am an and another any
are as at be because been before being below between both but by can cannot could despite did do does doing
down dr during each earlier either even every few following for from further furthermore had has have having
he her here hers herself him himself his how however i if in into is it its itself just later many may
meanwhile might more moreover most mr mrs ms much must my myself neither nevertheless no none nor not now of
off on once one only onto or other our ours ourselves out over own per regardless said same says shall she
should since so some still such than that the their theirs them themselves then there these they this those
though through to today tomorrow too under until up upon us very via was we were what when where whereas
which while who whom whose why will with within without would yesterday yet you your yours yourself
yourselves
""")

# The verbs of saying among the function words: a spinner swaps them as content words ("said" → "stated", "says" →
# "expresses").
SAYING_VERBS = word_set("said says")
# The words a person revising a text changes and a spinner leaves alone where a revision adds or drops words
# ("passed" → "had passed", "such as" → "like"): the function words but the verbs of saying
# (``spin.SwapEvidence.grammar``).
GRAMMAR_WORDS = FUNCTION_WORDS - SAYING_VERBS
# The verbs a report gives a named person's words with ("Mark Evans told the paper"): a line where a new person
# speaks is a fact of its own, not a copier's comment (``pair.judge.spread_additions``).
SPEAKING_VERBS = word_set("said says told tells added adds")

# Abbreviated titles: the full stop after them ends the title, not the sentence ("Mr. Yenin").
# Personal pronouns, subject and object: what a report says for a name already given ("Trump accused" → "He
# accused"). Not possessives, which open names ("Save Our Community").
PERSONAL_PRONOUNS = word_set("i you he she it we they me him her us them")
# Determiners that open a description of someone ("The 58-year-old", "This spokesman", "Her lawyer").
DETERMINERS = word_set("the this that these those his her its their our my your")
# Pronouns that point back to a person already named: a paragraph whose first sentence uses one before naming anyone
# continues the text before it ("Born in Turin, she studied piano"), where an article's lead names its actors.
BACK_POINTING_PRONOUNS = word_set("he she him his her hers")
# Nouns that, after "the", point back to an event already told: "Analysts welcomed the news" continues a report.
BACK_REFERENCE_NOUNS = word_set("news announcement decision appointment hire ruling verdict move")
TITLE_ABBREVIATIONS = word_set("mr mrs ms dr st gen col lt sgt prof rev gov sen rep jr sr capt maj cmdr adm")

# Role words: a change among them is a change of title ("Manager" → "Director"), not of a name.
# Honorifics written before a name besides the abbreviations ("Miss", "Dame", "Detective"): not the name's words.
HONORIFICS = TITLE_ABBREVIATIONS | word_set("miss sir dame lord lady doctor detective")
ROLE_WORDS = word_set("""
adviser advisor ambassador analyst anchor archbishop assistant attorney bishop boss captain ceo cfo chair chairperson
chairman chairwoman chancellor chief coach commander commissioner constable correspondent councillor counsel deputy
director diplomat editor envoy executive founder general governor head inspector judge king leader lawyer
manager mayor minister officer official premier president presenter prime prince princess professor
prosecutor queen representative researcher secretary senator sergeant sheriff speaker spokesman
spokesperson spokeswoman superintendent treasurer trustee vice
""") | word_set("""
archdeacon chaplain curate imam pastor priest rabbi rector reverend vicar
headmaster headmistress headteacher lecturer provost principal
admiral brigadier colonel commodore corporal lieutenant major marshal
barrister coroner magistrate solicitor
gaffer referee skipper supremo umpire matron surgeon
""")  # offices and ranks of churches, schools, the forces, courts, sport and crews, and informal words for them
# Role words written short before a name ("Cllr Helen Fairweather" for "Councillor Helen Fairweather", "Supt", "Insp"):
# a title, not a word of the name (``align_semantic._a_title``).
ROLE_ABBREVIATIONS = word_set("cllr cllrs supt insp")
# One role written in other words ("Skipper" / "Captain", "the new gaffer" / "the new boss", "Headteacher" /
# "Headmaster"): a copy that swaps them changed its wording, not the title (``ROLE_SYNONYMS``, ``same_role``).
# Another office is another title ("Vicar" → "Rector", "Manager" → "Director"), and so are a head of a
# department or a college's principal beside a headteacher, and a solicitor, a barrister or a King's Counsel beside
# each other (other professions and ranks): only one role written two ways is grouped.
_ONE_ROLE = (
    "captain skipper", "manager gaffer boss", "boss chief supremo",
    "headteacher headmaster headmistress",
    "chairman chairwoman chairperson chair", "spokesman spokeswoman spokesperson", "adviser advisor",
    "lawyer attorney", "referee umpire",
)


def _synonyms_of(groups: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Each word of ``groups`` (space-separated words naming one thing) and every word of the groups it is in."""
    sets = [word_set(g) for g in groups]
    return {word: frozenset().union(*(s for s in sets if word in s)) for group in sets for word in group}


ROLE_SYNONYMS = _synonyms_of(_ONE_ROLE)


def same_role(x: str, y: str) -> bool:
    """Whether role words ``x`` and ``y`` (lower case) name one role (``ROLE_SYNONYMS``)."""
    return x == y or y in ROLE_SYNONYMS.get(x, frozenset())


# One honorific written short or in full before a name ("Dr" / "Doctor", "Prof" / "Professor", "Mr" / "Mister"): a
# copy that writes it another way changed no title. The plain forms of address ("Mr", "Mrs", "Ms", "Miss") are a
# house style's choice beside each other; a rank or a degree ("Dr", "Prof", "Sir", "Dame", "Rev") put in place of
# another or of a plain form is a title changed ("Dr Callum Reid" → "Mr Callum Reid").
_ONE_HONORIFIC = (
    "dr doctor", "prof professor", "mr mister", "rev revd reverend", "st saint", "capt captain", "sgt sergeant",
    "gen general", "col colonel", "lt lieutenant", "gov governor", "sen senator", "rep representative", "maj major",
    "cmdr commander", "adm admiral", "det detective",
)
PLAIN_HONORIFICS = word_set("mr mrs ms miss mister")
_HONORIFIC_SYNONYMS = _synonyms_of(_ONE_HONORIFIC)
HONORIFIC_FORMS = HONORIFICS | frozenset(_HONORIFIC_SYNONYMS)


def same_honorific(x: str, y: str) -> bool:
    """Whether honorifics ``x`` and ``y`` (lower case, ``HONORIFIC_FORMS``) give one title: one written two ways, or
    two plain forms of address."""
    return x == y or (x in PLAIN_HONORIFICS and y in PLAIN_HONORIFICS) \
        or y in _HONORIFIC_SYNONYMS.get(x, frozenset())

# Who a person speaks to rather than where the words come from: "told MPs", "told the Commons", "speaking to
# reporters" name an audience, not a source a copy could change (/tmp/probe33's vote summary: 'told MPs' → 'said')
# The members of an elected body and the bodies (``AUDIENCES``); a text may call one by another ("members
# considered moving the business of the House" / "MPs considered …"): ``changes.name_edits`` reads no name changed.
# Words of an organisation's name, as a press release's "About the Linmoor Trust" heading gives it before the
# issuer's boilerplate (``text.furniture``): not a person's name ("About Maria Lopez") nor a thing in the news
# ("About the Renters Reform Bill").
ORGANISATION_WORDS = word_set("""
    trust council ltd limited plc inc llc llp group foundation company corporation corp association society charity
    university college institute institution constabulary police service services authority agency fund partnership
    network bank board commission federation union club hospital hospitals nhs museum partners holdings industries
    technologies laboratories labs alliance coalition consortium cooperative co-operative academy organisation
    organization""")
# Who closes a report with a standing reminder to the public (``text.furniture._standing_reminder``): an
# organisation, or its officers ("The force is reminding the public …", "Officers would like to remind …").
NOTICE_ISSUER_WORDS = ORGANISATION_WORDS | word_set("force forces officers standards brigade")
LEGISLATORS = word_set("mps msps meps ams mlas tds peers senators councillors lawmakers legislators")
# One legislator's letters after a name ("Sarah Jones MP for Croydon Central"): a role, never a word of a name.
LEGISLATOR_LETTERS = word_set("mp msp mep mla td")
LEGISLATURES = word_set("parliament commons lords congress senate house assembly")
AUDIENCES = LEGISLATORS | LEGISLATURES | word_set("""
court jury tribunal inquiry committee conference hearing reporters journalists
""")
# Role words that are as often something else ("general election", "my head", "chief concern", "official
# figures", "prime time"): a role only beside another role word ("director general", "prime minister"),
# before "of" ("head of state") or capitalised inside a sentence ("Chief Constable").
AMBIGUOUS_ROLE_WORDS = word_set("""general head chief prime vice executive official chair speaker judge anchor
                                 major principal marshal""")

MONTHS = word_set(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
# In calendar order: a month's number is its position here plus one (the first three letters of any form).
MONTH_ABBREVIATIONS = word_list("jan feb mar apr may jun jul aug sep oct nov dec")
# Abbreviations a figure follows ("No. 10", "p. 33", "Fig. 3", "approx. 40", "Jan. 12"): the full stop after them
# ends no sentence before the figure (``segment.sentence_spans``).
NUMBERING_ABBREVIATIONS = word_set("""
no nos nr p pp para paras fig figs vol vols art arts sec secs ch chap ref refs tel approx est ca cf vs op pt pts ed
eds ex rd ave mt ft jan feb mar apr jun jul aug sep sept oct nov dec
""") | TITLE_ABBREVIATIONS
# In calendar order: a weekday's number (Monday 0 … Sunday 6, as ``date.weekday``) is its position here.
WEEKDAY_ORDER = word_list("monday tuesday wednesday thursday friday saturday sunday")
WEEKDAYS = frozenset(WEEKDAY_ORDER)
# Days named relative to the text's own date ("yesterday", "last week").
RELATIVE_DAYS = word_set("yesterday today tomorrow tonight")
RELATIVE_MODIFIERS = word_set("last next this coming previous past")
TIME_UNITS = word_set("week weekend month year day morning afternoon evening night spring summer autumn winter")
# Words beside a share of how far an event has got ("the blaze is 45% contained", "power restored to 80% of homes",
# "the bridge is 70% complete"): a developing story's later report gives another such share (``text.figures``).
PROGRESS_SHARE_WORDS = word_set("contained containment complete completed restored reconnected evacuated reopened")

# How a word after "a" / "an" begins when its first letter misleads: "a" goes before these vowel letters read as
# a consonant sound ("a unique", "a user", "a one-off", "a European"), "an" before these silent h's ("an hour") and
# the one "one" that is no "wun" ("an onerous"). A plain word that breaks the rule otherwise is a typo or a word
# swapped in after its article was written (``pair.spin``: article spinners replace "an important" by "a
# significant" and leave the article).
# The "yoo-" stems of "uni-"/"unan-" are listed one by one: the negative prefix un- reads "un" ("an unidentified
# man", "an uninsured driver", "an unilluminated hall", "an unissued share", "an unannounced visit").
CONSONANT_SOUND_VOWEL_STARTS = word_list("""
    unic unidir unif unila unio unipol uniq unise uniso unit univ unanim
    use usa usu uti ute uto uri ura ure uro uk ubiq ufo uga eu ewe one once""")
VOWEL_SOUND_STARTS = word_list("hour honest honor honour heir onero")
# Words whose h house styles sound or drop: "a historic" and "an historic", "a herb" and "an herb", "a hotel" and
# "an hotel" are all written by careful writers, so neither article is evidence of a swap.
EITHER_ARTICLE_STARTS = word_list("histor herb homage hotel heroic habitual hypothe hyster")

# "without" is left out: "without precedent" negates nothing.
# Broad Scots writes a verb's negation as one word ending "-nae" ("cannae", "didnae", "wasnae"): the same negation
# as English "cannot", "didn't", "wasn't", so a Scots telling of an English report negates as often (neg55).
SCOTS_VERB_NEGATIONS = word_set("""cannae didnae isnae wasnae disnae wouldnae couldnae willnae dinnae widnae
                                   shouldnae winnae huvnae hasnae hadnae werenae arenae""")
NEGATIONS = word_set("not no never nor none nobody nothing nowhere neither cannot") | SCOTS_VERB_NEGATIONS
# A verb that negates what it governs with its particle: "has ruled out raising taxes" says "will not raise taxes",
# so it counts as one negation (``changes.negations``), read only before "out" ("ruled on the appeal" negates nothing).
RULING_OUT_VERBS = word_set("rule rules ruled ruling")
# Verbs a copy writes for "rule out" in the same sense: "had not ruled out" / "had not excluded" says one thing. One
# counts as a ruling-out only where the other side rules out (``changes.negations``): alone "dismissed the staff"
# negates nothing.
RULING_OUT_SENSE = word_set("""
exclude excludes excluded excluding dismiss dismisses dismissed dismissing reject rejects rejected rejecting
preclude precludes precluded precluding""")
# Verbs of refusal that negate a negating verb they govern: "has refused to rule out raising" (two negations: no
# longer "will not raise") says what "has not ruled out raising" says. Elsewhere ("refused to comment") a refusal is
# a word of negative sense (``NEGATIVE_SENSE``), counted only against a negation the other side holds.
REFUSING_VERBS = word_set("refuse refuses refused refusing decline declines declined declining")
# Words of the same class that negate no statement of their own: "without agreement" says what "with no
# agreement" says and "had nil to do with it" what "had nothing to do with it" says, but "without precedent" is
# "unprecedented" and "won two-nil" a score. ``changes.negations`` counts them only against a negation on the other
# side, or against the positive a word negates ("with" for "without").
# A denial is the negation of what it denies where the other side negates it: "Pellow denies fraud" and "He has
# pleaded not guilty to fraud" say one thing; against "admits" it is the statement turned round.
WEAK_NEGATIONS = word_set("without nil deny denies denied denying")
# Words that say by their sense what a negation says in others: "damaged the library but not the masonry" is
# "damaged the library but left the masonry intact"; "was not hurt" is "was unhurt", "did not agree" "refused".
# ``changes.negations`` counts them only to balance a negation the other sentence holds and this one does not.
# Hedges ("unlikely", "doubtful", "doubt") are not among them: anywhere in a sentence one balanced a real negation
# elsewhere in it ("Despite doubts from residents, the council will approve" / "... will not approve": reviewD,
# session 44). ``HEDGE_ADJECTIVES`` and ``HEDGE_VERBS`` are read only where they govern their clause's verb.
NEGATIVE_SENSE = word_set("""
intact unharmed unhurt uninjured unscathed untouched undamaged unaffected unchanged spared survived survive survives
escaped avoided refused refuses declined declines failed fails lacked lacks absent unable rejected rejects
""")
# A negation bounded by a time ("will not reopen until September", "may not be reconnected until Tuesday") says
# when a thing happens, as a clause of waiting bounded by the same time does ("will stay shut until September",
# "may wait until Tuesday"): one fact in other words, no negation flipped (``changes.negations``).
TIME_BOUNDS = word_set("until till")
# A hedge says what its negated paraphrase says: "is unlikely to approve" / "will not approve", "doubt the merger
# will be approved" / "do not believe ...". ``changes.negations`` counts one as a word of negative sense only where
# it governs its clause's verb (an adjective after a form of "be" before what it hedges, a verb before the clause
# it doubts), its clause holds no negation, and the other sentence's matching clause holds one and no hedge:
# "Despite doubts", "little doubt", "an unlikely outcome" and a hedge in another clause balance nothing
# (tests/fixtures/hedged_negations, hedge_clauses).
HEDGE_ADJECTIVES = word_set("unlikely improbable doubtful")
HEDGE_VERBS = word_set("doubt doubts doubted doubting")
# Words that make a statement a possibility, a forecast or a belief: "the plant may close", "is expected to
# announce", "could cost up to £2m", "police believe". A copy that states it with none of them ("will close",
# "announced", "police said") changed what the statement says is so (``changes.hedges``). "May" the month is
# capitalised; "suspect" (a noun as often) and "appeared" ("appeared in court") are left out.
MODAL_HEDGES = word_set("""may might could possibly perhaps maybe probably likely probable expected believe believes
believed suspected reportedly allegedly alleged apparently seemingly supposedly purportedly seems seemed""")
# The hedges a copy may cut alone, leaving the statement it hedged as it stood ("was reportedly seen" / "was seen",
# "the alleged attacker" / "the attacker", "directors could face prosecution" / "directors face prosecution").
HEDGES_CUT_ALONE = word_set("""possibly perhaps maybe probably reportedly allegedly apparently seemingly supposedly
purportedly alleged suspected may might could""")
# Verbs of the senses and of knowing after which "could" says an ability, no possibility: "she could smell smoke"
# is "she smelled smoke" (``changes.hedges``).
SENSE_VERBS = word_set("see hear smell feel taste sense tell recall remember understand")
# The words that open an if-clause: in its sentence "would" states nothing as so ("if the plant reopens, it would
# employ 80"; ``changes.hedges``).
IF_WORDS = word_set("if unless")
# Words that state what a hedge made possible as so: a future or a past said as fact, or what someone said
# ("will close", "has closed", "police said", "confirmed").
CERTAINTY_WORDS = word_set("will would shall is are was were has have had said says confirmed confirms stated states")
# Words of a past ability, which "could" says as well as a possibility: "could not reach" / "were unable to reach",
# "could see" / "were able to see" (no hedge removed).
ABILITY_WORDS = word_set("able unable managed")
# Verbs besides "be" after which a hedging adjective is a predicate ("seems doubtful that", "remains unlikely to").
LINKING_VERBS = word_set("seems seemed appears appeared remains remained looks looked")
# Words before "doubt" that make it a noun of measure, not a verb: "little doubt that", "growing doubts".
DOUBT_NOUN_MARKERS = word_set("little some growing serious real considerable lingering grave reasonable")
# Words that open a new clause inside a sentence, where a hedge's reach ends.
CLAUSE_OPENERS = word_set("and but while whereas although though because")
# A negating word in a phrase that affirms: "had no choice but to drive" is "was forced to drive", "nothing but
# praise" is only praise. A negation followed by one of the nouns, then "but" ("no other choice but"), or "nothing
# but", "none other than".
NEGATION_IDIOM_NOUNS = word_set("choice choices option options alternative alternatives way")
# A negating word before a comparative and "than" sets a bound, it negates nothing: "no less than" is "at least",
# "no more than 20" is "at most 20", "no later than Friday" is "by Friday" ("no longer" is no comparison: no "than").
BOUND_COMPARATIVES = word_set("less more fewer later earlier sooner greater higher lower")
WEAK_NEGATION_POSITIVES = {"without": "with", "deny": "admit", "denies": "admits", "denied": "admitted",
                           "denying": "admitting"}
# Words of a change in one direction and of the other: a copy that says "fell" where its source says "rose" turns the
# statement round as a negation does (``changes.negations``). Verbs in their forms, and the comparatives news
# figures take; "up"/"down" stay out (phrasal verbs: "set up", "shut down").
RISING = word_set("""
    rise rises rose risen rising increase increases increased increasing grow grows grew grown growing gain gains
    gained climb climbs climbed climbing jump jumps jumped surge surges surged raise raises raised raising higher
    more""")
FALLING = word_set("""
    fall falls fell fallen falling decrease decreases decreased decreasing shrink shrinks shrank shrunk shrinking
    lose loses lost loss losses drop drops dropped dropping slump slumps slumped cut cuts cutting lower lowered fewer
    less""")
# "up" and "down" say a figure's direction only beside it ("up 4%", "down by 4%", "4% down"): elsewhere they are
# parts of phrasal verbs ("set up", "shut down"), so they are read only there (``changes.negations``).
FIGURE_RISING = word_set("up")
FIGURE_FALLING = word_set("down")
# Words of no change: "held at 4.5%" where the source says "raised to 4.75%" is another decision. Only a stretch of a
# word or two replaced by one of another direction, in a sentence that gives a figure, counts (``changes.negations``):
# "held talks" and "maintained that" keep their sense. "Freezing" and "flat" are left out ("freezing temperatures",
# "flat roofs").
STEADY = word_set("""
    hold holds held holding keep keeps kept keeping maintain maintains maintained maintaining unchanged steady
    stable""")
# Outcomes and their opposites, each a pair of word classes: a copy that says "acquitted" where its source says
# "convicted", "lost" for "won", "rejected" for "approved", reverses the statement as "not" would (``changes.negations``
# reads a replaced word or two). Words with more than one opposite sense, or with other senses, stay out ("beat",
# "carried", "backed" as in "traffic backed up"; "cleared" aside).
OUTCOME_OPPOSITES: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (word_set("convicted convict convicts guilty"),
     word_set("acquitted acquit acquits acquittal cleared innocent exonerated")),
    (word_set("won win wins winning"), word_set("lost lose loses losing")),
    (word_set("approved approve approves accepted accept accepts granted grant grants"),
     word_set("rejected reject rejects refused refuse refuses blocked denied deny denies")),
    (word_set("upheld uphold upholds"), word_set("overturned overturn overturns quashed")),
    (word_set("passed"), word_set("failed")),
    (word_set("allowed"), word_set("dismissed")),
    (word_set("elected"), word_set("defeated ousted unseated")),
    (word_set("surplus surpluses"), word_set("deficit deficits")),
)
# words that make a statement hold only in a case: leaving them out of a quote changes what was promised
CONDITIONS = word_set("if unless except provided until only")

SMALL_NUMBERS = word_list(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
)
TENS = word_list("twenty thirty forty fifty sixty seventy eighty ninety")
# The ordinal words a tens word joins ("twenty-first", "forty-second"): the whole is an ordinal, no count of twenty.
UNIT_ORDINALS = word_set("first second third fourth fifth sixth seventh eighth ninth")
# The magnitudes "a" or "one" counts once ("a hundred loaves", "one hundred and twenty-three"; "a million" stays an
# idiom's as often as a figure's).
SCALES_COUNTED_ONCE = word_set("hundred thousand")
# The words a whole of 0 is said in before "point" ("nought point two five", "oh point five", "zero point one").
ZERO_WORDS = word_set("nought oh zero")
# The adjectives of a length: after them a number written "7m" is metres ("7m high", "a 7m-long wall", "15m wide"),
# not millions.
LENGTH_ADJECTIVES = word_set("long high wide deep tall thick across")
# Things a length measures: "a 7m boat" is metres, where "a 7m deal", "a 40m contract" or "the city's 1.2m
# population" are millions (a sum or a count before any other word). Each entry is a word money or a count does
# not stand before: no "record" ("a 7m record deal"), "run" ("a 2m print run") or "figure".
LENGTH_THINGS = word_set(
    "boat yacht ship ferry vessel dinghy canoe kayak hull wall seawall wave statue sculpture monument tower spire "
    "chimney mast pole column pool bridge tunnel crane fence hedge barrier ramp ladder tree cliff hole "
    "sinkhole crater crack pit shaft trench ditch dune iceberg snake python crocodile whale shark container lorry "
    "truck trailer caravan pipe beam girder rope cable banner flag screen rock boulder wreck")
# A length's thing after a word that names what it is made of or for ("a 50m swimming pool", "a 5m flood wall").
LENGTH_THING_KINDS = word_set("swimming sea flood retaining stone concrete steel brick wooden metal glass ice")
# A drop, fall or slide is a length unless it is in something counted ("a 10m fall" from scaffolding, "a 2m fall in
# visitors").
LENGTH_FALLS = word_set("drop fall plunge slide")
# Race events named by their distance ("the 100m final", "the 400m hurdles"), read as metres only after a distance
# run or swum (``RACE_DISTANCES``), so "a 7m final payment" stays millions.
RACE_EVENTS = word_set(
    "final finals sprint race relay dash freestyle backstroke breaststroke butterfly hurdles medley heat heats swim "
    "swimming semifinal semi")
RACE_DISTANCES = frozenset({"50", "60", "100", "110", "200", "400", "800", "1500", "3000", "5000", "10000"})
MAGNITUDES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "bn": 1e9, "m": 1e6, "k": 1e3, "dozen": 12.0,
}

# Units of measure a copy may convert ("3.4 metres" → "11.2 feet"): the word after a number → (dimension, factors to
# the dimension's base unit). Gallons and tons differ between the US and Britain: either factor converts.
UNITS: dict[str, tuple[str, tuple[float, ...]]] = {
    **{w: ("length", (1.0,)) for w in ("metre", "metres", "meter", "meters", "mtr", "mtrs")},
    **{w: ("length", (1000.0,)) for w in ("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers")},
    **{w: ("length", (0.01,)) for w in ("cm", "centimetre", "centimetres", "centimeter", "centimeters")},
    **{w: ("length", (0.001,)) for w in ("mm", "millimetre", "millimetres", "millimeter", "millimeters")},
    **{w: ("length", (1609.344,)) for w in ("mile", "miles", "mi")},
    **{w: ("length", (0.3048,)) for w in ("foot", "feet", "ft")},
    **{w: ("length", (0.9144,)) for w in ("yard", "yards", "yd", "yds")},
    **{w: ("length", (0.0254,)) for w in ("inch", "inches")},
    **{w: ("mass", (1.0,)) for w in ("kg", "kgs", "kilogram", "kilograms", "kilo", "kilos")},
    # "pounds" is money as often as weight: an amount written with it carries both its currency (GBP) and this unit,
    # so "£5" / "5 pounds" is one sum and "5kg" / "11 pounds" one weight (``changes.facts``)
    **{w: ("mass", (0.45359237,)) for w in ("lb", "lbs", "pound", "pounds")},
    **{w: ("mass", (0.028349523125,)) for w in ("ounce", "ounces", "oz")},
    **{w: ("mass", (1000.0,)) for w in ("tonne", "tonnes")},
    **{w: ("mass", (907.18474, 1016.0469)) for w in ("ton", "tons")},
    **{w: ("volume", (1.0,)) for w in ("litre", "litres", "liter", "liters", "ltr", "ltrs")},
    **{w: ("volume", (0.001,)) for w in ("ml", "millilitre", "millilitres", "milliliter", "milliliters")},
    **{w: ("volume", (3.785411784, 4.54609)) for w in ("gallon", "gallons", "gal", "gals")},
    **{w: ("volume", (0.946352946, 1.1365225)) for w in ("quart", "quarts")},
    **{w: ("volume", (0.473176473, 0.56826125)) for w in ("pint", "pints")},
    # temperatures: a scale with its own zero, so these are no factors; ``changes.facts`` converts them
    # (``temperature_celsius``); read after "degrees", after "°" ("47°C") or written onto the number ("47C")
    **{w: ("temperature", (1.0,)) for w in ("celsius", "centigrade")},
    "fahrenheit": ("temperature", (5 / 9,)),
    # "110 degrees" says no scale: a US text's is Fahrenheit, a British one's Celsius (either converts)
    "degrees": ("temperature", (1.0, 5 / 9)),
    **{w: ("area", (10000.0,)) for w in ("hectare", "hectares", "ha")},
    **{w: ("area", (4046.8564224,)) for w in ("acre", "acres")},
    # a length unit after "square" (``changes.facts`` reads the two words as one unit)
    **{w: ("area", (1.0,)) for w in ("square metre", "square metres", "square meter", "square meters")},
    **{w: ("area", (1e6,)) for w in ("square km", "square kilometre", "square kilometres", "square kilometer",
                                     "square kilometers")},
    **{w: ("area", (2589988.110336,)) for w in ("square mile", "square miles")},
    **{w: ("area", (0.09290304,)) for w in ("square foot", "square feet")},
    **{w: ("speed", (1.0,)) for w in ("kph", "kmh")},
    **{w: ("speed", (1.609344,)) for w in ("mph",)},
    **{w: ("speed", (1.852,)) for w in ("knot", "knots")},
    **{w: ("mass", (0.001,)) for w in ("gram", "grams")},
    **{w: ("volume", (158.987294928,)) for w in ("barrel", "barrels")},
    # Units that no copy converts but that say what a figure is: another unit there is another fact ("2.4
    # ampere-hours" / "2.4 watt-hours", "2.1 percentage points" / "2.1%", "three days" / "three weeks"). A share
    # ("%", read from "15%", "15 per cent", "15 percent") is not a difference of shares (percentage points).
    "%": ("share", (1.0,)),
    **{w: ("share points", (1.0,)) for w in ("percentage", "pp", "point", "points")},
    **{w: ("share points", (0.01,)) for w in ("basis", "bps")},
    **{w: ("current", (1.0,)) for w in ("amp", "amps", "ampere", "amperes")},
    **{w: ("voltage", (1.0,)) for w in ("volt", "volts")},
    **{w: ("voltage", (1000.0,)) for w in ("kv", "kilovolt", "kilovolts")},
    **{w: ("power", (1.0,)) for w in ("watt", "watts")},
    **{w: ("power", (1e3,)) for w in ("kw", "kilowatt", "kilowatts")},
    **{w: ("power", (1e6,)) for w in ("mw", "megawatt", "megawatts")},
    **{w: ("power", (1e9,)) for w in ("gw", "gigawatt", "gigawatts")},
    # energy and charge: a power or current unit joined to "-hours" ("watt-hours"; ``changes.facts`` reads the
    # hyphen), or its abbreviation
    **{w: ("energy", (3600.0,)) for w in ("watt-hours", "watt-hour", "wh")},
    **{w: ("energy", (3.6e6,)) for w in ("kilowatt-hours", "kilowatt-hour", "kwh")},
    **{w: ("energy", (3.6e9,)) for w in ("megawatt-hours", "megawatt-hour", "mwh")},
    **{w: ("energy", (3.6e12,)) for w in ("gigawatt-hours", "gigawatt-hour", "gwh")},
    **{w: ("charge", (3600.0,)) for w in ("ampere-hours", "ampere-hour", "amp-hours", "amp-hour", "ah")},
    **{w: ("charge", (3.6,)) for w in ("mah",)},
    **{w: ("data", (1e6,)) for w in ("megabyte", "megabytes")},
    **{w: ("data", (1e9,)) for w in ("gb", "gigabyte", "gigabytes")},
    **{w: ("data", (1e12,)) for w in ("tb", "terabyte", "terabytes")},
    # with the short forms a copy writes for them ("10 mins" / "10 minutes", "per hr" / "per hour"): every unit's
    # short forms are listed with it, none guessed from its letters ("ms" is no minutes)
    **{w: ("time", (1.0,)) for w in ("second", "seconds", "sec", "secs")},
    **{w: ("time", (60.0,)) for w in ("minute", "minutes", "min", "mins")},
    **{w: ("time", (3600.0,)) for w in ("hour", "hours", "hr", "hrs")},
    **{w: ("time", (86400.0,)) for w in ("day", "days")},
    **{w: ("time", (604800.0,)) for w in ("week", "weeks", "wk", "wks")},
    **{w: ("time", (1209600.0,)) for w in ("fortnight", "fortnights")},
    **{w: ("time", (2629746.0,)) for w in ("month", "months", "mth", "mths")},
    **{w: ("time", (31556952.0,)) for w in ("year", "years", "yr", "yrs")},
}
# Video formats are names written like pence ("1080p" is no £10.80; a share price of 1,080p keeps its comma).
VIDEO_FORMATS = word_set("1080p 1440p 2160p 4320p")  # not "480p", "720p": share prices in pence as often
# Units written onto their number ("1.4kg", "2.5km", "94mph", "3.2GW"): the abbreviations among ``UNITS``.
ATTACHED_UNITS = word_set("km cm mm mi ft yd kg lb lbs ha kmh kph mph kv kw mw gw wh kwh mwh gwh ah mah gb tb pp bps")
# Nouns a figure written with a capital C or F onto it names a thing by, right before it: "class 3C", "Form 4F",
# "seat 14C", "row 3C", "gate 12C", "flat 4F", "Vitamin B12" aside. Elsewhere "34C" and "117F" are temperatures
# (``changes.facts``).
IDENTIFIER_NOUNS = word_set("""
    class classes form forms year years set sets group groups seat seats row rows room rooms gate gates platform
    platforms flat flats apartment apartments unit units block blocks bay bays stand stands level levels floor
    floors grade grades ward wards bus buses route routes line lines vitamin vitamins cell cells court courts pitch
    pitches berth berths cabin cabins suite suites stall stalls locker lockers plot plots zone zones section sections
    sector sectors terminal terminals stop stops aisle aisles door doors box boxes pen pens no number numbers
    size sizes cup cups bra type types model models code codes""")

# Currencies, as the sets of ISO codes a way of writing one may stand for: two amounts are in other currencies when
# their sets share no code ("£" / "$", "US$" / "A$"); a bare "$" may be any dollar ("$5m" / "US$5m" is a restyle).
_DOLLARS = frozenset({"USD", "AUD", "CAD", "NZD", "HKD", "SGD", "TWD", "MXN"})
# Signs before an amount, alone or after a country's letters ("US$", "A$", "HK$"; ``text.numbers.amount_currency``).
CURRENCY_SIGNS: dict[str, frozenset[str]] = {
    "$": _DOLLARS, "US$": frozenset({"USD"}), "A$": frozenset({"AUD"}), "AU$": frozenset({"AUD"}),
    "C$": frozenset({"CAD"}), "CA$": frozenset({"CAD"}), "NZ$": frozenset({"NZD"}), "HK$": frozenset({"HKD"}),
    "S$": frozenset({"SGD"}), "NT$": frozenset({"TWD"}), "MX$": frozenset({"MXN"}), "R$": frozenset({"BRL"}),
    "£": frozenset({"GBP"}), "€": frozenset({"EUR"}), "¥": frozenset({"JPY", "CNY"}), "₹": frozenset({"INR"}),
    "₩": frozenset({"KRW"}), "₽": frozenset({"RUB"}), "₺": frozenset({"TRY"}), "₪": frozenset({"ILS"}),
    "₦": frozenset({"NGN"}), "₱": frozenset({"PHP"}), "฿": frozenset({"THB"}), "₫": frozenset({"VND"}),
    "₴": frozenset({"UAH"}),
}
# Codes written before an amount, in capitals ("CHF 40,000", "USD 5m", "Rs 500").
CURRENCY_CODES: dict[str, frozenset[str]] = {
    **{code: frozenset({code}) for code in (
        "USD", "GBP", "EUR", "JPY", "CNY", "CHF", "AUD", "CAD", "NZD", "HKD", "SGD", "INR", "KRW", "RUB", "TRY",
        "ILS", "NGN", "PHP", "THB", "SEK", "NOK", "DKK", "PLN", "ZAR", "BRL", "MXN")},
    "RMB": frozenset({"CNY"}), "Rs": frozenset({"INR", "PKR", "LKR", "NPR"}),
}
# Words after an amount ("146 million dollars", "500 yen"); "pounds" is weight too, but a weight faces no currency.
CURRENCY_WORDS: dict[str, frozenset[str]] = {
    **{w: _DOLLARS for w in ("dollar", "dollars")},
    **{w: frozenset({"GBP"}) for w in ("pound", "pounds", "sterling")},
    **{w: frozenset({"EUR"}) for w in ("euro", "euros")},
    "yen": frozenset({"JPY"}), "yuan": frozenset({"CNY"}), "renminbi": frozenset({"CNY"}),
    **{w: frozenset({"CHF", "XOF", "XAF"}) for w in ("franc", "francs")},
    **{w: frozenset({"INR", "PKR", "LKR", "NPR"}) for w in ("rupee", "rupees")},
    **{w: frozenset({"RUB"}) for w in ("rouble", "roubles", "ruble", "rubles")},
    **{w: frozenset({"SEK", "NOK", "DKK", "ISK"}) for w in ("krona", "kronor", "krone", "kroner")},
    **{w: frozenset({"ILS"}) for w in ("shekel", "shekels")},
    **{w: frozenset({"MXN", "PHP", "ARS", "COP", "CLP"}) for w in ("peso", "pesos")},
    "rand": frozenset({"ZAR"}), "naira": frozenset({"NGN"}), "zloty": frozenset({"PLN"}),
    "lira": frozenset({"TRY"}),
}
# The country before "dollars" that says which ("US dollars", "Australian dollars").
DOLLAR_COUNTRIES = {"us": frozenset({"USD"}), "american": frozenset({"USD"}), "australian": frozenset({"AUD"}),
                    "canadian": frozenset({"CAD"}), "singapore": frozenset({"SGD"})}

# Fractions written as words after a count ("a third", "two-thirds", "three quarters"): amounts, not ordinals,
# only there ("the third day" is an ordinal; ``numbers.fraction_value``).
FRACTIONS = {
    "half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4, "quarters": 1 / 4,
    "fifth": 1 / 5, "fifths": 1 / 5, "sixth": 1 / 6, "sixths": 1 / 6, "eighth": 1 / 8, "eighths": 1 / 8,
    "tenth": 1 / 10, "tenths": 1 / 10,
}

# The single-word names of US states, which a wire dateline writes in full after its city ("COLUMBUS, Ohio, Jan. 9")
US_STATES = word_set("""
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington
wisconsin wyoming
""")

COUNTRIES = word_set("""
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil
brunei bulgaria burundi cambodia cameroon canada chad chile china colombia comoros congo croatia
cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji
finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti
honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia
nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay
peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles
singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan
tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan
vanuatu vatican venezuela vietnam yemen zambia zimbabwe britain england scotland wales
""")

# The peoples of those countries, as adjectives ("Scottish Conservative Party", "French prodigy Gael Monfils") and,
# for those ending in -an, as nouns with their plural ("Russians"): proper adjectives, names wherever they stand.
_NATIONALITY_ADJECTIVES = word_set("""
afghan albanian algerian american angolan argentine argentinian armenian australian austrian azerbaijani
bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian cambodian cameroonian
canadian chilean chinese colombian congolese croatian cuban cypriot czech danish dutch ecuadorian egyptian
english eritrean estonian ethiopian european fijian filipino finnish french georgian german ghanaian greek
guatemalan haitian honduran hungarian icelandic indian indonesian iranian iraqi irish israeli italian jamaican
japanese jordanian kazakh kenyan korean kosovan kuwaiti kyrgyz laotian latvian lebanese liberian libyan
lithuanian macedonian malagasy malawian malaysian maltese mexican moldovan mongolian montenegrin moroccan
mozambican namibian nepalese nicaraguan nigerian nigerien norwegian omani pakistani palestinian panamanian
paraguayan peruvian polish portuguese qatari romanian russian rwandan saudi scottish senegalese serbian
singaporean slovak slovenian somali spanish sudanese swedish swiss syrian taiwanese tajik tanzanian thai
tunisian turkish ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean
""")
NATIONALITIES = _NATIONALITY_ADJECTIVES | frozenset(w + "s" for w in _NATIONALITY_ADJECTIVES if w.endswith("an"))

# A place's adjective and the place it names ("off the Cornish coast" / "off Cornwall", "a Welsh village" / "in
# Wales"): one place in two forms, wherever a text names places (``pair.events.other_place``). The nations, the UK's
# nations and the counties and regions with an adjective of their own, and the countries whose adjective is not
# their name with "n" added ("Kenya" / "Kenyan" is read by rule, ``place_forms``); an adjective with several
# places names each ("American": America, the US).
_PLACE_ADJECTIVE_PAIRS = word_list("""
cornish/cornwall devonian/devon cumbrian/cumbria kentish/kent northumbrian/northumberland
northumbrian/northumbria hebridean/hebrides orcadian/orkney shetlander/shetland manx/man
welsh/wales scottish/scotland scots/scotland irish/ireland english/england
british/britain british/uk
american/america american/us american/usa
european/europe african/africa asian/asia scandinavian/scandinavia arabian/arabia
breton/brittany catalan/catalonia bavarian/bavaria sicilian/sicily tuscan/tuscany flemish/flanders
texan/texas californian/california floridian/florida hawaiian/hawaii
afghan/afghanistan argentine/argentina azerbaijani/azerbaijan bahraini/bahrain bangladeshi/bangladesh
belarusian/belarus belgian/belgium brazilian/brazil canadian/canada chilean/chile chinese/china
congolese/congo cuban/cuba cypriot/cyprus czech/czechia danish/denmark dutch/netherlands dutch/holland
ecuadorian/ecuador egyptian/egypt fijian/fiji filipino/philippines finnish/finland french/france
german/germany ghanaian/ghana greek/greece haitian/haiti honduran/honduras icelandic/iceland iranian/iran
iraqi/iraq israeli/israel japanese/japan jordanian/jordan kazakh/kazakhstan kosovan/kosovo kuwaiti/kuwait
kyrgyz/kyrgyzstan laotian/laos lebanese/lebanon malagasy/madagascar maltese/malta mexican/mexico
montenegrin/montenegro moroccan/morocco mozambican/mozambique nepalese/nepal nigerien/niger norwegian/norway
omani/oman pakistani/pakistan panamanian/panama peruvian/peru polish/poland portuguese/portugal qatari/qatar
saudi/arabia senegalese/senegal singaporean/singapore slovak/slovakia somali/somalia spanish/spain
sudanese/sudan swedish/sweden swiss/switzerland taiwanese/taiwan tajik/tajikistan thai/thailand
turkish/turkey uzbek/uzbekistan vietnamese/vietnam yemeni/yemen
""")
_PLACE_FORMS: dict[str, set[str]] = {}
for _pair in _PLACE_ADJECTIVE_PAIRS:
    _adjective, _place = _pair.split("/")
    _PLACE_FORMS.setdefault(_adjective, set()).add(_place)
    _PLACE_FORMS.setdefault(_place, set()).add(_adjective)
PLACE_FORMS: dict[str, frozenset[str]] = {word: frozenset(forms) for word, forms in _PLACE_FORMS.items()}


def place_forms(norm: str) -> frozenset[str]:
    """A place word (lower case) and the other forms of its place: its adjective or the place an adjective names
    (``PLACE_FORMS``: "cornish" → {"cornish", "cornwall"}; "cornwall" → {"cornwall", "cornish"}), and a country or
    region in '-a' with its adjective in '-an' ("kenya" / "kenyan", "cumbria" / "cumbrian"). Another word is only
    itself."""
    forms = {norm} | PLACE_FORMS.get(norm, frozenset())
    if len(norm) >= _MIN_PLACE_STEM and norm.endswith("a"):
        forms.add(norm + "n")
    elif len(norm) > _MIN_PLACE_STEM and norm.endswith("an") and norm[:-1] in COUNTRIES:
        forms.add(norm[:-1])
    return frozenset(forms)


_MIN_PLACE_STEM = 4


def is_content_word(word: str) -> bool:
    """Not a function word: carries the topic, a name or a number (``word`` in normalised form); a currency sign
    ("£", a token of its own) is no word."""
    return word not in FUNCTION_WORDS and is_word(word)

# British spellings no rule of ``text.spelling`` covers, with their American form (one word in two spellings: a
# localised copy writes one for the other). Words that are also another word in the other country are left out
# ("cheque" / "check", "storey" / "story", "draught" / "draft", "tyre" / "tire").
BRITISH_WORDS = dict(pair.split("/") for pair in word_list("""
    programme/program programmes/programs practise/practice practised/practiced practises/practices
    practising/practicing jewellery/jewelry grey/gray greyer/grayer mould/mold mouldy/moldy plough/plow
    ploughed/plowed sceptic/skeptic sceptics/skeptics sceptical/skeptical scepticism/skepticism
    aluminium/aluminum manoeuvre/maneuver manoeuvres/maneuvers manoeuvred/maneuvered enrolment/enrollment
    enrolments/enrollments skilful/skillful skilfully/skillfully fulfil/fulfill fulfils/fulfills
    fulfilment/fulfillment instalment/installment instalments/installments kerb/curb kerbs/curbs pyjamas/pajamas
    ageing/aging judgement/judgment judgements/judgments acknowledgement/acknowledgment cosy/cozy
    moustache/mustache"""))
# British words a localised copy trades one for one with their American form that neither ``text.spelling``'s rules
# nor ``US_UK_VOCABULARY`` read as one word (a past tense's form; "solicitor" / "lawyer", two offices in a title;
# "petrol" / "gas" beside a kept "station", "gas" a word of other senses): a swap between them is a locale's, not a
# thesaurus's (``pair.spin``'s swap rarity and fluency).
BRITISH_SWAPS = frozenset(tuple(pair.split("/")) for pair in word_list("""
    whilst/while amongst/among amidst/amid learnt/learned spelt/spelled burnt/burned dreamt/dreamed leapt/leaped
    spoilt/spoiled smelt/smelled spilt/spilled petrol/gas petrol/gasoline maths/math
    towards/toward afterwards/afterward haulage/trucking solicitor/lawyer solicitors/lawyers"""))
# Words a rule of ``text.spelling`` would read as the British spelling of another word that both countries write
# ("timbre" is not "timber", nor the French "entre" "enter").
NOT_BRITISH_SPELLINGS = word_set("entre timbre")
# The opening letters a British spelling writes where the American drops a vowel ("paediatric" / "pediatric",
# "haemorrhage" / "hemorrhage", "oestrogen" / "estrogen"): only these, each checked against the word list
# (``text.spelling``), since "ae" and "oe" are letters of many names ("Michael").
BRITISH_OPENINGS = dict(pair.split("/") for pair in word_list("""
    paed/ped orthopaed/orthoped encyclopaed/encycloped haem/hem anaem/anem anaes/anes leukaem/leukem gynaec/gynec
    oesoph/esoph oestr/estr foet/fet diarrhoe/diarrhe"""))

# American and British words for one thing, as a US story localised for a British paper (or the other way) writes
# them: each line an American word or phrase, "=", then the other ways of writing it (British, or another American
# word a localiser writes for it), "," between them; words in their American spelling (``text.spelling``
# reads "centre" as "center" first). A noun's plural is read too ("lorries" / "trucks": ``text.spelling``). Left out:
# words whose meaning moves between the two ("first floor", "public school" is the British private school when
# both sides write it, "football", "pants", "chips"; "gas" is a British household's gas too; "attorney" and
# "solicitor" name two offices in "Attorney General" / "Solicitor General"), and words of many other senses
# ("post", "tap", "boot").
US_UK_VOCABULARY = tuple(
    (american.strip(), tuple(other.strip() for other in others.split(",")))
    for american, _, others in (line.partition("=") for line in """
    parking lot = car park, parking area
    parking garage = multi storey car park, multistorey car park, multi storey, parking structure
    sidewalk = pavement, footpath
    truck = lorry
    truck driver = lorry driver, trucker
    fall = autumn
    cell phone = mobile phone, mobile, cellphone, cell, mobile telephone
    apartment = flat
    apartment building = block of flats, apartment block, apartment house
    gas station = petrol station, filling station, gasoline station
    highway = motorway, freeway, expressway, interstate
    divided highway = dual carriageway
    vacation = holiday
    on vacation = on holiday
    vacationer = holidaymaker, holiday maker
    elevator = lift
    downtown = city center, town center
    line = queue
    in line = in a queue, in the queue
    waiting in line = queueing, queuing
    lined up = queued
    trash = rubbish, garbage
    trash can = rubbish bin, bin, dustbin, garbage can, wheelie bin
    pharmacy = chemist, drugstore, chemist shop
    movie = film
    movie theater = cinema, movie house
    store = shop
    zip code = postcode, post code
    railroad = railway
    schedule = timetable
    subway = the underground, underground railway
    cookie = biscuit
    candy = sweets
    diaper = nappy
    sweater = jumper
    sneakers = trainers
    flashlight = torch
    backyard = back garden
    emergency room = accident and emergency, emergency department, casualty department
    fire department = fire brigade, fire service
    fired = sacked
    realtor = estate agent, real estate agent
    math = maths
    high school = secondary school
    principal = headteacher, head teacher, headmaster, headmistress
    council member = councilor, councilman, councilwoman, city councilor
    traffic circle = roundabout, rotary
    crosswalk = zebra crossing, pedestrian crossing
    overpass = flyover
    windshield = windscreen
    tire = tyre
    airplane = aeroplane
    eggplant = aubergine
    zucchini = courgette
    cilantro = coriander
    stroller = pushchair, buggy
    license plate = number plate, registration plate
    liquor store = off license
    takeout = takeaway, carryout
    labor union = trade union
    freight train = goods train
    mom = mum
    snowplow = snowplough
    """.strip().splitlines())
)


# --- Verbs, and the words around them ---
# Verbs that give a statement to the person named beside them ("Paul Redding said", "said Simon Vance"): one list for
# a quotation's speaker and a statement's (``changes.attributions``, ``lifted_runs``).
STATEMENT_VERBS = word_set("""said says told added adds warned insisted argued explained claimed stated admitted
                           announced confirmed recalled""")
# ... and those, with the verbs that give a speaker's view of a thing ("Local campaigners called the road a
# disgrace", "branded the plan pathetic"): a line holding one carries a speaker's comment, not the writer's
# (``judge._copier_voice``).
SPEECH_VERBS = STATEMENT_VERBS | word_set("""say saying tell tells call calls called calling describe describes
                                          described branded accuse accuses accused claim claims""")
# Verbs whose negation says what was not said, known or expected ("did not say how", "could not confirm"), not a
# statement's sense (``changes.negations``).
SAYING_KNOWING_VERBS = word_set("""say said says saying tell told comment confirm confirmed know known knew disclose
                                disclosed reveal revealed specify specified give given want wanted expect expected
                                think thought believe believed seem seemed appear appeared""")
BE_FORMS = word_set("is are was were be been being am 's")
# An organisation speaking as itself, outside quotations (``voice.issuer_sentences``): "we" as its subject ("We have
# closed the A6", "We are writing to let you know"), or a present "is/are pleased to announce" and its kin. A reporter
# tells of the body in the third person and gives its "we" only in quotation marks; "our" is left out, as a newsroom's
# "read our full report" uses it.
ISSUER_SUBJECTS = word_set("we")
# ... but not a newsroom's "we" that tells what it knows or reported ("what we know so far", "as we reported", "we
# can reveal"), a word or two after it.
NEWSROOM_WE_VERBS = word_set("know knew report reported reveal revealed told learned learnt asked contacted approached")
# A newsroom's stock lines speak as "we" too, and a sentence holding one of these runs of words is no issuer's
# ("We'll bring you more on this story as we get it", "Here's what we're watching", "we'll keep you updated"): the
# words as ``voice`` splits them, "we'll" into "we ll".
NEWSROOM_STOCK_PHRASES = frozenset(tuple(phrase.split()) for phrase in (
    "bring you", "keep you", "as we get it", "more on this", "more as we", "update", "updates", "updated",
    "we re watching", "we are watching", "stay with us", "follow our live", "live coverage"))
# An issuer that says "we" once says "our" too ("our trunk main", "our engineers"): with one "we" sentence it speaks
# as itself; a report's "read our full report" is never beside one.
ISSUER_POSSESSIVES = word_set("our ours")
ISSUER_PRESENT_BE = word_set("is are am")
ISSUER_MOODS = word_set("pleased delighted proud thrilled excited happy")
ISSUER_ANNOUNCING = word_set("announce confirm welcome share unveil report launch introduce")
# Words of a verb chain between what a figure counts and the figure: "inflation had risen to 5.2%", "sales have
# been cut to £398m" (a figure's context reaches past them, ``figures._reach_back``).
VERB_CHAIN_WORDS = word_set("to had has have was were is are been be being will would could did does do")
# Verbs of a figure's movement ("edged", "went", "rising"): after one, "up to" says where the figure went, no hedge
# (``figures``; not any "-ed": "fined up to £50,000" hedges).
MOVING_VERBS = word_set("""go goes going went gone rise rises rising rose risen creep creeps crept creeping shot came
                        come comes coming tick ticks ticked move moves moved edge edges edged edging jump jumps jumped
                        climb climbs climbed push pushes pushed inched crawled crept surged soared rallied bounced""")
# Verbs after which "by" says the size of a change and "at" a level, no clock time, whatever part of the day
# follows: "rose by ten last night", "stood at nine this afternoon" (``figures.spoken_clock_times``).
CHANGE_SIZE_VERBS = word_set("""rose rise rises risen rising fell fall falls fallen falling increased increase increases
                             increasing decreased decrease decreases dropped drop drops grew grow grows grown cut cuts
                             reduced reduce reduces climbed jumped slipped declined swelled up down""")
LEVEL_VERBS = word_set("stood stand stands standing remained remain remains put puts peaked reached totalled")
# Verbs that take a particle ("wound up", "set up", "broke down", "shut down"): their "up" / "down" is no figure's
# direction (``changes.negations``).
PHRASAL_VERB_FORMS = word_set("""
wound wind winds winding set sets setting broke break breaks breaking broken shut shuts shutting turned turn turns
turning gave give gives giving given took take takes taking taken put puts putting called call calls calling stepped
step steps stepping backed back closed close closes closing cut cuts cutting pulled pull brought bring bought buy sold
sell made make built build picked pick tracked track knocked knock ran run runs running looked look signed sign tied
tie locked lock hunted hunt shot shoot cracked crack clamped clamp scaled scale slowed slow sat sit stood stand stands
standing weighed weigh""")

# --- Negations and conditions (``changes.negations``) ---
# "not" before these negates nothing: "not withstanding" is "notwithstanding" misspelt ("despite").
NOT_A_NEGATION_AFTER_NOT = word_set("withstanding only")
# Words a negation skips to reach the verb or adjective it negates ("would not be visible", "had not been
# consulted", "did not ever say"); any other function word ("but not the masonry") leaves it negating no word the
# other sentence may hold.
SKIPPED_AFTER_NEGATION = word_set("""be been being have has had do does did get got ever always also necessarily
                                  immediately yet even still currently really to""")
# A negation of a verb, which negates the clause's subject or object list as a whole.
VERB_NEGATIONS = word_set("not never cannot") | SCOTS_VERB_NEGATIONS
# Words after which a word names a thing, not what a clause says of its subject: "a problem of trust", "look
# beneath urban", "the closure" (``changes.negations.said_both_ways``: "do not trust" is said un-negated by
# "trusted", never by "of trust"). Not "to": "to employ" is a verb.
NOUN_PHRASE_OPENERS = word_set("""a an the this that these those its their his her our my your of beneath under
                                 above over with by from in on at into onto for about between among""")
# Words that open a condition: a negation inside one ("had the bank not agreed to settle, the fine would have
# been …", "if it does not") states what did not happen, which the other sentence says was so.
CONDITION_OPENERS = word_set("if unless whether had were should")

# --- Small function-word classes ---
INDEFINITE_ARTICLES = word_set("a an")
ARTICLES = word_set("the") | INDEFINITE_ARTICLES
# Words before a run of names that make it an institution's, not a person's ("the University of Exeter", "a
# Labour Party spokesman"; ``copy_marks``).
DETERMINERS_AND_ARTICLES = DETERMINERS | INDEFINITE_ARTICLES
# "a" and "an" as a text may write them (a spinner's "a" before a vowel is read with its case).
INDEFINITE_ARTICLE_FORMS = frozenset(("a", "an", "A", "An", "AN"))
# Words that join the items of a list ("classes 3C and 4F", "Keswick and Penrith"), and with "nor" those of a
# negated one ("no packaging, no liquids and no garden waste").
LIST_JOINERS = word_set("and or")
NEGATIVE_LIST_JOINERS = LIST_JOINERS | word_set("nor")
# What joins alternatives, not parts: "four or five teaching posts" is no nine (``facts.summed_parts``).
ALTERNATIVE_JOINERS = word_set("or nor")
# What opens a range whose two ends are no parts: "fines of between £70 and £90" (``facts.summed_parts``).
RANGE_OPENERS = word_set("between")
# What says an amount of money or a quantity adds to the one before it, the word right before it: "£700,000 on a
# roof and a further £500,000 on heating", "and another 150 tonnes", "plus £20,000" (``facts.summed_parts``).
FURTHER_PART_WORDS = word_set("further another plus additional extra")
# Nouns that count people, so that two counts of them or a count and "and a/the" one of them sum ("two crew members
# and four passengers", "three passengers and the driver"); "two men and a dog" do not (``facts.summed_parts``).
PERSON_NOUNS = word_set("""
people person man men woman women boy boys girl girls child children baby babies teenager teenagers adult adults
pensioner pensioners passenger passengers driver drivers pedestrian pedestrians cyclist cyclists motorcyclist
motorcyclists rider riders pilot pilots member members officer officers firefighter firefighters worker workers
student students pupil pupils teacher teachers nurse nurses doctor doctors patient patients resident residents
player players volunteer volunteers soldier soldiers prisoner prisoners inmate inmates employee employees visitor
visitors tourist tourists climber climbers walker walkers swimmer swimmers crewman crewmen son sons daughter
daughters mother father parent parents
""")
# What opens an extract's first sentence when the sentence naming its subject was dropped ("He said ...", "The pair
# survived ...", "The firm said ..."): a pronoun, or "the" and a noun standing for people or a firm named before.
# An article's own first sentence names its subject, or its next one does (a delayed lede), and a quotation's or a
# title's first word ("His Majesty's") is no reference back (``judge._dangling_opening_clue``).
DANGLING_PRONOUNS = word_set("he she they his her their")
DANGLING_NOUNS = word_set("pair couple duo trio firm")
# "of them", "of whom": the whole a part is counted out of ("three of them").
PARTITIVE_PRONOUNS = word_set("them those these whom")
# Words before "year" that make it a time, not a school year: "Last year 40C was recorded".
TIME_DETERMINERS = word_set("this last next that each every per a the same one")
# The words a place follows in a lead ("near Keswick", "from Ardrossan to Brodick", "on Mill Road in the Dovecote
# Industrial Estate"): a name after none of them is a person's or an organisation's ("Motorist Darren Welles").
PLACE_PREPOSITIONS = word_set("""in at near on off from to outside behind across between into onto towards toward
                              around through along beside by via past""")
# The words that tie a month to the figure before them: "3.1% in May", "6.1% in the year to September", "£38.5m
# for the six months to the end of August" (not "since March": a figure since a month is not that month's).
PERIOD_PREPOSITIONS = word_set("in to for during of")

# --- Figures and what they count ---
# Words that hedge or bound a figure ("about 40", "more than 200", "topped £1bn").
HEDGES = word_set("""about around nearly almost roughly approximately some over more less fewer under least close
                  topped exceeded just than estimated below above beyond""")
# The hedges that say on which side of a round figure the figure it rounds lies: above it ("more than 400" for 412,
# "just over £1.1m" for £1.13m) or below it ("nearly £2m" for £1.94m, "a little under six thousand" for 5,730).
HEDGES_ABOVE = word_set("over more least topped exceeded above beyond")
HEDGES_BELOW = word_set("nearly almost under less fewer below")
# Hedge words that round a figure only with a side after them ("just over £1.1m", "just under 40"): alone they say
# a figure is small ("employs just 40 people", reviewE), given exactly (``figures.hedge_side``).
HEDGES_NEEDING_SIDE = word_set("just")
# Words between an amount and the noun it counts ("420 full-time jobs", "12 new posts").
COUNTED_NOUN_MODIFIERS = word_set("full time part new more extra additional local permanent")
# What a figure of a business or a public count measures ("sales fell 3%", "passengers rose to 4.1 million").
MEASURE_NOUNS = word_set("""sales profit profits revenue revenues turnover earnings income prices price shares share
                         stocks output exports imports numbers figures costs cost rates rate inflation growth
                         unemployment spending borrowing debt losses attendance visitors passengers bookings orders
                         applications arrivals admissions takings index""")
# Words that open an age band ("aged 18 to 24", "ages 5-11").
AGE_BAND_OPENERS = word_set("aged ages age")
# The months' names in calendar order, as a date is written out ("12 March").
MONTH_NAMES = word_list("January February March April May June July August September October November December")

# --- Events and places ---
# Occasions held at a set time ("after the meeting", "following a three-hour session", "after Tuesday's vote"): an
# "after …" clause naming one tells when something happened, not why (``events.incident_causes``).
OCCASION_NOUNS = word_set("""meeting meetings session sessions sitting vote votes ballot referendum election hearing
                          hearings inquest talks debate match matches game games fixture concert gig show performance
                          service ceremony funeral festival conference summit rally parade event party reception
                          briefing speech lecture""")
# What a repeat's ordinal counts when it tells another occasion ("the second fire at the site this year", "the
# third protest since", "for a second time"): an incident, a held occasion or a time; not a person, crew, arrest or
# victim ("a second man has been arrested", "a second fire crew arrived": more of one occasion's people)
# (``events.tells_recurrence``).
# Of these, the nouns that are also a place's name with a capital ("A second Derby man has been charged": the city),
# matched in lower case only (the local derby).
LOWER_CASE_OCCASION_NOUNS = word_set("derby derbies")
REPEATED_OCCASION_NOUNS = OCCASION_NOUNS | word_set("""fire fires blaze blazes flood floods flooding strike strikes
                                                  walkout walkouts protest protests march demonstration sit-in
                                                  inspection inspections visit time times defeat defeats win wins
                                                  derby derbies
                                                  victory loss draw crash crashes collision accident outbreak
                                                  launch callout rescue attack shooting stabbing robbery raid
                                                  burglary break-in explosion leak storm closure""")
# Nouns after an occasion's noun that make it a modifier of one occasion's people or kit ("a second fire crew
# arrived", "a second strike leader was arrested", "a second crash victim has died") (``events.tells_recurrence``).
OCCASION_MODIFIED = word_set("""crew crews engine engines appliance appliances fighter fighters officer officers
                             team teams unit units victim victims leader leaders suspect suspects investigator
                             investigators survivor survivors patient patients""")
# Nouns after an occasion's noun that make it a compound naming another thing, one it may come before or after:
# "another flood warning was issued" (the one flood's next warning), "a second strike ballot", "the fire alarm"
# (``events.counts_a_repeat``).
OCCASION_COMPOUNDED = word_set("""warning warnings alert alerts alarm alarms risk risks defence defences barrier
                               barriers ballot ballots threat threats plan plans drill drills""")
# Times of day no clock or calendar reader reads ("after dark", "after nightfall", "after the rush hour"), and the
# units of a duration beside ``TIME_UNITS`` ("a three-hour session", "after 40 minutes", "after 19 years").
CLOCKLESS_TIMES = word_set("""dark darkness dusk dawn nightfall daybreak sunrise sunset rush hour hours minute minutes
                           days weeks weekends months years decade decades""")
# The units a span of time is counted in after a figure ("24 hours", "three days", "after 130 years"): two headline
# figures both in these are one span told otherwise, never two things counted (``changes.find._other_things_counted``).
DURATION_UNITS = TIME_UNITS | word_set("hour minute decade fortnight century")
# Nouns of a headline's head count (singular, as ``changes.find._counted_noun`` reads them): "12 dead" / "15 people",
# "120 jobs" / "210 posts" count one toll, one loss, however worded; a changed figure there is a changed fact.
HEADCOUNT_NOUNS = word_set("""dead killed injured hurt missing people person job post role position worker staff
                           employee home house household resident patient victim casualty passenger pupil""")
# Events that recur by their nature, as a headline names them.
EVENT_NOUNS = word_set("""festival fair parade carnival marathon race show conference summit awards ceremony census
                       survey report championship tournament regatta exhibition""")
# The words that end a river's or a natural place's name whatever precedes it ("a flood warning for the River Eden").
PLACE_NAME_WORDS = PLACE_KIND_WORDS | frozenset(STREET_WORDS) | word_set(
    "river estate airport harbour port isle firth loch mount")

# --- People, issuers, outlets and credits ---
# Lower-case words inside a person's name ("Ursula von der Leyen", "Mohammed bin Salman"), not its initials.
NAME_PARTICLES = word_set("and de da van von der den al bin la le du")
# Nouns of what an issuer is, beside the organisation words: "Brightwater Analytics is a Leeds-based data company".
ISSUER_NOUNS = ORGANISATION_WORDS | word_set("""firm business startup start-up provider developer operator
                                              manufacturer maker retailer brand platform app charity publisher
                                              consultancy specialist supplier producer""")
# A domain's words that name no outlet (``OUTLET_WORDS`` name its kind).
GENERIC_DOMAIN_WORDS = OUTLET_WORDS | word_set("the online web www live today now hub group net site info digital "
                                               "world uk us org com co")
# Words of a credit saying the text itself was published before, elsewhere ("first appeared on", "originally
# published by", "republished with permission"), not only where its facts came from ("Source: …").
REPUBLICATION_CREDIT_WORDS = word_set("appeared republished reprinted reproduced syndicated originally")
# Words of a credit naming where the words came from. A byline ("Reporting by Hannah Lowe, additional reporting
# by Nordic Sports Agency") names who reported for the outlet, not a text it copied: "reporting" is not one.
# The words of extraction's credit phrases too ("This article was originally published by …", "Abridged from …",
# "Courtesy of …": ``extract_lines._CREDIT_PHRASE``): a line extraction kept as a credit for them names a source.
SOURCE_CREDIT_WORDS = word_set("""source via reuters ap afp bbc agencies adapted appeared republished reprinted
                               excerpted originally abridged condensed courtesy credit syndicated reproduced""")
# Credits of pictures, not of words: "Image: courtesy of NASA", "Photos: courtesy of the family".
# Words that close an agency's name without naming it ("PA Media", "Pennine News Agency", "Reach Group"): a credit
# to "PA Media" and one to "PA" name one party (``judge._same_party``).
CREDIT_GENERIC_WORDS = word_set("""media group news agency newswire wire""")
IMAGE_CREDIT_WORDS = word_set("""photo photos image images picture pictures photograph photographs video graphic
                              graphics illustration""")

# --- A page's chrome (``ingest.extract_lines``) ---
# Words of a site's controls and furniture ("Subscribe", "Share on WhatsApp", "Cookie settings").
UI_WORDS = word_set("""
subscribe subscribed subscription unsubscribe share shares sharing tweet follow comment comments newsletter
newsletters cookie cookies login logout log sign signup register menu navigation nav search print email whatsapp
facebook twitter linkedin telegram pinterest instagram youtube reddit copy link download app apps skip homepage accept
consent privacy terms reply replies advertisement advertisements advert ads ad sponsored promoted banner sidebar
footer header widget spacer transparent placeholder px loading click tap tags tag categories category archive
archives""")
# Phrases of a site's controls ("Read more", "Back to top"), in the order they are tried.
UI_PHRASES = (
    "read more", "sign in", "sign up", "log in", "post a comment", "leave a comment", "share this", "follow us",
    "all rights reserved", "skip to", "back to top", "load more", "show more", "see more", "privacy policy",
    "terms of use", "cookie policy", "manage preferences", "accept all", "editor's choice", "editors' picks",
    "editor's picks", "next article", "previous article", "click here", "like this story", "share it with",
    "with a friend", "scroll to continue",
)
AD_WORDS = word_set("advertisement advertisements advert ads ad sponsored promoted banner")
# Words of a page's counters and pagers, which have the same shape ("Comments 12 Shares 48", "Page 1 Of 3").
COUNTER_WORDS = word_set("""comments comment shares share likes like views view replies reply retweets followers votes
                         page pages of photos photo videos video images image items results posts""")
# Headings of a block of links to other stories ("Related articles", "Most read"), in the order they are tried.
SECTION_PHRASES = (
    "related", "related articles", "related stories", "related news", "related posts", "related content", "popular",
    "most popular", "most read", "most viewed", "most shared", "trending", "trending now", "recommended",
    "recommended for you", "you may also like", "you might also like", "more stories", "more from", "more news",
    "more on this story", "also read", "read next", "further reading", "top stories", "latest news",
    "latest stories", "in other news", "editor's choice", "editors' picks", "don't miss", "what to read next",
    "from around the web",
)


# Scots's own words, those English does not write ("tae", "fae", "wis", "cannae", "fowk", "cooncil"): a broad Scots
# text holds its clauses with English's short words too ("the", "in", "on"), and is told by these
# (``language.english_profile``). Not the Scots words Scottish English writes too ("wee", "aye", "kirk", "auld").
SCOTS_WORDS = word_set("""
tae fae frae wis nae hae cannae didnae isnae wasnae disnae wouldnae couldnae willnae dinnae widnae shouldnae oot
aboot doon roond hoose noo efter intae ontae wha whit whaur awa mair ony mony fowk bairns weans gaun gonnae telt
agin afore ither nicht richt cooncil thae masel hersel himsel yersel awfy sair nane naebody naething onybody baith
mebbe cauld heid faither mither brither wark ain yin biggin siller
""")

# Phrases that set a sentence at another time than the story's own: a figure repeated there counts that time's
# thing ("The cuts come a year after the firm shed 520 jobs"), not the story's (``judge._figure_consistency_clue``;
# a year number does too).
OTHER_TIME_PHRASES = frozenset("""
last year|last month|last week|last summer|last winter|last spring|last autumn|previous year|the year before
a year after|a year ago|a year earlier|a year before|years ago|years earlier|years before|a month after|a month ago
earlier|up from|down from|compared with|the month before
""".replace("\n", "|").strip("|").split("|"))
