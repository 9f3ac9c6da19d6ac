"""Kinds found by reading the shared corpus's unannotated real articles as an editor would (stop 30), each with
invented text and look-alikes that must stay as they were."""

from datetime import date

from newsletter.extract import understand
from newsletter.extract.document import view_of
from newsletter.model import Interview
from newsletter.pull_quotes import select_pull_quotes
from newsletter.typeset import pull_quote


def _iv(body: str, title: str = "Tamsin Vorley on the last night of Brackwater", byline: str = "Pat Reyes") -> Interview:
    return Interview(source="t.md", body=body, date=date(2026, 11, 23), title=title, byline=byline)


def _turn(u, words: str):
    return next(t for t in u.turns if words in t.text)


def _check(body: str, title: str, field: str, expected: dict):
    """Read `body`; the turn holding each key's words has `field` (speaker or role) equal to the key's value."""
    u = understand(_iv(body, title=title))
    assert {words: getattr(_turn(u, words), field) for words in expected} == expected
    return u


# A scraped page's quote marks are entities: the pick ends where the quote does, not on its closing `&quot;`.
ENTITY_MARKS = (
    "<p>Tamsin Vorley has played the harbour pilot on <em>Brackwater</em> for five years.</p>\n"
    "<p>Earlier this year Vorley joked about the final episode: &quot;The only thing I&apos;ve taken from the "
    "set is a rope the props team swore was from the very first storm scene.&quot;</p>\n"
    "<p>She also told a radio host, &quot;I learned to tie eleven knots for that show and I still practise them "
    "on the bus every single morning.&quot; The finale airs next week.</p>"
)


def test_an_entity_closing_mark_is_left_out_of_a_pick():
    u = understand(_iv(ENTITY_MARKS))
    picks = select_pull_quotes(u, count=3).picks
    assert picks and all(not p.text.endswith(("&quot;", '"')) for p in picks)
    assert any(p.text.endswith("storm scene.") for p in picks)


def test_a_view_offset_of_an_entity_is_where_the_entity_starts():
    view = view_of(ENTITY_MARKS)
    at = ENTITY_MARKS.index("&quot;The only")
    assert view.text[view.to_view(at)] == '"'
    assert view.to_view(at + 2) == view.to_view(at) + 1  # inside the entity: the first character after it


# The same quote mapped back whole shows a line that opens by calling the journalist by name: it speaks to them.
CALLED_BY_NAME = (
    "<p>We had ten minutes with Tamsin Vorley between rehearsals (&quot;Dara, these ten minutes are going to be the "
    "best part of my whole long Tuesday,&quot; she promised as we sat down).</p>\n"
    "<p><strong>What did the storm scenes cost you?</strong> A winter of wet socks, and the crew built me a little "
    "heater out of an old biscuit tin and a hairdryer that I still keep in my trailer.</p>\n"
    "<p><strong>And the finale?</strong> Paris, that city taught me how to wait for a take without losing the scene "
    "in my head, and I used every bit of it on the harbour wall.</p>"
)


def test_a_line_calling_the_journalist_by_name_is_not_picked():
    u = understand(_iv(CALLED_BY_NAME, byline="Dara Quint"))
    picks = [p.text for p in select_pull_quotes(u, count=3).picks]
    assert picks and not any(p.startswith("Dara,") for p in picks)
    assert any(p.startswith("A winter of wet socks") or "biscuit tin" in p for p in picks)
    cands = select_pull_quotes(u, count=3).candidates
    called = [c for c in cands if c.text.startswith("Dara,")]
    assert called and all(c.excluded == "speaks to the journalist by name" for c in called)
    # look-alike: a place named before a comma is no one spoken to
    assert any(c.text.startswith("Paris, that city") and not c.excluded for c in cands)


# "“…,” declares Voss in his new film": the line is the character's, said in the film, not to the journalist.
SCRIPTED = (
    "“Nobody leaves this harbour until the fog lifts,” declares Tamsin Vorley in her new Christmas film, which "
    "arrives on a streamer next month.\n\n"
    "Vorley has said the film is a change for her. “I spent three weeks learning to row a lifeboat and my arms "
    "still remember every single stroke of it,” Vorley says.\n\n"
    "“We filmed the storm in a car park with four fans,” Vorley says in the trailer's making-of reel, laughing."
)


