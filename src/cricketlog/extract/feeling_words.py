"""The words for feelings and effort, kept as data: mood and body words, the anchors that say
which of the two a word is about, intensities, negators.

The same words describe the head, the body and the session ("good", "heavy", "flat"), so these
tables are read together by :mod:`cricketlog.extract.feelings`. Like :mod:`vocab`, a new word is
one line in one table; phrases are plain text, matched whole-word and case-insensitively.
"""

from __future__ import annotations

from typing import Final

from cricketlog.extract.vocab_syntax import phrases

# Words that may stand around a scale word in a clause that says nothing else ("bit flat",
# "pretty happy though"): such a clause is about how the player felt.
FEELING_FILLERS: Final[frozenset[str]] = frozenset(
    phrases(
        "a, bit, little, pretty, really, very, so, quite, just, kinda, kind, of, all, abit, "
        "though, tho, eh, hey, today, overall, now, honestly, yaar, mate, man, lol, but, and, "
        "still, too, super, proper, absolutely, totally, completely, fairly, rather, a bit, "
        "about, it, that, after, afterwards, weekend, week, day, long, whole, round, around, "
        "time, general, generally"
    )
)

# Scale words, shared by mental state and recovery quality. Phrases before single words.
SCALE_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "excellent": phrases(
        "on top of the world, over the moon, on cloud nine, top of the world, excellent, "
        "in a great place, in a great space, great space, "
        "brilliant, amazing, fantastic, great, outstanding, buzzing, superb, awesome, unreal, "
        "so excited, best feeling ever, couldn't be happier, could not be happier, "
        "incredible, elated, stoked, pumped, perfect, phenomenal, wonderful, ecstatic, hyped, "
        "immaculate, "
        "chuffed to bits, chuffed tae bits, made up, rapt, stoked to bits, rapt with, "
        "over the moon with, "
        "on fire, top notch, unbelievable, sensational, "
        "ten out of ten, 10 out of 10, the best i've felt, never felt better, walking on air, "
        "over the moon, brand new, good as new, like new, brilliantly, superbly, flying"
    ),
    "good": phrases(
        "in a good place, in a good headspace, pretty good, really good, good, positive, "
        "in a good space, good space, good spot, "
        "confident, happy, sharp, focused, focussed, calm, clear, fresh, relaxed, pleased, "
        "excited, came right, "
        "chuffed, lekker, chipper, much better, heaps better, a lot better, "
        "content, motivated, upbeat, settled, well, strong, switched on, keen, lovely, enjoyed, "
        "nicely, proud, solid, composed, in control, at ease, satisfied, encouraged, "
        "optimistic, refreshed, energised, energized, good nick, in good nick, nice, real good, "
        "quite good, fairly good, up for it, in the zone, dialled in, locked in, clear headed, "
        "clear-headed, rested, recovered, bouncy, spritely, sprightly, sound, "
        "in a good headspace, good headspace, good head space, mentally fresh"
    ),
    "okay": phrases(
        "nothing special, nothing amazing, up and down, so-so, so so, okay, ok, alright, all "
        "right, fine, average, mixed, meh, not bad, not too bad, middling, neutral, steady, "
        "decent, mixed bag, so and so, could be better, could be worse, indifferent, okay-ish, "
        "ok-ish, "
        "ordinary, fair, reasonable, manageable, bit flat but okay, bit of both, not great not "
        "terrible, nothing to write home about, 50/50, fifty fifty, half and half, distracted, "
        "mixed feelings, mixed emotions, so mixed, mixed really, mixed overall"
    ),
    "poor": phrases(
        "pretty ordinary, bit ordinary, all over the place, all over the shop, in a bad place, "
        "vexed, not right, wasn't right, not myself, not feeling myself, off the boil, "
        "not in a good place, fed up, "
        "bit down, poor, bad, "
        "in a bad space, bad space, dark place, in a dark place, foggy, muddled, scattered, "
        "hazy, cloudy, "
        "awful, rubbish, terrible, horrible, frustrated, frustrating, flat, low, down, "
        "stressed, anxious, nervous, gutted, annoyed, angry, disappointed, deflated, drained, "
        "tired, sore, aching, aches, achy, shattered, knackered, wrecked, dead, stiff, worried, "
        "upset, miserable, rattled, sad, crap, shocking, lousy, sluggish, heavy, tight, "
        "filthy, spewing, dirty on myself, fuming, livid, raging, seething, poorly, badly, "
        "cooked, fried, spent, burnt out, burned out, frazzled, overwhelmed, gloomy, "
        "bored, demotivated, unmotivated, lethargic, fatigued, exhausted, battered, broken, "
        "destroyed, rough, ropey, sore as, flat as, dusty, shot, stuffed, done in, low on "
        "confidence, doubting myself, in my own head, in a funk, all at sea, scrambled, "
        "nervy, edgy, tense, on edge, irritated, pissed off, shattered, heartbroken, "
        "devastated, embarrassed, fragile, struggling, nervous wreck, disturbed, unsettled"
    ),
}

