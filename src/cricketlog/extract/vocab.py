"""The rules extractor's vocabulary, kept as data.

Everything the rules extractor recognises by word lives here, in plain tables, in the spirit of
hassil's slot lists (the words for feelings and effort live beside it in :mod:`feeling_words`): a
new drill, mood word, dismissal or speech-to-text slip is one line in one table. Tables of things
that mean something (activities, dismissals, results) are :class:`~cricketlog.extract.rows.Row`\\ s:
a name, the phrases, what they mean, and named exceptions ("unless followed by", "unless
preceded by"). Phrases are lower case and may use pattern syntax; word boundaries are added by
the code that compiles them, so entries read as plain phrases.
"""

from __future__ import annotations

from typing import Final

from cricketlog.extract.rows import Row
from cricketlog.extract.vocab_syntax import phrases

NOT_ON_FOOT: Final[str] = "swim, row, ride, cycle, bike, walk, paddle"
"""After a distance, what makes it something other than a run ("a 2k swim")."""
WEEKDAY: Final[str] = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
"""Any weekday's name, for the patterns below and the match module."""
AT_ONE_STUMP: Final[str] = r"(?:at|to) (?:a |the )?(?:single|one|1|lone) stump"
"""Bowling at one stump on its own: a bowler's practice, not a net."""
BEAT_VERBS: Final[str] = (
    "klapped|thrashed|hammered|thumped|smashed|demolished|crushed|walloped|rolled|smoked|spanked|"
    "belted|pumped|flogged|trounced"
)
"""Verbs of a big win after "we" ("we klapped them by 9 wickets"): a match, won, and the team."""
LOST_TO: Final[str] = "lost to|losing to|lose to|went down to|going down to|fell to|lost out to"
"""Before the team that beat us ("we went down to west torrens by 3 runs")."""

# Slips the local Whisper tiny.en model makes on cricket words, spelling variants and slang, as
# rows that mean their replacement. Applied first, to the text the entries are built from, so
# the fixed words also reach ``what_went_well`` and friends.
STT_FIXES: Final[tuple[Row, ...]] = (
    Row(
        "mid wicked",
        (r"mid[- ]?wicked"),
        (r"mid-wicket",),
    ),
    Row(
        "comfort drive",
        (r"comfort drive"),
        (r"cover drive",),
    ),
    Row(
        "cover driver",
        (r"cover driver"),
        (r"cover drive",),
    ),
    Row(
        "cover dry",
        (r"cover dry(?=\b| was| is| were)"),
        (r"cover drive",),
    ),
    Row(
        "your cars",
        r"your cars?",
        ("yorkers",),
        unless_followed_by="park, keys, insurance, broke, engine",
    ),
    Row(
        "stun being",
        (r"stun being"),
        (r"stumping",),
    ),
    Row(
        "got stump",
        (r"(got|get|gets|getting) stump(?!s)"),
        (r"\1 stumped",),
    ),
    Row(
        "stunned being",
        (r"stunned being"),
        (r"stumping",),
    ),
    Row(
        "wicked keeping",
        (r"wicked[- ]?keep(ing|er)"),
        (r"wicket keep\1",),
    ),
    Row(
        "hit wicked",
        (r"hit wicked"),
        (r"hit wicket",),
    ),
    Row(
        "leg before wicked",
        (r"leg before wicked"),
        (r"leg before wicket",),
    ),
    Row(
        "wickeds",
        (r"(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|no) wickeds"),
        (r"\1 wickets",),
    ),
    Row(
        "took a wicked",
        (r"took a wicked"),
        (r"took a wicket",),
    ),
    Row(
        "in the nest",
        (r"in the nest"),
        (r"in the nets",),
    ),
    Row(
        "next for an hour",
        (
            r"next (?=(?:for|in the) (?:an?|the|\d+|half|about|like|around|arvo|morning|evenin"
            r"g)\b)"
        ),
        (r"nets ",),
    ),
    Row(
        "typing",
        "typing",
        ("timing",),
        when_followed_by="(?:it )?(?:nicely|well|sweetly|beautifully|them|the ball)",
    ),
    Row(
        "nest session",
        (r"nest session"),
        (r"net session",),
    ),
    Row(
        "the jim",
        (r"the jim"),
        (r"the gym",),
    ),
    Row(
        "l b w",
        (r"l\.?\s?b\.?\s?w\.?"),
        (r"lbw",),
    ),
    Row(
        "el bee double you",
        (r"el bee double you"),
        (r"lbw",),
    ),
    Row(
        "throw downs",
        (r"throw downs"),
        (r"throwdowns",),
    ),
    Row(
        "s & c",
        (r"s ?& ?c"),
        (r"S&C",),
    ),
    Row(
        "s and c",
        (r"s and c"),
        (r"S&C",),
    ),
    Row(
        "five-fer",
        (
            r"five[- ]?fer|fifer|five[- ]?for\b(?! (?:\d|one|two|three|four|five|six|seven|eig"
            r"ht|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|n"
            r"ineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|none|nou"
            r"ght)\b)"
        ),
        (r"5 wicket haul",),
    ),
    Row(
        "to hours",
        (r"\b(for|about|around|like|nearly|almost) to (hours|overs)\b"),
        (r"\1 two \2",),
    ),
    Row(
        "three-fer",
        (r"(three|four|six|seven|eight|3|4|6|7|8)[- ]?fer"),
        (r"\1 wicket haul",),
    ),
    Row(
        "a scalp",
        (r"(a|one) scalp"),
        (r"\1 wicket",),
    ),
    Row(
        "scalps",
        (r"scalps"),
        (r"wickets",),
    ),
    Row(
        "a blob",
        (r"(?:for|on) a blob"),
        (r"for a duck",),
    ),
    Row(
        "bold",
        "bold",
        ("bowled",),
        unless_followed_by="shot, call, move, decision, choice, play, declaration",
    ),
    Row(
        "badding",
        (r"(?:badding|madding|matting)"),
        (r"batting",),
    ),
    Row(
        "one by",
        (
            r"one by (?=(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+ty(?:["
            r"- ]\w+)?) (?:wickets?|runs?)\b)"
        ),
        (r"won by ",),
    ),
    Row(
        "failing",
        "failing",
        ("feeling",),
        when_followed_by=(
            "great, good, fantastic, amazing, brilliant, okay, ok, alright, fine, flat, down"
        ),
    ),
    Row(
        "boing",
        "boing, mowing, bowing",
        ("bowling",),
        when_followed_by="practice, session, drills?, machine, coach, spell, action",
    ),
    Row("sleep catch", "sleep", ("slip",), when_followed_by="catch\\w*, cordon, fielder\\w*"),
    Row(
        "billates",
        (r"billates|pilate"),
        (r"pilates",),
    ),
    Row(
        "at sleep",
        (r"at sleep"),
        (r"at slip",),
    ),
    Row(
        "stomping",
        (r"stomp(ing|ings|s)?"),
        (r"stump\1",),
    ),
    Row(
        "tide",
        (r"tide(?= ?[,.]| with| off| on the last| at the end)"),
        (r"tied",),
    ),
    Row(
        "ex i",
        (r"(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th) ex-? ?i"),
        (r"\1 XI",),
    ),
    Row(
        "this armo",
        (r"this (?:armo|armour|armor|arbo|avo)"),
        (r"this arvo",),
    ),
    Row(
        "thirty means",
        (
            r"(\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|"
            r"three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|fifteen|eighteen) mean"
            r"s"
        ),
        (r"\1 mins",),
    ),
    Row(
        "m in",
        (r"(\d+) m in"),
        (r"\1 min",),
    ),
    Row("to day", "to day", ("today",), unless_followed_by="to, and", unless_preceded_by="day"),
    Row(
        "fores",
        (r"fores"),
        (r"fours",),
    ),
    Row(
        "knicked",
        (r"knick(ed|ing|s)?"),
        (r"nick\1",),
    ),
    Row("for fours", "for", ("four",), when_followed_by="fours, sixes"),
    Row("we one", "we one", ("we won",), when_followed_by="the toss, the game, the match, by, it"),
    Row(
        "york",
        "york",
        ("yorker",),
        unless_followed_by="city, cc",
        unless_preceded_by="against, v, vs, played",
    ),
    Row(
        "bored by",
        (
            r"bored by (?=(?:the|a|their|an) (?:\w+ )?(?:spinner|seamer|bowler|quick|paceman|l"
            r"eggie|offie|pacer))"
        ),
        (r"bowled by ",),
    ),
    Row(
        "cash",
        (r"(\d+|one|two|three|four|five) (?:cash|catching)"),
        (r"\1 catches",),
    ),
    Row(
        "next tonight",
        (r"next (?=(?:tonight|this (?:morning|afternoon|arvo|evening)|last night)\b)"),
        (r"nets ",),
    ),
)

