from datetime import date

import pytest

from newsletter.extract import understand
from newsletter.model import Interview
from newsletter.pull_quotes import select_pull_quotes

QA = ("Screen Weekly: What was the hardest scene you have ever had to shoot on this show, honestly?\n\n"
      "Mara Quinlan: The kitchen scene, without question. We shot it eleven times, and by the last take "
      "neither of us could stop crying. Our director just let the camera run.\n\n"
      "Screen: And the storm sequence, was that really you at the wheel of the boat?\n\n"
      "MQ: And I have the bruises to prove it. The stunt team tipped the whole wheelhouse thirty degrees "
      "while two fire hoses soaked me from the side. That was fun.")


def understood(body=QA, **kw):
    return understand(Interview(source="t", body=body, date=date(2026, 11, 24), **kw))


def test_picks_are_verbatim_spans_of_interviewee_answers_only():
    u = understood()
    sel = select_pull_quotes(u, count=3)
    assert sel.picks
    answers = [t for t in u.turns if t.role == "interviewee"]
    for p in sel.picks:
        assert u.interview.body[p.start:p.end] == p.text
        assert any(t.start <= p.start and p.end <= t.end for t in answers)
        assert p.speaker == "Mara Quinlan"
    questions = [t.text for t in u.turns if t.role == "interviewer"]
    assert not any(p.text in q or q in p.text for p in sel.picks for q in questions)


def test_dangling_openers_and_questions_are_ranked_down_or_excluded():
    u = understood()
    sel = select_pull_quotes(u, count=2)
    assert not any(p.text.startswith(("And ", "That ")) for p in sel.picks)
    by_text = {c.text: c for c in sel.candidates}
    assert by_text["And I have the bruises to prove it."].excluded == \
        "opens with 'And' (goes on from something said before)"


def test_diversity_one_pick_per_answer_when_possible():
    sel = select_pull_quotes(understood(), count=2)
    starts = sorted(p.start for p in sel.picks)
    assert QA.index("Screen:") > starts[0] and starts[1] > QA.index("MQ:")


def test_selection_is_deterministic():
    u = understood()
    assert select_pull_quotes(u, count=2) == select_pull_quotes(u, count=2)


def test_editor_pin_and_ban():
    pin = "Our director just let the camera run."
    ban = "We shot it eleven times, and by the last take neither of us could stop crying."
    u = understood(pins=(pin,), bans=(ban,))
    sel = select_pull_quotes(u, count=2)
    assert sel.picks[0].text == pin and sel.picks[0].rule == "pinned"
    assert all(ban not in p.text for p in sel.picks)
    assert any(c.excluded == "banned by the editor" for c in sel.candidates if ban in c.text)


def test_word_limits_are_configurable():
    sel = select_pull_quotes(understood(), count=5, min_words=4, max_words=8)
    assert all(4 <= len(p.text.split()) <= 8 for p in sel.picks)


def test_no_answers_no_picks():
    u = understood("Just narration here, about a show that airs on Fridays, and nothing anyone said.")
    assert select_pull_quotes(u).picks == ()


def test_pin_of_the_interviewers_words_is_refused_with_a_warning():
    question = "What was the hardest scene you have ever had to shoot on this show, honestly?"
    sel = select_pull_quotes(understood(pins=(question, "Words that are nowhere.")), count=2)
    assert all(p.rule == "score" for p in sel.picks)
    assert sel.warnings == (f"pinned quote is not the interviewee's words, not used: {question[:60]!r}",
                            "pinned quote not found word for word in the article: 'Words that are nowhere.'")


def test_markup_remnants_are_ranked_down_and_cleaned_when_rendered():
    from newsletter import typeset
    body = ("Q: Where did you film the finale, and how long did it take you all?\n\n"
            "A: We filmed it at the [old harbour](https://example.org/harbour) over nine freezing nights.<br> "
            "Nobody on that crew will ever forget how the wind sounded at three in the morning.")
    u = understood(body, interviewee="Ann Lee")
    by_text = {c.text: c for c in select_pull_quotes(u, count=2).candidates}
    marked = min((c for t, c in by_text.items() if t.startswith("We filmed")), key=lambda c: len(c.text))
    markup = [r for r in marked.reasons if r.endswith(" markup remnants (links, tags or entities)")]
    assert markup and markup[0].startswith("-")
    rendered = typeset.pull_quote(marked.text)
    assert rendered.startswith("We filmed it at the old harbour over nine freezing nights.")
    assert "<br>" not in rendered and "](" not in rendered and "https://" not in rendered