# Scale words that are about the mind whoever says them: no "mentally" or "head" needed.
MOOD_WORDS: Final[frozenset[str]] = frozenset(
    phrases(
        "chuffed to bits, made up, rapt, lekker, filthy, spewing, dirty on myself, stoked to bits, "
        "fuming, livid, raging, seething, "
        "chipper, hyped, mixed feelings, mixed emotions, so mixed, mixed really, mixed overall, "
        "rapt with, over the moon with, "
        "excited, so excited, vexed, not myself, couldn't be happier, could not be happier, "
        "angry, annoyed, anxious, bit down, buzzing, calm, chuffed, "
        "confident, content, deflated, disappointed, ecstatic, elated, enjoyed, fed up, "
        "proud, composed, satisfied, encouraged, optimistic, in the zone, dialled in, locked "
        "in, clear headed, clear-headed, demotivated, unmotivated, frazzled, overwhelmed, "
        "gloomy, doubting myself, in my own head, in a funk, nervy, on edge, irritated, "
        "pissed off, heartbroken, devastated, embarrassed, walking on air, up for it, "
        "distracted, low on confidence, burnt out, burned out, never felt better, "
        "focused, focussed, frustrated, gutted, happy, in a bad place, in a good headspace, in "
        "a good place, miserable, motivated, nervous, on cloud nine, on top of the world, over "
        "the moon, pleased, positive, pumped, rattled, sad, stoked, stressed, switched on, "
        "upbeat, upset, worried"
    )
)

# Scale words that after a bare "I was" / "I'm" describe the player's game, not their mood
# ("against the short ball I was struggling"); with an anchor they are a mood again.
PLAY_WORDS: Final[frozenset[str]] = frozenset(phrases("struggling"))

# Words that say a feeling covers every activity in the utterance, not only the last one.
OVERALL_WORDS: Final[tuple[str, ...]] = phrases(
    "all day, both, both days, both sessions, overall, throughout, across the board, all week, "
    "the whole day, whole day, all weekend, the whole weekend, the whole time, all round, "
    "all around, in general, generally, for both, in both, each time, every session, "
    "all of them, all three, the lot, whole weekend, all weekend long, on both, both of them, "
    "all week long, the whole week, whole week, over the two days, over both days, "
    "across the weekend, over the weekend, across both days, across the week, all of it"
)

# Words that say a scale word is about the mind, or about the body.
MIND_ANCHORS: Final[tuple[str, ...]] = phrases(
    "mentally, mental, mentality, head, heads, head's, head-wise, headwise, mind, minds, mood, "
    "heid, heid's, "
    "mind's, mood's, mood was, brain's, confidence's, "
    "headspace, head space, mindset, spirits, in myself, emotionally, confidence, mental state, "
    "frame of mind, "
    "in the head, in the mind, in my mind, "
    "mentally speaking, brain, in my head, vibes, morale, attitude, "
    "focus, the mental side, mental side"
)
# Scale words that describe the body whoever says them: said on their own ("Tired but happy")
# they are how the body felt, not the mind.
BODY_WORDS: Final[frozenset[str]] = frozenset(
    phrases(
        "tired, sore, aching, aches, achy, stiff, knackered, shattered, exhausted, fatigued, "
        "wrecked, battered, broken, tight, heavy, sluggish, lethargic, fresh, rested, "
        "recovered, sore as, stuffed, done in, buggered, shot, spent, cooked, dead, rooted, fried"
    )
)

# Words that may come just before "felt"/"feel": the player, a joining word, or a time or amount
# that closes what came before ("about twenty minutes felt alright"). "The ball felt good" is
# about the ball, not the mind.
FEEL_SUBJECTS: Final[frozenset[str]] = frozenset(
    phrases(
        "i, and, but, so, then, after, afterwards, just, still, now, overall, really, generally, "
        "also, honestly, i've, ive, always, all, both, we, everyone, actually, yeah, ok, okay, "
        "mi, me, way, "
        "though, lol, minutes, mins, min, hour, hours, hr, hrs, h, k, km, kms, miles, laps, "
        "lengths, overs, balls, runs, fours, sixes, wickets, catches, maidens, byes, out, today, "
        "tonight, morning, afternoon, arvo, evening, night, later, day, end, finish"
    )
)
TRAINED_VERBS: Final[tuple[str, ...]] = phrases(
    "did, doing, do, done, trained, worked, hit, smashed"
)
"""Before a body part, these make it what was trained ("did legs"), not how it feels."""

BODY_ANCHORS: Final[tuple[str, ...]] = phrases(
    "body, body's, legs, recovery's, my recovery, recovery was, recovery is, recovered, "
    "recovering, physically, muscles, hamstring, hamstrings, calves, my back, shoulder, recovery, "
    "hamstring's, shoulder's, knee's, back's, calf's, ankle's, groin's, "
    "recovery feels, recovery felt, recovery has been, recovery's been, "
    "shoulders, knees, knee, quads, glutes, groin, ankle, ankles, hips, joints, niggle, "
    "niggles, sleep, slept, energy, energy levels, fitness-wise, bodywise, body-wise, "
    "my bowling arm"
)