# Words that carry nothing for the diary. Removed from the text entries are built from.
FILLERS: Final[tuple[str, ...]] = phrases(
    "um+, uh+, erm+, er, ah+, so yeah, yeah, you know, i mean, to be honest, if i'?m honest, "
    "honestly, tbh, basically"
)

# What each kind of activity is called, matched against the digit view of a clause ("one-on-one"
# reads "1 on 1"). Each :class:`Row` means (activity_type, sub-kind): the sub-kind is the contract
# enum (fitness ``type`` or coaching ``activity``) or ``rest``/``match``, or ``out`` for a
# dismissal, which happens at the nets too ("kept getting bowled by the leg spinner"). Rows with
# the same ``activity`` name one activity however the table is split (a row without one is an
# activity of its own); two clauses naming different activities may be two entries. Earlier rows
# win when one clause names two things ("one-to-one with my batting coach" is personal coaching).
ACTIVITY_CUES: Final[tuple[Row, ...]] = (
    Row(
        "rest day",
        (r"rest day|day off|off day|recovery day|rest and recovery|complete rest"),
        ("rest_day", "rest"),
    ),
    Row(
        "no training",
        (r"no training|didn'?t train|took the day off|rested up|rest today"),
        ("rest_day", "rest"),
    ),
    Row(
        "resting",
        (
            r"(?:i |just |we )rested|rested (?:today|yesterday|my|the)|resting (?:today|up|my)|"
            r"had a (?:complete |full |proper |good )?rest|(?:complete|full|total|proper) rest|"
            r"(?:took|take|tek|taking) a rest|put my feet up|lazy day|chill day|easy day off|"
            r"active recovery day|nothing today|did nothing|didn'?t do (?:anything|much)|"
            r"no (?:cricket|gym|exercise) today|day away from (?:cricket|training)|time off|"
            r"break from (?:cricket|training)|took (?:\w+ )?(?:day|yesterday|today|\w+day) off|"
            r"rested|i'?m resting|i am resting|i rest|(?:was|is) (?:a )?rest|resting|"
            r"(?:just|only) (?:a )?rest(?:ed|ing)?\b(?! of)|rest only|rest (?:today|yesterday)|"
            r"(?:took|taking|take|had|having) (?:a |some )?rest\b(?! of)|"
            r"(?:today|yesterday)(?: morning| evening)? (?:was )?(?:a )?rest\b(?! of)|"
            rf"rest (?:on )?{WEEKDAY}|"
            rf"{WEEKDAY} (?:was )?(?:a )?rest(?! of)|"
            rf"{WEEKDAY} (?:was )?off\b|^rest$|"
            r"(?:skipped|missed|no) training(?= today| yesterday|,|$)|needed (?:the|a) break|"
            r"\band rest(?:ed)?(?=$|,)"
        ),
        ("rest_day", "rest"),
    ),
    Row(
        "other sports",
        (
            r"football|futsal|5 a side|tennis(?! balls?)|squash|basketball|hockey|rugby|golf|"
            r"netball|padel|pickleball|badminton|touch footy"
        ),
        ("fitness", "other"),
    ),
    Row(
        "a game",
        "game",
        ("cricket_match", "match"),
        unless_followed_by="plan",
        unless_preceded_by="foot, short, mental, batting, bowling, spin, on my",
        activity="a match",
    ),
    Row(
        "a match",
        (
            r"match|"
            r"fixture|t20|twenty20|one dayer|1 dayer|2 dayer|two dayer|2nd xi|1st xi|3rd xi|"
            r"4th xi|league fixture|"
            r"(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th) (?:xi|eleven)s?\b|"
            r"cup (?:tie|game|match|final)|(?:a |the )?friendly (?:v|vs|against|game|match)\b|"
            r"^won(?=$| |!)|\d+ wickets? for me|"
            r"got (?:thrashed|hammered|smashed|rolled|thumped|beaten|done) by|abandoned|"
            r"washed out|rained off|no result|super over|"
            r"played (?:[\w-]+ ){0,4}?(?:against|vs|versus)\b|captained|"
            r"(?:we|they) (?:posted|made|scored) \d+|bowled (?:them|the opposition) out|"
            r"(?:semi|quarter|grand)[- ]?final|the final|innings|declared"
        ),
        ("cricket_match", "match"),
    ),
    Row(
        "what a team does",
        (
            r"we (?:played|won|lost|drew|tied|batted|bowled|play|win|lose)|played against|"
            r"we fell (?:\w+ ){0,3}?short|"
            r"won against|won by|lost by|win by|lose by|"
            r"played [a-z]+ (?:on|and (?:won|lost|drew|tied))|lost to|"
            r"went down to (?:[a-z]+ ){1,3}?(?:\w+ )?by \d+ (?:runs?|wickets?)|"
            r"beat (?!the (?:bat|edge|outside)|up\b|me\b|him\b|her\b|them\b)[a-z]+|not out|"
            r"golden duck|duck|played [a-z]+ (?:(?:and|but) )?(?:won|lost|drew|tied)|"
            rf"played [a-z]+(?: [a-z]+){{0,2}} (?:on {WEEKDAY}|(?:and|but) (?:won|lost|drew|tied))|"
            r"scored \d+(?! (?:minutes|mins|goals|points|percent|tries))|"
            r"chased (?:it |them )?down|overs? to spare|wickets? in hand|maidens?|"
            r"\d+ (?:for|fer) \d+ (?:off|in) \d+|\d+(?:\.\d)?-\d+-\d+-\d+"
        ),
        ("cricket_match", "match"),
    ),
    Row(
        "a player's match figures",
        (
            r"(?:scored|made|got|hit|smashed|top scored with) (?:a )?(?:[a-z]+ )?\d+ (?:runs|"
            r"not out|off|from|bowled|caught|stumped|lbw|run out)|"
            r"(?:we|they) (?:were|got) (?:bowled|all) out|"
            r"(?:took|picked up|got|bagged|ended with) \d+ (?:for|fer) \d+|took \d+ wickets?|"
            r"\d+ wicket haul|didn'?t (?:bat|bowl)|"
            r"(?:kept|keeping)(?: wicket)?(?: (?!(?:in|at|nets?|indoors|practice|training|session|"
            r"drills?)\b)[\w']+){0,3}? (?:against|v|vs|versus)\b(?! (?:the )?(?:bowling )?(?:machi"
            r"ne|spinners|quicks|seamers|bowlers|pace|spin|side ?arm|dog ?stick)\b)|"
            r"(?:v|vs|versus) (?:the )?[a-z]+|"
            r"bowled \d+(?:\.\d)? overs?[,]? (?:for|went for|gave away|conceded|and went for) \d+|"
            r"(?:went for|conceded|leaked) \d+ (?:off|from|in) (?:my )?\d+(?:\.\d)? overs?|"
            r"ran (?:one|him|her|a batter|their \w+|\d+) out|"
            r"ran out (?:their|the|a|one of their) \w+|scores (?:were )?level|chipped in with \d+|"
            r"\d+ (?:runs )?(?:off|from) \d+ (?:balls|deliveries)|"
            rf"^kept(?: (?:today|yesterday|tonight|this \w+|last \w+|(?:on )?{WEEKDAY}))?$|"
            rf"we (?:{BEAT_VERBS})"
        ),
        ("cricket_match", "match"),
    ),
    Row(
        "one-to-one coaching",
        (
            r"1 (?:on|to) 1|1:1|personal coach\w*|private (?:lesson|session)|coaching session|"
            r"(?:lesson|session) with my (?:\w+ )?coach|with my (?:\w+ )?coach|session with coach|"
            r"(?:worked|working|time|work) with (?:the |my )?(?:\w+ )?coach|my coach and i|"
            r"1[- ]1 with (?:the |my )?coach|just (?:him|her|the coach) and me|"
            r"just me and (?:him|her|the coach)|"
            r"(?:lesson|session|hour|\d+ minutes) with the (?:\w+ )?(?:coach|pro)\b|"
            r"(?:batting|bowling|keeping|spin|cricket) lesson"
        ),
        ("cricket_coaching", "personal_coaching"),
    ),
    Row(
        "keeping practice",
        (
            r"wicket ?keeping|keeping|keepers? (?:training|drills?|session|work)|glove ?work|"
            r"kept wicket|behind the stumps"
        ),
        ("cricket_coaching", "wicket_keeping"),
    ),
    Row(
        "nets",
        (
            r"nets?|net session|net practice|had a hit|"
            rf"had a bowl(?! (?:\w+ ){{0,4}}?{AT_ONE_STUMP})|"
            r"faced (?:the|some) (?:quicks|seamers|spinners|bowlers|bowling)|had a bat"
        ),
        ("cricket_coaching", "netting"),
    ),
    Row(
        "batting drills",
        (
            r"batting drills?|batting practice|batting session|throwdowns|side ?arm|dog ?stick|"
            r"range hitting|power hitting|hitting session|bowling machine|"
            r"drills (?:for|on) (?:my |the )?(?:cover drive|pull|sweep|drives?|cut|defence|"
            r"defense|front foot|back foot|straight drive)"
        ),
        ("cricket_coaching", "batting_drills"),
    ),
    Row(
        "fielding practice",
        (
            r"(?<!my )fielding(?! (?:was|is|were|has been|wasn't|isn't))|catching practice|"
            r"slip catching|slip cordon|slips? practice|high catches|slip cradle|catching cradle|"
            r"\d+ catches in a row|a hundred catches|ground fielding|catching drills|"
            r"catching (?:session|clinic|work)|throwing drills|"
            r"(?:\d+ minutes of |some |a bit of |did )catching"
        ),
        ("cricket_coaching", "other"),
    ),
    Row(
        "bowling practice",
        (
            r"bowling (?:practice|session|drills?|training|workload|camp|clinic)|spin bowling|"
            r"bowled in the middle|"
            r"(?:bowled|bowling) (?:at|to|on) (?:a |the )?(?:single |1 |one |middle |lone |"
            r"off )?(?:target|cone|stump|marker)s?|"
            rf"(?:spot|target) bowling|{AT_ONE_STUMP}|"
            r"practi[sc](?:ed|ing|e) (?:my |some |the )?bowling|"
            r"spent (?:an? |half an |\d+ |the )?(?:hour|minutes|mins|hours|morning|afternoon|arvo|"
            r"evening|session) bowling"
        ),
        ("cricket_coaching", "other"),
    ),
    Row(
        "getting out",
        (
            r"(?:got|was|been|getting|get) (?:bowled|caught|stumped|run out|trapped lbw|given out)|"
            r"got out (?:first|second|third|\d+\w*) ball"
        ),
        ("cricket_match", "out"),
    ),
    Row(
        "a class",
        (r"spin class|spinning|spin session|yoga|pilates|boxing class|aqua\w*"),
        ("fitness", "other"),
    ),
    Row(
        "gym",
        (
            r"gym|weights|s&c|strength (?:and conditioning|session|work|training)|leg day|"
            r"lifting(?! (?:boxes|furniture|stuff|things|heavy boxes))|upper body|lower body|"
            r"bench press|squats|deadlifts|push day|pull day"
        ),
        ("fitness", "gym"),
    ),
    Row(
        "run",
        "run",
        ("fitness", "running"),
        unless_followed_by=(
            "out, outs, up(?! (?:the|a|to|and|hills?|mount\\w*|table)\\b), chase, rate, singles,"
            " twos, threes, a single, hard between, between, the ball, a ball, it down"
        ),
        unless_preceded_by=(
            "buy a, get a, score a, scored a, single, full, my, short, drop and, hit and, \\d,"
            " one, "
            "winning, a quick, extra, another, the first, a second"
        ),
        activity="run",
    ),
    Row(
        "ran",
        "ran",
        ("fitness", "running"),
        unless_followed_by="(?:\\w+ )?out, through, in, between",
        activity="run",
    ),
    Row("running", "running", ("fitness", "running"), unless_followed_by="between", activity="run"),
    Row(
        "a distance on foot",
        (
            r"did (?:a|an|the) \d+(?:\.\d+)? ?(?:k|km|miler?), (?:a|"
            r"an) (?:\w+ )?\d+(?:\.\d+)? ?k\b, "
            r"(?:easy|steady|quick|hard|slow|long) \d+(?:\.\d+)? ?(?:k|km|miles?)\b"
        ),
        ("fitness", "running"),
        unless_followed_by=NOT_ON_FOOT,
        activity="run",
    ),
    Row("a time trial", "time trial", ("fitness", "running"), "on the bike", activity="run"),
    Row(
        "runs and track work",
        (
            r"parkrun, park run, parkron, jog\w*, treadmill, tempo run, sprint session, intervals, "
            r"\d+(?:\.\d+)? ?k (?:run|jog|trot), (?:a|for a) trot\b, trot (?:along|around|"
            r"round)\b, "
            r"hit the road, (?:rounds|laps) (?:of|around|round) the (?:ground|oval|field|park|"
            r"track), "
            r"track session, hill sprints, sprints, shuttle runs, yo yo test, b(?:l)?eep test, "
            r"fartlek, on the track, track work, hill (?:session|reps), "
            r"\d+ ?x ?\d+ ?(?:m|metres|meters)\b, \d+s on the track"
        ),
        ("fitness", "running"),
        activity="run",
    ),
    Row(
        "swim",
        (
            r"swim\w*|swam|lengths in the pool|aqua\w*|(?:the|a) pool|laps in the pool|"
            r"pool session|\d+ lengths"
        ),
        ("fitness", "other"),
    ),
    Row(
        "a dip",
        "(?:a|an) (?:quick |cold |early |morning )?dip",
        ("fitness", "other"),
        unless_followed_by="in form, in the middle",
        activity="swim",
    ),
    Row(
        "ride",
        (
            r"bike|cycl\w*|bike ride|spin class|spinning|peloton|spin session|"
            r"(?:road|mountain) biking|"
            r"(?:went for|did|had|go for|going for) (?:a|an) (?:[\w.-]+ ){0,3}?ride\b|"
            r"\d+(?:\.\d+)? ?(?:k|km|kms|miles?) ride\b"
        ),
        ("fitness", "other"),
    ),
    Row(
        "yoga or pilates",
        (r"yoga|pilates"),
        ("fitness", "other"),
    ),
    Row(
        "other exercise",
        (
            r"boxing|crossfit|hiit|circuits?(?! breaker)|rowing|rower|hike|hiked|hiking|"
            r"walk(?:ed|ing|s)?(?! (?:out|off|in|back|away|through|to the crease))|"
            r"agility(?: ladder| work| session| drills)?|ladder (?:drills|work)|"
            r"cone (?:drills|work)|plyometrics|plyos|surf\w*|paddle ?board\w*|kayak\w*|climbing|"
            r"climbed|bouldering|skipping|aerobics|zumba|dance class|core and mobility|"
            r"core (?:work|session|workout|circuit)|mobility(?: work| session| routine)?"
        ),
        ("fitness", "other"),
    ),
)