def test_lines_about_the_conversation_itself_are_never_picked():
    body = ("Screen Weekly: Any tips for our readers on cycling in the city?\n\n"
            "Mara Quinlan: I will take your advice about the bridge path next month, honestly. "
            "The harbour at dawn is the most beautiful thing I have ever filmed in my whole career.")
    sel = select_pull_quotes(understood(body), count=3)
    assert sel.picks and all("your advice" not in p.text for p in sel.picks)
    assert any(c.excluded == "speaks to the interviewer about the conversation" for c in sel.candidates
               if "your advice" in c.text)


@pytest.mark.parametrize("line", [
    "I like the questions you ask because they make me think about the whole season again.",
    "Like you said earlier, the storm scenes were the hardest nights any of us worked.",
    "You are absolutely right about the lighthouse, it was the real star of the show.",
    "I cannot speak for you guys, but the storm week was the longest of my life.",  # the hosts in the room
    "Y’all would have loved the storm week, every night was a new disaster on set.",
    "I never saw the storm week that way, but I think what you're saying about the crew is true.",
])
def test_replies_to_the_interviewer_are_never_picked(line):
    body = ("Screen Weekly: Was the storm week hard?\n\n"
            f"Mara Quinlan: {line} The harbour at dawn is the most beautiful thing I have ever filmed in my life.")
    sel = select_pull_quotes(understood(body), count=3)
    assert [c.excluded for c in sel.candidates if c.text == line] == \
        ["speaks to the interviewer about the conversation"]


def test_first_letter_lookaheads_never_drop_a_match():
    """The feature patterns open with a look-ahead at their possible first letters (for speed); it must admit
    every alternative, also capitalised, or a feature would silently vanish."""
    import re
    from pathlib import Path

    from newsletter import quote_features, quote_speech, quote_words

    lead = re.compile(r"\A\(\?=\[[^\]]*\]\)")
    articles = Path(__file__).parent / "corpus" / "articles"
    prose = " ".join(p.read_text(encoding="utf-8") for p in sorted(articles.iterdir()) if p.is_file())
    checked = 0
    for rx in [*vars(quote_features).values(), *vars(quote_words).values(), *vars(quote_speech).values()]:
        if not isinstance(rx, re.Pattern) or not lead.match(rx.pattern):
            continue
        plain = re.compile(lead.sub("", rx.pattern), rx.flags)
        words = re.findall(r"[A-Za-z’' ,.\-]{2,}", plain.pattern)
        probe = " ".join(w + " " + w.capitalize() + " " + w.upper() for w in words) + " " + prose
        assert rx.findall(probe) == plain.findall(probe), rx.pattern[:40]
        checked += 1
    assert checked >= 6


def test_an_interviewee_who_only_speaks_in_short_lines_still_gets_a_pick():
    body = ("Screen Weekly: How were the avalanche scenes?\n\nTheo Marsh: Nine takes. My knees have not forgiven me.\n\n"
            "Screen Weekly: Would you do it again?\n\nTheo Marsh: Yes, totally.")
    sel = select_pull_quotes(understood(body), count=2)
    assert [p.text for p in sel.picks] == ["My knees have not forgiven me."]  # "Yes, totally." is too short still
    assert "no line of 8 words or more to quote; picked shorter ones" in sel.warnings
    longer = select_pull_quotes(understood(QA), count=2)
    assert all(len(p.text.split()) >= 8 for p in longer.picks) and not any("shorter" in w for w in longer.warnings)


def test_a_two_sentence_candidate_is_read_as_its_sentences_joined():
    """Candidates of two sentences reuse each sentence's reading (without emphasis, and its words): that holds only
    because sentences of a turn are separated by white space alone, which this checks on every fictional article
    and on asides and emphasis that touch the next sentence."""
    from pathlib import Path

    from newsletter.extract.sentences import sentences
    from newsletter.pull_quotes import _piece
    from newsletter.sources.folder import read_interview

    articles = Path(__file__).parent / "corpus" / "articles"
    bodies = [read_interview(p).body for p in sorted(articles.iterdir()) if p.is_file()]
    bodies.append("(She laughs)**Then** we went _back_ in. It was *cold*.  \n  “Freezing,” I said. Yes. No!")
    pairs = 0
    for body in bodies:
        spans = list(sentences(body))
        for (s, e), (s2, e2) in zip(spans, spans[1:]):
            gap = body[e:s2]
            assert not gap.strip(), gap
            (text, plain, words), (text2, plain2, words2) = _piece(body, s, e), _piece(body, s2, e2)
            assert _piece(body, s, e2) == (text + gap + text2, plain + gap + plain2, words + words2)
            pairs += 1
    assert pairs > 50