def test_a_line_said_in_a_film_is_the_characters():
    u = understand(_iv(SCRIPTED, title="Tamsin Vorley rows into Christmas"))
    assert u.interviewee == "Tamsin Vorley"
    assert _turn(u, "Nobody leaves this harbour").role == "other"
    assert _turn(u, "learning to row").role == "interviewee"  # look-alike: her own words
    assert _turn(u, "storm in a car park").role == "interviewee"  # about the trailer, not a line of it
    picks = [p.text for p in select_pull_quotes(u, count=3).picks]
    assert not any("Nobody leaves" in p for p in picks)


def test_a_film_named_in_a_clause_after_the_speaker_leaves_the_quote_theirs():
    body = ("“She never seemed a natural fit for a comedy,” says Orla Brant, who cast Vorley as the lead in the "
            "1950s film at school. “But she made the part her own in a week.”")
    u = understand(_iv(body, title="The teacher who cast Tamsin Vorley first"))
    assert _turn(u, "natural fit").speaker == "Orla Brant"


# Straight marks typed carelessly: an opening mark never closed, mid-sentence, with no speech before it and no
# quote going on in the next paragraph; an apostrophe typed as a double mark (`don"t`). Neither opens a quote, so
# the marks after them pair as written.
UNCLOSED = (
    'The Marlow Players will hold "Harbour Night on Friday at the old ferry terminal. Two stars of the drama '
    '"Brackwater" will be there: Tamsin Vorley and Idris Penhallow. Tickets for the raffle of "Brackwater" props '
    'are sold at the door.\n\n'
    'Vorley says she can"t wait. "I learned to tie eleven knots for that show and I still practise them on the '
    'bus," she said.'
)


def test_an_unclosed_opening_mark_mid_sentence_opens_no_quote():
    u = understand(_iv(UNCLOSED, title="Brackwater stars at Harbour Night"))
    roles = {words: _turn(u, words).role for words in ("old ferry terminal", "raffle of", "eleven knots")}
    assert roles == {"old ferry terminal": "narration", "raffle of": "narration", "eleven knots": "interviewee"}
    assert _turn(u, "eleven knots").text.startswith("I learned")


def test_an_apostrophe_typed_as_a_double_mark_is_no_speech_mark():
    body = ('Vorley admits she didn"t expect the call. "It was the best news I"d had in years, and I rang my '
            'mother from the car park," she says.\n\nThe series returns in the spring.')
    u = understand(_iv(body))
    assert _turn(u, "expect the call").role == "narration"
    assert _turn(u, "best news").role == "interviewee"


def test_an_apostrophe_typed_as_a_double_mark_is_printed_as_one():
    assert pull_quote('I haven"t seen the harbour set since the "last" day.') == \
        "I haven’t seen the harbour set since the “last” day."


def test_a_quote_running_on_into_the_next_paragraph_or_left_open_after_says_stays_a_quote():
    body = ('Vorley remembers the first read-through. She said: "I was shaking so much the pages rattled.\n\n'
            '"Then the director laughed and I laughed and that was that," she says.\n\n'
            'Her co-star says, "She was the calmest person in the room by lunchtime\n\n'
            'The series returns in the spring.')
    u = understand(_iv(body))
    assert _turn(u, "pages rattled").role == "interviewee"
    assert _turn(u, "calmest person").role != "narration"


def test_an_unclosed_mark_opening_a_paragraph_or_a_sentence_stays_a_quote():
    body = ('"We lost two of the crew to another show," admits producer Orla Brant. "We will make it up to the '
            'fans this season with the harbour episodes.\n\n'
            'The series returns in the spring.\n\n'
            '"Nobody on the cast has ever been comfortable with the fog machine; but it works.\n\n'
            'Filming begins in May.')
    u = understand(_iv(body, title="Brackwater's producers look back"))
    assert _turn(u, "make it up to the fans").role != "narration"
    assert _turn(u, "fog machine").role != "narration"


# "But Kessel says the episode also honours…" closing a paragraph, then "“…,” she says." opening the next: the
# pronoun is the one just reported speaking, not the last woman quoted before her.
TWO_BOSSES = (
    "Wednesday's episode of Brackwater is the show's 200th, and executive producer Owen Pask says they wanted the "
    "whole season to look back.\n\n"
    "“When Nell and I planned the season, we said, 'Back to the harbour,'” Pask says. “And in episode 200 we really "
    "do go back to the first storm.”\n\n"
    "The case matters most to the pilot, Tamsin Vorley's character.\n\n"
    "“It was her first rescue when she came to the island,” Vorley tells us. “She has carried it for years.”\n\n"
    "The episode has plenty of jokes for longtime fans. But Kessel says the episode also honours the show's "
    "history.\n\n"
    "“Everybody has been asking us which storms they remember best,” she says. “So we went back to the old cases "
    "and flashed back to them.”\n\n"
    "“Brackwater” airs Wednesdays on Channel 4."
)