# Words that name a kind of activity but not which one ("training", "a class"). They start an
# entry when nothing else has, and a later, more specific cue of the same kind refines them.
GENERIC_CUES: Final[tuple[Row, ...]] = (
    Row(
        "training",
        (
            r"training|practice|drills|centre wicket|middle practice|session with the squad|"
            r"coach (?:had|made|got) (?:us|me)"
        ),
        ("cricket_coaching", "other"),
    ),
    Row(
        "a workout",
        (r"workout|class|fitness session|conditioning|exercise"),
        ("fitness", "other"),
    ),
    Row(
        "a distance first",
        (r"^\d+(?:\.\d+)? ?(?:k|km|kms|miles?)\b(?! (?:swim|row|ride|cycle|bike|walk|paddle|ago))"),
        ("fitness", "running"),
    ),
    Row(
        "the indoor school",
        (r"indoor school|indoor centre"),
        ("cricket_coaching", "netting"),
    ),
)

# A keeper's figures that only a match gives ("3 byes", "a stumping", "2 catches"): keeping said
# with them is a match, unless a practice is named with it ("keeping drills, 50 catches").
KEEPING_FIGURES: Final[tuple[str, ...]] = phrases(
    r"(?:\d+|no|zero) byes?, (?:a|an|one|\d+|no) stumpings?, (?:\d+|a|one) catch(?:es)?"
)
PRACTICE_WORDS: Final[tuple[str, ...]] = phrases(
    "drills?, session, practice, training, nets?, lesson, coach, academy, clinic, machine"
)