def test_reasons_follow_the_weights_in_force(monkeypatch):
    """Reasons are formatted once per share of the score; bench/fit_quotes.py swaps the weights while it runs, and
    the reasons and scores must follow."""
    from newsletter import quote_weights

    before = select_pull_quotes(understood(), count=3).candidates[0]
    name = next(n for n, v in before.features if v and quote_weights.WEIGHTS[n])
    monkeypatch.setitem(quote_weights.WEIGHTS, name, quote_weights.WEIGHTS[name] + 1.0)
    after = next(c for c in select_pull_quotes(understood(), count=3).candidates if c.start == before.start)
    assert after.score > before.score
    assert set(after.reasons) != set(before.reasons)


_ABOUT = "about the answer, not the subject (a deflection or talk about the talk)"


@pytest.mark.parametrize("line, excluded", [
    ("Marco, I am going to marry you, and I am sorry about it already.", "speaks to someone in the room by name"),
    ("My father is doing much better now, thank you for asking.", "a pleasantry"),
    ("Yesterday, I walked the whole set one last time before they took it down.", None),
    ("Honestly, I walked the whole set one last time before they took it down.", None),
    # deflections and talk about the talk mean nothing without their question
    ("It will be a big surprise for the fans, and that is all I can say.", _ABOUT),
    ("I have to be careful about answering that, because the writers read everything.", _ABOUT),
    ("Honestly, I think that is a question for the writers and not for the actors.", _ABOUT),
    ("I could pick a dozen, so it's really an impossible question for me to answer today.",
     "speaks to the interviewer about the conversation"),
    ("I could pick a dozen, so that one is the question for me to answer some other day.", _ABOUT),
    ("Oh, that is a tricky question, because every season had a storm I loved.",
     "speaks to the interviewer about the conversation"),
    ("The hard question for any actor is what the character wants when nobody is looking.", None),
    ("There is a wedding in the finale, but I'm not allowed to say whose it is.", _ABOUT),
    ("I can't tell you more, the whole crew signed the same very scary papers.", _ABOUT),
    ("The lighthouse set is just gone now, and I don’t know where I’m going with this.", _ABOUT),
    ("We shot the storm in a car park in March, if that makes any sense.", _ABOUT),
    ("I can't tell you how much I loved shooting the storm week on that boat.", None),  # praise, not a deflection
    ("I can't say enough good things about the stunt team and their soup.", None),
    ("I can't tell you that. The writers would send a very large man to my house.", _ABOUT),
    ("I'm not allowed to ask, so I just read the scripts the night before we shoot.", _ABOUT),
    ("I've been told not to discuss the finale with anyone, even my own mother.", _ABOUT),
    ("I can't tell you why the lighthouse scenes make me cry every single time.", None),
    ("I'm not going to describe the costume. You'll have to ask the designer yourself.", _ABOUT),
    ("Everyone on the crew says I'll stop at nothing to get the shot, and they are right.", None),
    # a refusal to name what the question asked about is the whole sentence; one going on to a reason is a statement
    ("I won't say which bakery. The owner would never sell me a scone again as long as I live.", _ABOUT),
    ("I won't name which stuntman, because he still owes me a very large sandwich.", None),
    ("I will not tell you whose caravan it was, it still smells of burnt toast to this day.", None),
    # the outlet's readers are the journalist's, so the line talks to the journalist
    ("Nobody on the crew knows about the tattoo except the make-up artist, and now your readers.",
     "speaks to the interviewer about the conversation"),
    ("I hope your viewers forgive me for the last episode, because my own mother has not.",
     "speaks to the interviewer about the conversation"),
    ("The paper's readers wrote in by the hundred when she died, and I answered every one of them.", None),
])
def test_lines_spoken_to_the_room_or_about_the_answer_are_never_picked(line, excluded):
    assert _exclusions_of(line, "Was the last day hard?") == [excluded]