def test_a_pronoun_opening_a_paragraph_is_the_one_the_paragraph_before_reports_speaking():
    _check(TWO_BOSSES, "Brackwater bosses on 200 episodes", "speaker",
           {"Everybody has been asking": "Kessel", "flashed back": "Kessel", "carried it for years": "Tamsin Vorley"})


def test_a_pronoun_of_the_other_gender_is_not_the_one_reported():
    body = TWO_BOSSES.replace("But Kessel says", "But Kessel, who wrote his first script on a ferry, says")
    u = understand(_iv(body, title="Brackwater bosses on 200 episodes"))
    assert _turn(u, "Everybody has been asking").speaker != "Kessel"


def test_a_pronoun_after_the_sentence_reporting_someone_in_the_same_paragraph_is_theirs():
    body = ("Vorley, whose pilot finds her old mentor, Captain Dunmore, in the finale, says the last episode settles "
            "the old feud. “Pask wrote a wild, stormy, sad story, which is what he does best,” she says.\n\n"
            "“You have people who fight the sea with their heads instead of their boats,” Vorley says.")
    u = understand(_iv(body, title="Brackwater's last storm"))
    assert _turn(u, "Pask wrote a wild").speaker == _turn(u, "fight the sea").speaker
    assert "Dunmore" not in (_turn(u, "Pask wrote a wild").speaker or "")


def test_a_pronoun_after_a_role_and_a_name_in_apposition_is_the_named_one():
    body = ("Tamsin Vorley spent the evening signing oars for the lifeboat charity.\n\n"
            "The charity's chief executive, Dr Imelda Crane-Osei, said the money would buy a new engine.\n\n"
            "“Tamsin doesn't just turn up for the photographs,” she said. “She rings the station every winter.”")
    u = understand(_iv(body, title="Tamsin Vorley rows for the lifeboats"))
    assert "Crane-Osei" in (_turn(u, "turn up for the photographs").speaker or "")


# “…” closing on a full stop, then a sentence whose speech verb leads into a quote of its own: the verb is the next
# quote's, not the one before ('series "Dockside." She said "yes"…', '…“a soggy mess.” Vorley told a host that “…”').
FORWARD = (
    'Vorley last played a villain in the first episode of the short-lived 1998 series "Dockside." She said "yes" '
    "to the new part straight away.\n\n"
    "The critics were unkind to the first season: “a soggy mess in a lighthouse, with worse weather.” Tamsin Vorley "
    "told a radio host that “the fog machine deserves an award of its own, and so does the man who runs it.”\n\n"
    "“I loved every minute of the night shoots on the harbour wall.” Vorley says it twice, to be sure we heard."
)


def test_a_speech_verb_leading_into_its_own_quote_is_not_the_quote_befores():
    # look-alike: "night shoots", no quote after its verb
    u = _check(FORWARD, "Tamsin Vorley weathers the storm", "speaker",
               {"fog machine deserves": "Tamsin Vorley", "night shoots": "Tamsin Vorley"})
    assert _turn(u, "Dockside").role == "narration" and _turn(u, "soggy mess").speaker != "Tamsin Vorley"


# “…,” <an aside>, Pask says.: the aside between the quote and its speaker ("albeit a mostly professional one").
ASIDE = (
    "Executive producer Owen Pask says the new season digs into the captain's past.\n\n"
    "The captain and the harbourmaster will clash again. “They go back a long way,” if only as rivals, Pask says. "
    "While the captain is loyal to his crew, “for Mara, who trusts nobody, he is the perfect ally, and the one "
    "she cannot have.”"
)


def test_a_short_aside_between_a_quote_and_its_speaker_leaves_the_quote_theirs():
    _check(ASIDE, "Brackwater's new season", "speaker", {"go back a long way": "Owen Pask", "trusts nobody": "Owen Pask"})