# A cue is ignored when one of these comes just before it ("skipped the gym", "after the game").
CUE_NEGATORS: Final[tuple[str, ...]] = phrases(
    "skipped, skip, missed, missing, no, instead of, didn't do, didn't go to, after, before, next, "
    "tomorrow's, week's, weekend's, from, since, post, ahead of, for the, for tomorrow's, "
    "for saturday's, for sunday's, because, because the, because of the, cause, cos, coz, "
    "watched, watching, watch, watched the, watching the, on tv, ready for, looking forward to, "
    "preparing for, prepare for, getting ready for"
)

# Machines in a gym: named after the gym in one breath they are part of the session ("gym 40
# minutes, leg press and running machine"), not a run or a row of their own.
GYM_MACHINES: Final[tuple[str, ...]] = phrases(
    "running machine, treadmill, rowing machine, rower, exercise bike, bike, cross trainer, "
    "stepper, stair ?master, assault bike, spin bike, ski ?erg, watt ?bike"
)

# A plan, a booking or talk about the diary itself, not something done: a clause with one of
# these opens no entry, nor do the clauses after it in its sentence until one names a day that
# has come ("... must log my own training, so: this morning a run-walk").
PLANS: Final[tuple[str, ...]] = phrases(
    r"(?<!for )(?<!before )(?<!of )tomorrow, (?<!game )plan, plans, planning, note to self, "
    r"reminder, "
    r"(?:need|needs|have|has|got|want|must) to (?:book|organise|organize|sort out|arrange), "
    r"book(?:ed)? (?:in )?(?:a|some|the|my), booking, "
    r"(?:i'?m|we'?re|i am|we are|i'?ll be) going to, gonna, i'll, we'll, i will, we will, "
    r"next (?:week|fortnight|month|season|time), this (?:coming|weekend|week) (?:i|we), "
    r"(?:must|have to|need to|supposed to) (?:log|record|track|write down), coaching course, "
    r"(?:once|twice|\d+(?: \w+)?) a (?:week|fortnight|month), "
    rf"(?:is|are|'s) (?:on )?(?:this )?{WEEKDAY}, (?:is|are) playing, we're playing, "
    r"(?:we|i) (?:have|'ve got|have got) (?:a|the|our) (?:\w+ )?(?:game|match|trial|final|"
    r"semi|t20), "
    r"hopefully, hoping to, hope to, probably be, (?:try|trying) (?:and|to) get to the, "
    r"(?:start|starts) (?:again|back)"
)