# Intensity words. Phrases first; negation moves a word to the middle of the scale.
INTENSITY_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "high": phrases(
        "flat out, all out, really pushed, pushed hard, pushed myself, gave it everything, went "
        "hard, full tilt, max effort, maximum effort, hard, intense, tough, brutal, heavy, "
        "exhausting, killer, savage, punishing, gruelling, grueling, demanding, high intensity, "
        "sprinting, fast, hectic, full on, full-on, flat stick, hard effort, hard going, "
        "tough going, proper hard, smashed it, emptied the tank, left it all out there, "
        "nothing left, went all in, pushed it, pushed it hard, big effort, max, maxed out, "
        "hardcore, insane, crazy hard, lung buster, lung-buster, beasted, beasting, "
        "absolute killer, a grind, spicy, red line, redlined, pb pace, race pace, threshold, "
        "absolutely blowing, blowing hard, i was blowing, was blowing, blowing by the end, "
        "full speed, flat chat, absolutely wrecked, wrecked after, cooked after, dying by the end, "
        "cooked afterwards, wrecked afterwards, absolutely cooked, "
        "out of breath, gassed, huffing and puffing, sweating buckets, flogged myself, "
        "pure pain, hard out, blowing hard, intensity was high"
    ),
    "medium": phrases(
        "solid but not flat out, decent pace, pace was decent, moderate, steady, medium, tempo, "
        "comfortable, "
        "normal, average pace, middling, medium effort, moderate effort, mid, not too hard, "
        "not too easy, nothing too heavy, controlled, solid, fair pace, half pace, 70 percent, "
        "70%, 7 out of 10, manageable, reasonable, "
        "middle of the road, bit of a push, nothing crazy, nothing too crazy, nothing mad, "
        "nothing major, nothing too strenuous, intensity was medium, intensity was moderate, "
        "medium intensity, moderate intensity"
    ),
    "low": phrases(
        "recovery pace, recovery swim, recovery run, recovery jog, easy, light, gentle, relaxed, "
        "slow, slowly, gently, "
        "chilled, leisurely, easy-going, low intensity, cruisy, cruise, easy going, chill, "
        "no stress, casual, nice and easy, easy effort, low key, low-key, soft, mellow, "
        "stroll, gentle pace, taking it easy, took it easy, kept it easy, active recovery, "
        "recovery ride, recovery spin, recovery session, walking pace, barely broke a sweat, "
        "half speed, stretchy, restorative, took it handy, handy enough, handy pace, no racing, "
        "intensity was low, intensity low, low effort, "
        "cruised, cruised it, just cruised, cruising, relaxing, nothing silly, didn't push it, "
        "conversational pace, ticking over, kept it ticking over, nothing strenuous, "
        "didnt push it, didn't push myself, didnt push myself, didn't go hard, didnt go hard"
    ),
}

NEGATORS: Final[tuple[str, ...]] = phrases(
    "not, n't, never, wasn't, isn't, didn't, don't, no, nothing, hardly, wasnt, isnt, didnt, "
    "dont, werent, aint, nor, barely"
)

# A scale word said of someone else is not the player's mood: right after it ("stoked for him",
# "fair play to her") or said of the family ("mum is made up", "the missus was thrilled").
SAID_FOR_OTHERS: Final[tuple[str, ...]] = phrases(
    "for him, for her, for them, for the lad, for the lads, for the boys, for the girls, to him, "
    "to her, to them"
)
OTHER_SUBJECTS: Final[tuple[str, ...]] = phrases(
    "mum, mom, dad, the missus, the wife, my wife, my husband, the kids, my brother, my sister"
)

# Words that make a scale word about something other than the player's mind or body.
# Before it, the day itself ("the weather was miserable"):
CONDITIONS: Final[tuple[str, ...]] = phrases(
    "weather, conditions, pitch, wicket, outfield, forecast, rain, wind, traffic, commute"
)
# After "head", the batter's head in the shot ("head position"), not the mind:
HEAD_IN_A_SHOT: Final[tuple[str, ...]] = phrases(
    "position, still, over the ball, falling, fell, movement, height, alignment, was still"
)
# After "recovery", a kind of session ("recovery run"), not how the body is:
RECOVERY_SESSIONS: Final[tuple[str, ...]] = phrases(
    "run, jog, session, swim, ride, spin, pace, day, walk, work, stuff, week, shake"
)
# A feeling said with these sums up the others ("happy with the win but annoyed about the byes,
# so mixed really"): it outranks them.
SUMMING_UP: Final[tuple[str, ...]] = phrases(
    "mixed, up and down, mostly, on balance, all in all, overall"
)