def _exclusions_of(line: str, question: str) -> list[str | None]:
    """Why `line`, answered to `question` beside a line that is fine, is excluded (None: it is ranked)."""
    body = (f"Screen Weekly: {question}\n\n"
            f"Mara Quinlan: {line} The harbour at dawn is the most beautiful thing I have ever filmed in my life.")
    sel = select_pull_quotes(understood(body), count=3)
    return [c.excluded for c in sel.candidates if c.text == line]


_OUTSIDE = "its first words stand for something outside the quote"
_OCCASION = "bound to the occasion (to the fans watching, or about this interview)"


@pytest.mark.parametrize("line, excluded", [
    # the speaker acting on someone or something named only in the question
    ("I've borrowed his laugh for the whole season and he has not noticed yet.", _OUTSIDE),
    ("I once tried to bake one for the wrap party and it collapsed in the oven.", _OUTSIDE),
    ("I found mine in a skip behind the studio, and it still smells of paint.", _OUTSIDE),
    ("Let him sail off, and let him be happy for once in his life.", _OUTSIDE),
    # a verdict on "that", "It" doing something, "of them": the referent was said before
    ("I think that's the loneliest job on the whole production, and nobody thanks them.", _OUTSIDE),
    ("It frightened every extra on the set except the goat, who ate the script.", _OUTSIDE),
    ("Most of them had never seen a lighthouse before the first week of filming.", _OUTSIDE),
    # "these"/"those" standing alone after "of": the things were named before the line
    ("I signed about forty of these yesterday and my wrist has not recovered.", _OUTSIDE),
    ("We kept a box of those in the trailer, and the crew ate them all by Tuesday.", _OUTSIDE),
    ("I wore one of those, but only for the night shoots on the pier.", _OUTSIDE),
    ("Ask me when the last episode has aired. My lips are sealed until then.", _OUTSIDE),
    # a reply to someone's words quoted before the line
    ("Dev says that because I beat him at cards every single lunch break.", _OUTSIDE),
    ("Dev only said that to make the producers laugh on the last day of the shoot.", _OUTSIDE),
    # someone else's words quoted inside the line
    ("The director told me, 'Nobody ever parks a lorry in one go,' and he was right.",
     "its words are someone else's, quoted inside it"),
    # bare answers to "which" or "whose"
    ("Mine, and I have worn the same scarf in every episode since the pilot.", _OUTSIDE),
    ("The one on the cliff where Ines finally reads her brother's letter aloud.", _OUTSIDE),
    # adds to something said before, or answers "how long" without a verb
    ("You'd want to take it home with you as well.", "adds to something said before it ('too', 'as well')"),
    ("I'd also like to think the goat will get a spin-off of its own.", "adds to something said before it ('too', 'as well')"),
    ("We also rebuilt the pier twice, because the first one floated away.", "adds to something said before it ('too', 'as well')"),
    ("I have also never once been seasick, which the crew finds suspicious.",
     "adds to something said before it ('too', 'as well')"),
    ("I rebuilt the pier and also the lighthouse steps, by hand, in one winter.", None),
    ("I'm hopeless at answering the fan mail though.", "sets itself against something said before it ('…, though.')"),
    ("The boat leaked badly, though we filmed every storm scene in one week.", None),
    ("I never learned to sail, though. The stunt team did all of it.",
     "sets itself against something said before it ('…, though.')"),
    ("We filmed every storm scene in one week. I never learned to sail, though.", None),
    ("If it's windy, three hours at least. If it's calm, half that.",
     "answers its question without a verb ('If it's good, a long time.')"),
    ("If it's windy, we shoot the storm scenes and everyone goes home soaked to the bone.", None),
    # to the fans watching, or about this very interview
    ("I love you all, please keep watching, we want a fourth season so badly!", _OCCASION),
    ("I'm saying it again in this interview, so the network can read it in print.", _OCCASION),
    # the same words where the line names what they stand for, or the speaker is the subject
    ("I met Tomas at the read-through and I borrowed his laugh for the whole season.", None),
    ("I think the lighthouse is the loneliest set on the whole production, and I love it.", None),
    ("We filmed one scene on the cliff at dawn, and the wind took my wig into the sea.", None),
    ("The one thing I took home from the set was a chipped mug from the canteen.", None),
    ("Dev says that the harbour is haunted, and I believe him after that night shoot.", None),
    ("I still say 'Good morning' to the lighthouse every time we drive past it.", None),
    ("I spent most of those night shoots counting the waves so I wouldn't blink.", None),
    ("Nobody told me either of these things before my first day on a film set.", None),
])
def test_lines_whose_first_words_point_outside_them_are_never_picked(line, excluded):
    assert _exclusions_of(line, "Which scene stayed with you?") == [excluded]