# The rest of life: a clause about these that names no activity, figure or effort is an aside,
# not part of a session's details ("My boss has been on my case", "my sister's wedding"), and
# praise or a fault said of them is not a note ("the traffic home was terrible").
LIFE_WORDS: Final[tuple[str, ...]] = phrases(
    "boss, office, missus, wife, husband, girlfriend, boyfriend, "
    "kids, wedding, christmas, party, exams, exam, uni assignment, bus, train home, traffic, "
    "car park, parked, parking, dinner, battery, phone, holiday, selectors, selection, "
    "mum, mummy, mom, dad, daddy, brother, sister, bhai, cousin, family, birthday, breakfast, "
    "on the way home, the way home, drive home, commute, coffee"
)
# The player's people: a clause whose subject they are ("my mother made biryani for the team",
# "the missus is on at me to fix the fence", "my da's car broke down") is about their day, not
# the player's, even on a rest day.
FAMILY: Final[tuple[str, ...]] = phrases(
    "mum, mom, mam, mammy, mother, ma, dad, da, father, wife, missus, husband, sister, brother, "
    "cousin, kids, kid, son, daughter, granny, nan, grandad, uncle, auntie, aunt, girlfriend, "
    "boyfriend, fiancee, in-laws, neighbour, boss, cat, dog"
)
# What one of them does, said straight after ("my father is saying", "the missus wants", "my da's
# car broke down"): in a run-on note, the start of their part of it.
FAMILY_VERBS: Final[tuple[str, ...]] = phrases(
    "is, was, has, had, have, got, gets, made, makes, making, came, comes, coming, says, said, "
    "saying, reckons, reckoned, wants, wanted, needs, called, rang, phoned, broke, been, are, "
    "were, just, finally, always, took, takes, going, getting, kept, keeps, cooked, won't, can't, "
    "didn't, isn't, wasn't"
)
# Words of life that are cricket words too ("diving work", "my flight", "my batting partner"):
# they make an aside of a clause with no note in it, but a note said of them stays a note.
LIFE_OR_CRICKET_WORDS: Final[tuple[str, ...]] = phrases("work, work's, job, partner, flight")

# Words that turn away from the session in the middle of a run-on note ("... good session anyway
# dave's been picked for the firsts"): each begins a clause of its own, so that what follows can be
# told apart from what was done.
TURNS_AWAY: Final[tuple[str, ...]] = phrases("anyway, anyways, oh and, by the way")

# Words that open a new activity in a list of them ("..., then nets").
SEQUENCERS: Final[tuple[str, ...]] = phrases(
    "then, and then, after that, afterwards, later, later on, followed by, also, plus, finished "
    "with, finished off with"
)

# Words that may join the activities of a list said before their details ("did a swim and then
# some yoga, 30 minute swim easy, ...").
LIST_JOINS: Final[tuple[str, ...]] = phrases(
    "and, then, plus, a, an, some, the, bit, of, followed, by, with, did, had, i, went, for, do, "
    "got, also, session, sesh, quick"
)

# Words for a day that, after "and", start another activity ("rest day yesterday and gym today").
DAY_OPENERS: Final[tuple[str, ...]] = phrases(
    "today, yesterday, tonight, this morning, this afternoon, this arvo, this evening, last night, "
    "on monday, on tuesday, on wednesday, on thursday, on friday, on saturday, on sunday"
)