# A scraped Instagram embed: its caption and its "A photo posted by…" line are the poster's, not the subject's.
INSTAGRAM = (
    "<p>Tamsin Vorley stopped by the late show last night.</p>\n"
    "<p>Also, to clear things up, Vorley said, &quot;The harbour set is the real star, and the fog machine is a close "
    "second.&quot;</p>\n"
    "<p>The interview airs tonight at 11:35 p.m.; the musical guest is Odile Marsh.</p>\n"
    '<center><blockquote class="instagram-media"><div><div> </div><p>Two storm chasers on one sofa! ⛈️ #brackwater '
    "@latenight</p>\n"
    "<p>A photo posted by Odile Marsh (@odilemarsh) on <time>Jun 9, 2026 at 1:24am PDT</time></p></div></blockquote>"
    "</center>\n"
    "<p>Vorley returns to the harbour set next week.</p>"
)


def test_an_instagram_caption_and_signature_are_the_posters():
    _check(INSTAGRAM, "Tamsin Vorley on the late show", "role",
           {"Two storm chasers": "other", "A photo posted by": "other", "fog machine": "interviewee"})


def test_a_surname_label_resolves_to_a_full_name_with_a_middle_initial():
    body = ("Brush up on your knots: it's nearly time to say goodbye to Brackwater.\n\n"
            "Though some fans doubt that Mara Quell, Dunmore Hale, et al. will return, series creator Owen T. Pask is "
            "confident the finale brings everyone home.\n\n"
            "'We're going to have a storm at the harbour, and that will scatter our cast,' Pask tells the Desk.\n\n"
            "'We do see each other again,' Tamsin Vorley hints.")
    _check(body, "Brackwater Finale Preview: Quell and Hale's 'Awkward' Reunion", "speaker",
           {"storm at the harbour": "Owen T. Pask", "see each other again": "Tamsin Vorley"})


def test_an_airing_that_will_be_aired_is_ahead_not_last_year():
    body = ("The analyst will go missing in the season finale, which will be aired on Thursday, May 17.\n\n"
            "The pilot episode was aired on Thursday, April 12, to little fanfare.")
    u = understand(Interview(source="t.md", body=body, date=date(2029, 4, 27), title="Brackwater to lose its analyst?",
                             byline="Pat Reyes"))
    days = {a.sentence[:20]: a.when.day for a in u.air_dates}
    assert days["The analyst will go "] == date(2029, 5, 17)
    assert days["The pilot episode wa"] == date(2029, 4, 12)  # look-alike: aired, so the last April 12


# A paragraph closing on the speaker's quote and the rest of its sentence, naming nobody: the quote paragraph after
# it goes on in their words.
TWO_STARS = (
    "Like other actors on the Brackwater franchise, Idris Penhallow (Captain Dunmore) and Tamsin Vorley (Mara Quell) "
    "feel lucky to play their characters.\n\n"
    "Penhallow, 54, reveals that sailing was something he was never good at.\n\n"
    "“I was terrible on boats,” he told the Desk.\n\n"
    "Moreover, he describes his character as someone “very at home in a storm,” which gives him a calm view of what "
    "he does for a living.\n\n"
    "“[H]is nerve and his patience led him to the sea, so for him a storm is like a game, and I think that is the "
    "whole show.”\n\n"
    "For Vorley, 39, she says her character is a strong and professional woman, as her co-star Ada Lusk agrees.\n\n"
    "“She feels like a real person to me,” she said.\n\n"
    "Producers are quiet about the finale, and the network too, says a source close to the show.\n\n"
    "“Let's just say fans will be very satisfied.”"
)


def test_a_quote_paragraph_after_a_paragraph_closing_on_the_speakers_quote_and_its_clause_is_theirs():
    u = _check(TWO_STARS, "'Brackwater' Stars Talk About Their Characters", "speaker",
               {"nerve and his patience": "Idris Penhallow"})
    assert _turn(u, "very satisfied").speaker != "Idris Penhallow"  # look-alike: nobody's quote closes before it


def test_a_speaker_named_after_does_in_an_inverted_clause():
    body = ("The finale brings the pilot and the captain together again.\n\n"
            "Not only does Tamsin Vorley confirm that the reunion is 'awkward, because we kind of fell out,' but the "
            "harbourmaster will complicate things too.\n\n"
            "Why did Vorley leave the show in the first place? 'Nobody ever asked me to stay on the boat.'")
    u = _check(body, "Brackwater finale preview", "speaker", {"kind of fell out": "Tamsin Vorley"})
    assert _turn(u, "Nobody ever asked").speaker != "Did Vorley"  # look-alike: 'did Vorley leave' says nothing