_TRAILS = "trails off ('…and you know.', '…or whatever.')"
_ROOM = "speaks to the interviewer about the conversation"
_BY_NAME = "speaks to someone in the room by name"


@pytest.mark.parametrize("line, excluded", [
    # a vague tail hands the rest of the thought to the listener
    ("Some nights we sleep in the trailers if the shoot runs late or you're just tired and you know.", _TRAILS),
    ("We had the costumes, the wigs, the fake snow in the car park and stuff like that.", _TRAILS),
    ("I'd read a bit, walk the dog along the canal, make soup, or whatever.", _TRAILS),
    # the same words where the thought is finished
    ("I walked the dog along the canal every morning and everything changed for me.", None),
    ("It was the longest night of the whole shoot, you know.", None),
    # a compliment paid to the interviewer, or a name set off by commas after the first words: the room, not readers
    ("Well, that's very kind of you to say about a show with a talking goat.", _ROOM),
    ("That is lovely of you, I will tell the whole crew on Monday morning.", _ROOM),
    ("I'm sorry, Bernadette, I know we're meant to be talking about the lighthouse.", _BY_NAME),
    ("My mother was kind of your classic stage mum, with a flask of tea and a folding chair.", None),
    ("Back then, honestly, I was terrified of the horses and the horses knew it.", None),
])
def test_lines_that_trail_off_or_talk_to_the_room_are_never_picked(line, excluded):
    assert _exclusions_of(line, "What do you do between takes?") == [excluded]


_LONG = ("I had a very silly dream of running a lighthouse when I was nine years old, and I think my whole "
         "career since has been a long way round to standing on that cliff in a borrowed coat at four in the morning.")


def test_a_sentence_too_long_to_print_offers_its_clauses():
    """A sentence over the word limit is never printed whole; its first clause up to ', and' is a candidate of its
    own (printed with a full stop), and so is a thought after an ellipsis."""
    after = ("I spent years on the night bus going home from auditions in the rain with my lines in a carrier bag, "
             "soaked, tired, hungry, still humming the songs... I would not swap a single one of those nights.")
    body = f"Screen Weekly: Did you always want this?\n\nMara Quinlan: {_LONG}\n\nScreen Weekly: And the hard years?" \
           f"\n\nMara Quinlan: {after}"
    sel = select_pull_quotes(understood(body), count=3)
    by_text = {c.text: c for c in sel.candidates}
    assert by_text[_LONG].excluded == "too long (43 words)"
    lead = "I had a very silly dream of running a lighthouse when I was nine years old,"
    assert by_text[lead].excluded is None
    assert ("clause", 1.0) in by_text[lead].features
    tail = "I would not swap a single one of those nights."
    assert by_text[tail].excluded is None
    for c in (by_text[lead], by_text[tail]):
        assert body[c.start:c.end] == c.text
    # a clause is a quote in its own right: one that starts in lower case or inside a sentence is never one
    assert not any(c.text.startswith(("I think my whole", "soaked")) for c in sel.candidates)


def test_clauses_keep_the_word_limits():
    sel = select_pull_quotes(understood(f"Screen Weekly: Why?\n\nMara Quinlan: {_LONG}"), count=3, max_words=12)
    assert not any(c.text.startswith("I had a very silly dream") and c.excluded is None for c in sel.candidates)


def test_a_clause_never_breaks_inside_someone_elses_quoted_words():
    """A break inside a quotation the sentence opens would print the quoted words as the speaker's own ("…they
    kept saying, 'I know…', and I won"); a break outside it stands, and '81 or 'cause open no quotation."""
    quoted = ("My friends were older and very cool and they kept saying, 'well, you know, I know it's your last day "
              "with us, but let's all enter the talent show', and somehow, against every single odd, I won it.")
    years = ("I don't know if it was '81 or '82 or maybe even the long hot summer after that one, but I let the old "
             "boat go without a second thought and 'cause of that I never sailed on the bay again in my life.")
    body = f"Screen Weekly: How did it start?\n\nMara Quinlan: {quoted}\n\nScreen Weekly: And the boat?\n\n" \
           f"Mara Quinlan: {years}"
    texts = {c.text for c in select_pull_quotes(understood(body), count=3).candidates}
    assert not any(t.startswith(("I know it's your last day", "well, you know")) for t in texts)
    assert quoted[:quoted.index("show',") + 6] in texts  # the whole quotation stays inside the clause
    assert years[:years.index("one,") + 4] in texts