# Words before the player's score ("made 32", "chipped in with 12").
RUN_VERBS: Final[str] = (
    r"(?:scored|score|scores|made|make|makes|got|get|hit|smashed|knocked|compiled|"
    r"top scored with|chipped in with|contributed|managed|finished (?:on|with)|ended (?:on|with)|"
    r"added|posted|racked up|notched(?: up)?|bagged|mek)"
)
# After a figure, words that make it a count of something other than runs ("2 for 30").
NOT_RUNS_AFTER: Final[str] = (
    r"(?!\s*(?:for|fer|wickets?|overs?|catch|catches|stumpings?|byes|fours|sixes|balls|minutes|"
    r"mins|hours?|km|k|miles|maidens?|run outs?)\b)"
)

# How the player's score is said; the runs are the first group. The first said after "I" wins,
# else the first said (see match.py).
SCORES: Final[tuple[Row, ...]] = (
    Row(
        "a score then run out",
        rf"{RUN_VERBS}\s+(?:(?:a|an)\s+)?(?:[a-z]+\s+)?(\d+)\b(?=\s+run out\b)",
        ("runs",),
    ),
    Row(
        "made N",
        rf"{RUN_VERBS}\s+(?:(?:a|an)\s+)?(?:[a-z]+\s+)?(\d+)\b{NOT_RUNS_AFTER}",
        ("runs",),
    ),
    Row("N not out", r"(\d+)\s*(?:runs\s+)?(?:not out|\*)", ("runs",)),
    Row(
        "a fifty",
        rf"(?:a|my) (?:[a-z]+ ){{0,2}}?(50|100|150|200)\b{NOT_RUNS_AFTER}",
        ("runs",),
        unless_followed_by="runs?, partnership, stand, metres?, meters?, m, over, up",
    ),
    Row("N with the bat", r"(\d+)\s+(?:runs\s+)?with the bat\b", ("runs",)),
    Row("batted for N", rf"batted for (?:a |an )?(?:[a-z]+ )?(\d+)\b{NOT_RUNS_AFTER}", ("runs",)),
    Row(
        "out for N",
        r"(?:out|dismissed|bowled|caught|stumped|lbw|(?<!\d )wicket|castled|cleaned up|trapped|"
        r"pinned|plumb|holed out|nicked off)\b[^.,\d]{0,25}?\b(?:for|on) (\d+)\b" + NOT_RUNS_AFTER,
        ("runs",),
    ),
    Row(
        "N off M balls",
        r"(\d+)\s+(?:runs\s+)?(?:off|from|in)\s+\d+\s*(?:balls|deliveries|ball)\b",
        ("runs",),
    ),
    Row(
        "N before I got out",
        r"(\d+)\s+(?:runs\s+)?(?:(?:in|on|at|during) [a-z ]{1,25}?\s+)?"
        r"before\s+(?:i\s+)?(?:was|got|get|getting|being|holing)\b",
        ("runs",),
    ),
    Row(
        "N runs",
        r"(\d+)\s+runs?\b",
        ("runs",),
        unless_preceded_by=(
            "for, conceded, gave, give, by, by only, by just, by about, by around, chasing, need, "
            "needed, needing, wicket, wickets, maiden, maidens, over, overs, of, under, leaked, "
            "maiden [,], maidens [,], over [,], overs [,], wicket [,], wickets [,]"
        ),
        unless_followed_by=r"(?:off|in|from) \d+ overs, to win, to spare, to get, to chase, out",
    ),
    Row(
        "N off M",
        r"(\d+)(?=\s+(?:off|from)\s+\d+\b(?!\s*(?:overs?|\.\d)))",
        ("runs",),
        unless_preceded_by="for, /, -, conceded, gave, went for, leaked, \\d",
    ),
)

# How a batter got out. First match in the sentence of the innings wins, so phrases come first.
DISMISSALS: Final[tuple[Row, ...]] = (
    Row(
        "not out",
        (r"not out|unbeaten|\d+\*"),
        ("not_out",),
    ),
    Row(
        "hit wicket",
        (
            r"hit (?:my )?wicket|tr(?:od|ode|ead) on (?:my|the) (?:own )?stumps|"
            r"knocked (?:off )?my own bails|knocked the bails off|"
            r"(?:dislodged|clipped) (?:the|my) bails|"
            r"(?:hit|broke|kicked|clipped) (?:the|my) stumps with my (?:bat|foot|back foot|pad|"
            r"heel)|"
            r"bails off with my"
        ),
        ("hit_wicket",),
    ),
    Row(
        "run out",
        (r"run out|ran myself out|got myself run out"),
        ("run_out",),
    ),
    Row(
        "stumped",
        (r"stumped|stumping me|got stumped|gets stumped|get stumped"),
        ("stumped",),
    ),
    Row(
        "lbw",
        (r"lbw|leg before|plumb in front|trapped in front|pinned in front"),
        ("lbw",),
    ),
    Row(
        "caught",
        (
            r"caught(?! (?:a|an|one|two|\d+|him|her|them|it)\b)|c ?(?:&|and) ?b|"
            r"nick(?:ed|ing) (?:one|it|off)"
        ),
        ("caught",),
    ),
    Row(
        "caught in other words",
        (
            r"edged (?:one|it)|skied (?:one|it)|holed out|picked out|top[- ]edged|"
            r"gloved (?:one|it)|feathered (?:one|it)|"
            r"(?:nicked|edged|gloved|feathered) (?:one |it )?(?:to|behind)|"
            r"(?:chipped|spooned|lobbed|popped|dollied|miscued|sliced|slapped) (?:one|it|"
            r"a catch) (?:straight |tamely |up |back |right )?to"
        ),
        ("caught",),
    ),
    Row(
        "bowled",
        (
            r"(?:got|get|gets|getting|was|been|being|clean|out) bowled|"
            r"bowled (?:for|by|through|neck)|"
            r"(?<!were )(?<!we )(?<!they )(?<!got )(?<!us )(?<!them )bowled out(?! for \d{3}|"
            r" them)|"
            r"(?:\d+|balls|deliveries|runs) bowled$|^bowled$|"
            r"bowled (?:first|second|third|fourth|fifth|sixth|last|\d+\w*) ball|castled|"
            r"cleaned (?:me )?up|knocked (?:over|my off stump|my stumps)|"
            r"(?:lost|had) my (?:off|middle|leg) stump|timber|"
            r"(?:chopped|dragged|inside edged|inside-edged) (?:one |it )?on(?:to (?:my|"
            r"the) stumps)?|"
            r"played (?:one|it) on"
        ),
        ("bowled",),
    ),
    Row(
        "other dismissals",
        (r"timed out|obstruct\w*|retired|handled the ball|hit the ball twice|mankad\w*"),
        ("other",),
    ),
)

# Match results. Checked in this order; the first that matches wins.
RESULTS: Final[tuple[Row, ...]] = (
    Row(
        "no result",
        (r"no result|rained off|washed out|abandoned|called off|rain ruined|got rained"),
        ("no_result",),
    ),
    Row(
        "tied",
        (r"tied|a tie|scores level|scores were level|ended level"),
        ("tied",),
    ),
    Row(
        "drawn",
        (r"draw|drew|drawn"),
        ("drawn",),
    ),
    Row(
        "lost",
        (
            r"we lost|lost by|lost to|lost the (?:game|match|final)|lost it|beaten by|got beat|"
            r"we lose|lose by|lose to|we got beaten|we were beaten|came up short|came second|"
            r"on the losing|lost narrowly|lost comfortably|lost badly|lost heavily|"
            r"(?:a |the )?defeat|ended up losing|losing by|"
            r"(?:thumped|hammered|smashed|done|rolled|thrashed) by|went down to|went down by|"
            r"got (?:rolled|thumped|hammered|belted|towelled up|done)|"
            r"we got (?:smashed|thrashed|stuffed|pumped|flogged)|a loss|defeat|losing side|"
            r"fell short|fell (?:\w+ ){1,3}?short|they won|they beat us|"
            r"they (?:got|knocked (?:it|them) off|got home|chased (?:it|them)(?: down)?|"
            r"chased down)|"
            r"(?:bowled|knocked|skittled|rolled) us out\b.{0,40}?\b(?:knocked (?:it|them) off|"
            r"chased (?:it|them)|got (?:there|home))|"
            r"(?:^|(?<=, )|(?<=\d ))lost(?! (?:my|the toss|focus|concentration|shape|count))|"
            r"lost(?= ,|$)|"
            r"(?:and|but|then|sadly|unfortunately|eventually|narrowly|just) lost\b(?! (?:my|"
            r"the toss|focus|concentration|shape|count|the plot))"
        ),
        ("lost",),
    ),
    Row(
        "won",
        (
            r"won(?! the toss)|we win|win by|beat(?! the (?:bat|edge|outside))|"
            rf"we (?:{BEAT_VERBS})|"
            r"we were victorious|(?:got|get) the (?:w|dub)|(?:took|take) the win|"
            r"chased (?:it|them|the \w+) down|"
            r"(?:chased|knocked|got) (?:it|them|there|home)(?: off)? with \w+ (?:wickets?|overs?|"
            r"balls?) (?:in hand|to spare)|"
            r"(?:bowled|knocked|skittled|rolled) them out\b.{0,40}?\b(?:knocked (?:it|them) off|"
            r"chased (?:it|them)|got (?:there|home))|"
            r"chased down|victory|winning side|got the win|got over the line|we got home|"
            r"(?:we )?got up by|we got up\b|pulled off the (?:chase|win)|got us home|we got there|"
            r"we knocked (?:it|them) off|so a win|(?:it was|was) a win|an easy win|"
            r"a comfortable win|a narrow win|a good win|a big win|(?:ended up|end up) winning"
        ),
        ("won",),
    ),
)