def test_a_thought_ended_by_a_semicolon_or_a_tag_question_is_a_quote():
    """A semicolon ends a thought as a full stop does (printed as one), and a statement closed by a tag question
    ("…, you know?") is quoted without the tag; the whole sentence, a question, never is."""
    semi = "For years I never cared for poetry or the old plays at school;"
    tagged = "Half of acting on a long show is just listening to other people, you know?"
    body = (f"Screen Weekly: What did you read growing up?\n\nMara Quinlan: {semi} I like new writing.\n\n"
            f"Screen Weekly: And the shoot?\n\nMara Quinlan: {tagged} The harbour at dawn was the best of it.")
    by_text = {c.text: c for c in select_pull_quotes(understood(body), count=3).candidates}
    assert by_text[semi].excluded is None
    statement = tagged[:tagged.index(", you know?") + 1]
    assert by_text[statement].excluded is None and ("clause", 1.0) in by_text[statement].features
    assert by_text[tagged].excluded == "a question, or holds one"
    from newsletter.typeset import pull_quote
    assert pull_quote(statement).endswith("other people.") and pull_quote(semi).endswith("at school.")


_LEANS = "leans on the question (a list or a verdict, not a statement)"


@pytest.mark.parametrize("line, excluded", [
    # a verb cut short leaves its rest in the question ("Do you still paint?" "I used to, and then…")
    ("I used to, and then a critic compared my brushwork to a wet dog shaking itself.", _LEANS),
    ("Oh, I did, and the whole crew had to watch me fall off the pier twice.", _LEANS),
    ("We didn't, but the network kept asking us to try it for a whole season.", _LEANS),
    ("I can't, the network would never let me near the lighthouse again.", _LEANS),
    # the same verbs going on to say something of their own
    ("I used to paint the sets myself, and a critic compared them to a wet dog.", None),
    ("I can't wait to get back on that cliff with the whole crew in January.", None),
    ("I do love the lighthouse scenes more than anything else we have ever shot.", None),
])
def test_an_answer_that_cuts_its_verb_short_is_never_picked(line, excluded):
    assert _exclusions_of(line, "Do you still paint?") == [excluded]


def test_a_line_that_points_back_to_a_thing_named_just_before_it_is_never_picked():
    body = ("Screen Weekly: What will you miss?\n\n"
            "Mara Quinlan: At dawn the same gull lands on the same lamp post every single morning. "
            "I think I will miss that gull more than anything else on the whole production. "
            "I will miss that feeling of the harbour waking up around the crew at five in the morning.")
    sel = select_pull_quotes(understood(body), count=3)
    why = {c.text: c.excluded for c in sel.candidates}
    assert why["I think I will miss that gull more than anything else on the whole production."] == \
        "points back ('that …') to the sentence before it"
    # "that feeling" names nothing said before it: ranked as usual
    assert why["I will miss that feeling of the harbour waking up around the crew at five in the morning."] is None


@pytest.mark.parametrize("answer, line, after_reply", [
    # a one- or two-word reply answers the question; the sentence after it goes on from that reply
    ("Eventually. I backed the van into the harbour wall on my very first morning.",
     "I backed the van into the harbour wall on my very first morning.", 1.0),
    ("Not really. I backed the van into the harbour wall on my very first morning.",
     "I backed the van into the harbour wall on my very first morning.", 1.0),
    # a reply of a full sentence, or the line opening the answer, is not that
    ("It took me a month to learn. I backed the van into the harbour wall on my very first morning.",
     "I backed the van into the harbour wall on my very first morning.", 0.0),
    ("I backed the van into the harbour wall on my very first morning. Eventually I passed.",
     "I backed the van into the harbour wall on my very first morning.", 0.0),
])
def test_a_sentence_after_a_short_reply_is_told_apart(answer, line, after_reply):
    body = f"Screen Weekly: Did you pass your driving test for the part?\n\nMara Quinlan: {answer}"
    sel = select_pull_quotes(understood(body), count=3)
    assert dict(next(c for c in sel.candidates if c.text == line).features)["after_reply"] == after_reply