# Phrases that mark a clause as something to work on, or as something that went well.
IMPROVE_CUES: Final[tuple[str, ...]] = phrases(
    r"(?<!didn't )(?<!didnt )(?<!did not )need to, needs to, needed to, have to, got to, gotta, "
    "must, work on, improve, "
    r"still(?! (?:won\b|got the win|managed|made it|got there|enjoyed)), "
    "shelled, grassed, spilled, "
    r"put down, like a drain, all over the shop, off a bit, "
    r"(?:isn't|wasn't|not|weren't|aren't) (?:there|happening|coming|timing|landing|clicking|"
    r"middling|connecting|coming off), "
    r"struggl\w*, poor, slow, sloppy, dropp\w*, missed, nick\w* off, kept nicking, lost my, "
    r"crept in, overstep\w*, not proper, losing (?:my|the) \w+, could be better, rusty, "
    r"hurried, need (?:a bit |a lot |much )?more, needs (?:a bit |a lot |much )?more, "
    r"(?:a |little |a little )?bit (?:short|full|wide|slow|late|loose|off|quick), "
    r"(?:unhappy|frustrated|annoyed|disappointed|angry|not happy|not pleased|cheesed off|"
    r"fed up|gutted) with, "
    r"inconsistent, wayward, sprayed, "
    "leaked, went for plenty, expensive, falling away, falling over, stuck, late on, issue, "
    r"problem, couldn't, can't, weak, (?<!not )(?<!wasn't )(?<!not too )(?<!not that )bad, wrong, "
    r"work in progress, keeps, keeps? \w+ing, "
    r"kept (?!hitting|landing|finding|middling|nailing|timing)\w+ing, too \w+, "
    "lacking, tired, awful, rubbish, shocker, terrible, all over the place, ugly, errors?, "
    r"let (?:me|myself|us|the (?:team|side)) down, letting me down, "
    r"mistakes?, misfield\w*, fumbl\w*, no-balls?, no balls?, wides?, nicked, edgy, scratchy, "
    r"needs? (?:some |more |a bit of |a lot of )?work, needs? sorting, needs? fixing, weakness\w*, "
    r"mistim\w*, miscu\w*, got out, getting out, kept getting, keep getting, gave (?:it|my wicket) "
    r"away, chasing wide ones?, chased a wide one, played (?:and|n) missed, beaten (?:all ends|"
    r"outside), all over it, off line, short and wide, too short, too full, dragging it down, "
    r"dragged it down, leaking, tense, rushed, rushing, lazy, loose, ran out of steam, "
    r"didn't work, did not work, not working, isn't working, wasn't working, ropey, "
    r"hard work, messy, clumsy, average, frustrating, let (?:myself|the team) down, cost us, "
    r"should have, should've, shouldn't have, could have, could've, next time, focus on, "
    r"working on, to work on, target for, sort out, fix, tidy up, iron out, bit off, "
    r"not quite, not there yet, a way to go, room for improvement, poor shot, soft dismissal, "
    r"poorly, badly, terribly, awfully, ordinary, needs? (?:\w+ )?improvement, "
    r"needs? improving, improvement needed, squared up, collaps\w*, wonky, swung and missed, "
    r"shocking, (?:going|drifting|straying|sliding|slipping|spraying) down leg, top edg\w*, "
    r"not sure about, unsure about"
)
GOOD_CUES: Final[tuple[str, ...]] = phrases(
    r"well, good, great, solid, clean\w*, lovely, sweet, nice\w*, better, tidy, accurate, "
    r"consistent\w*, quick, confident, middl(?:ed|ing|es), soft, happy with, pleased with, "
    r"strong, sharp, "
    r"crisp, flowing, improv\w*, rhythm, timing, excellent, brilliant, fantastic, superb, "
    r"straighter, much \w+er, smoother, smooth, nailed, landed, found my, smashed, timed, "
    r"hit the stumps, "
    "loads, spot on, on "
    r"point, beautiful, perfect, fluent, tight, corrected, fixed, sorted, safe, safely, "
    r"(?:took|held|caught|grabbed) (?:nearly |almost |just about )?everything, easily, easy, "
    r"comfortably, "
    r"(?:was|were|is|are) up, (?:\w+er|more \w+) now, "
    r"coming out (?:\w+ )?(?:nice|nicely|well|great|good|beautifully|lovely|sweet|sweetly), "
    r"a lot \w+er, way \w+er, \w+ing well, landing, on song, clicking, came off, happy, "
    r"coming along, coming on, getting there, getting better, paying off, clicked, clicking, "
    r"finally got, came together, starting to come, coming back, "
    r"pleased, proud, enjoyed, positive, progress, firing, flying, savage, on fire, "
    r"hit (?:it )?(?:well|sweetly|cleanly|hard), found the middle, found (?:my|some) (?:rhythm|"
    r"form|length|line|groove), in (?:good )?rhythm, in form, moving well, reading it well, "
    r"picked (?:it|the length) (?:up )?early, got good \w+, good \w+, decent, handy, useful, "
    r"effective, economical, tidy spell, pace (?:was )?up, quicker, faster, sharper, cleaner, "
    r"top of off, hitting (?:a|my|the) length, on a length, "
    r"(?:was|were|is|are|looked|felt) (?:pure |proper |absolute |top )?(?:class|mint|quality|"
    r"elite|gun|the business|money|on the money|bang on|lekker|unreal|a treat), "
    r"amazing, awesome, incredible, (?:hit|got|scored) the winning runs?, "
    r"(?:didn't|didnt|did not) (?:drop|miss|put down) (?:one|a thing|anything|a catch), no drops, "
    r"hitting (?:the )?(?:base of the |top of )?(?:stumps|off stump), "
    r"caught (?:nearly |almost )?(?:all|most) of them, not (?:too |that )?bad, wasn't bad, "
    r"going alright, "
    r"ripping, swung, swinging, for once, "
    r"got (?:my|the) [\w ]+ (?:working|turning|swinging|going), much more \w+, "
    r"start(?:ed|ing) (?:to )?(?:turn|swing|click|come|land|grip)\w*, "
    r"hit (?:\w+ ){0,2}(?:in|out of|off) the middle"
)
# Improvement cues that look ahead: the words after them are the goal ("need to get straighter").
GOAL_CUES: Final[tuple[str, ...]] = phrases(
    "need to, needs to, needed to, have to, has to, got to, gotta, must, work on, working on, "
    "want to, wanna, should, focus on, next time, trying to, try to, aim to, aiming to"
)
# Praise for progress on something worked on ("working on my pull, it's coming along").
PROGRESS_CUES: Final[tuple[str, ...]] = phrases(
    r"getting better, coming along, coming on, coming together, improving, clicked, clicking, "
    r"paying off, getting there, starting to click, starting to come, much better, way better, "
    r"a lot better, better now, improved"
)
CONTRASTS: Final[tuple[str, ...]] = phrases("but, though, although, however, whereas, yet")

# Words with no content of their own, dropped when deciding if a clause says anything.
STOPWORDS: Final[frozenset[str]] = frozenset(
    phrases(
        "a, afternoon, also, an, and, anything, arvo, at, be, been, bit, complete, day, did, "
        "didn't, do, evening, for, go, had, have, i, i'm, im, in, is, it, it's, just, last, "
        "lot, me, morning, much, my, night, no, not, nothing, of, off, on, only, our, pretty, "
        "really, recovery, rest, session, so, some, take, that, the, then, this, to, today, "
        "tonight, took, training, very, was, we, well, went, with, yesterday, all, else, at all, "
        "whole, both, days, week, myself, that, about, though, tho, after, eh, hey, monday, "
        "tuesday, wednesday, thursday, friday, saturday, sunday, were, is, still, anyway, however, "
        "yet, but, although"
    )
)

# Lower-case team names of more than one word: a word that starts a longer name ("st kilda"),
# and a word that ends one ("hutt valley", "bexley cc").
NAME_PREFIXES: Final[frozenset[str]] = frozenset(
    phrases(
        "st, saint, north, south, east, west, northern, southern, eastern, western, new, old, "
        "upper, lower, port, mount, mt, fort, great, little, royal, central, king's, kings, "
        "queen's, queens, green, red, blue, west end, sunrise, sunshine, golden"
    )
)
NAME_SUFFIXES: Final[frozenset[str]] = frozenset(
    phrases(
        "cc, c.c., cricket, club, united, city, town, rovers, wanderers, districts, district, "
        "valley, park, hill, hills, heights, green, vale, colts, seconds, firsts, thirds, 2nds, "
        "1sts, 3rds, xi, collegians, old boys, strollers, nomads, tigers, lions, hawks, eagles, "
        "sharks, bay, beach, heath, wood, bridge, harbour, rangers, athletic, county, academy, "
        "institute, college, school, grammar, high, village, saints, ladies, women, girls, uni, "
        "university, gymkhana, u19, u17, u15, u23"
    )
)

# Words that are never a team's name, for "against X" when X is not capitalised.
NOT_OPPONENTS: Final[frozenset[str]] = frozenset(
    phrases(
        "a, an, and, at, bowler, bowlers, but, by, clock, fast, for, good, her, him, i, in, it, "
        "last, my, new, odds, on, our, pace, quick, quicks, rain, seam, short, spin, spinners, "
        "strong, swing, that, the, their, them, this, today, tomorrow, top, us, weak, well, "
        "wind, yesterday"
    )
)
