"""Kinds found this session, each with look-alikes. Invented text only."""

from datetime import date

import pytest

from newsletter.extract import understand
from newsletter.model import Interview
from newsletter.pull_quotes import select_pull_quotes

DAY = date(2026, 11, 28)


def read(body: str, title: str):
    """The understanding of an invented article with this title."""
    return understand(Interview(source="story.md", body=body, date=DAY, title=title))


def said_in(u, *words: str) -> dict[str, tuple[str, str | None]]:
    """The role and speaker of the turn holding each of `words`."""
    return {w: (t.role, t.speaker) for t in u.turns for w in words if w in t.text}

# A children's magazine: a mascot's questions under "NAME ASKS:" in bold, readers' under "Ayo, 8, asks:", the
# star's answers in plain paragraphs, and the page's own sections after them.
KIDS_PAGE = """# MEET THE STAR!

## Priya Lindqvist-Obi plays Commander Dot in *Moon Bakers*. Our robot reporter ZAPPO went to find out more!

**ZAPPO ASKS: Whirr click! Do you eat the space cakes?**

Only the pretend ones! The real cakes are made of sponge and glue, so I bite the air next to them and the camera does the rest.

**ZAPPO ASKS: Who is the funniest person on set?**

The dog who plays Crumbs. She gets more biscuits than anybody and she knows it, so she sits on the director's chair.

**Ayo, 8, from Hull asks: Were you scared of the big oven?**

A little bit! It roars when the door opens, but it is only a fan and a red light behind a sheet of plastic.

**SPOT THE SPOON:** Can you find the silver spoon hidden on every page of this issue? Answers on page 40!

**WIN!** We have three Moon Bakers aprons to give away. Send your name and age to the Zapzine office by Friday.
"""


def test_a_mascot_asking_in_capitals_asks_and_a_page_section_label_is_not_the_interviewee():
    u = understand(Interview(source="kids.md", body=KIDS_PAGE, date=DAY,
                             title="MEET THE STAR: Priya Lindqvist-Obi from Moon Bakers!", byline="The Zapzine Team"))
    assert u.interviewee == "Priya Lindqvist-Obi"
    by_words = said_in(u, "sponge and glue", "Crumbs", "only a fan", "silver spoon", "three Moon Bakers aprons",
                       "Do you eat the space cakes")
    star = ("interviewee", "Priya Lindqvist-Obi")
    assert by_words["sponge and glue"] == star
    assert by_words["Crumbs"] == star
    assert by_words["only a fan"] == star
    assert by_words["Do you eat the space cakes"][0] == "interviewer"
    assert by_words["silver spoon"][1] != "Priya Lindqvist-Obi"
    assert by_words["three Moon Bakers aprons"] == ("narration", "The Zapzine Team")  # "**WIN!**": the page's
    picks = [q.text for q in select_pull_quotes(u, count=3).picks]
    assert picks and not any("Zapzine office" in p for p in picks)


# Look-alikes, which must stay as they are.

def test_a_labelled_guest_answering_bold_questions_stays_the_interviewee():
    body = ("Tomas Reyes-Blom talked to us before the final.\n\n"
            "**Was the last scene hard?**\n\n"
            "**Tomas Reyes-Blom:** It was the hardest week of my life, and the lake was frozen.\n\n"
            "**Would you go back?**\n\n"
            "**Tomas Reyes-Blom:** Tomorrow, if they asked me. I left a good coat there.")
    u = read(body, "Tomas Reyes-Blom on the final")
    assert u.interviewee == "Tomas Reyes-Blom"
    assert u.confidence >= 0.9
    assert said_in(u, "good coat")["good coat"] == ("interviewee", "Tomas Reyes-Blom")


def test_prompts_in_capitals_answered_in_the_first_person_stay_prompts():
    body = ("Nell Ashdown-Pryce plays the lighthouse keeper in *Gull Rock*.\n\n"
            "**FIRST JOB**\n\nI sold ice creams on the pier and ate most of the profits.\n\n"
            "**BEST ADVICE**\n\nMy grandmother told me to always carry a pencil, and I always do.\n\n"
            "**WORST HABIT**\n\nI hum when I am nervous, and I am nervous a lot.")
    u = read(body, "Nell Ashdown-Pryce: my life in prompts")
    assert said_in(u, "carry a pencil")["carry a pencil"] == ("interviewee", "Nell Ashdown-Pryce")


def test_a_name_label_ending_like_a_verb_is_still_a_label_only_when_it_is_no_speech_verb():
    body = ("**MORA BRIGGS:** Thank you for having me.\n\n"
            "**HOST:** Was the shoot long?\n\n"
            "**MORA BRIGGS:** Four months in a quarry, and it rained every day.")
    u = read(body, "Mora Briggs on the quarry shoot")
    [turn] = [t for t in u.turns if "quarry" in t.text and "rained" in t.text]
    assert turn.speaker == "Mora Briggs" and turn.role == "interviewee"


# An emailed newsletter archived as a web page: its subject line (the head's <title>) names the guest, its banner
# (the one <h1>, which the page reader takes as the headline) does not, and the body calls her by her first name.
LETTER_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>The Couch Memo #41: Odile Brennan-Achebe knows how the heist ends</title></head>
<body><table width="100%"><tr><td>
<h1>Issue #41: nobody steals the painting (or do they)</h1>
<p>Hello, couch people. It was a long week of rain here, my boiler made a noise like a walrus, and I spent Thursday
on a video call with the star of the show I have been going on about since spring.</p>
<p>Odile plays the forger Marguerite Lacombe on <em>Gilt Frame</em>, the heist drama where every episode ends with
a painting swapped for a copy. We talked for half an hour about frames, fakes and nerves.</p>
<p><strong>Can you actually paint?</strong></p>
<p>Not at all. A real forger's hands are filmed for the close-ups, and I copy how she holds the brush so my
shoulders match hers when the camera pulls back.</p>
<p><strong>Do you know how it ends?</strong></p>
<p>I know how my part ends, and I cried reading it on a train in front of a man eating an egg sandwich.</p>
<p>That is all for this week. Drink some water, call your aunt.</p>
</td></tr></table></body></html>"""


def test_a_pages_head_title_naming_the_guest_its_banner_leaves_out_names_the_interviewee(tmp_path):
    from newsletter.sources.folder import read_interview
    page = tmp_path / "2026-11-20-couch-memo-41.html"
    page.write_text(LETTER_PAGE, encoding="utf-8")
    u = understand(read_interview(page))
    assert u.interviewee == "Odile Brennan-Achebe"
    [turn] = [t for t in u.turns if "egg sandwich" in t.text]
    assert (turn.role, turn.speaker) == ("interviewee", "Odile Brennan-Achebe")


def test_a_head_title_that_only_adds_the_sites_name_is_no_second_headline():
    from newsletter.sources.article_page import extract_page
    html = LETTER_PAGE.replace("<title>The Couch Memo #41: Odile Brennan-Achebe knows how the heist ends</title>",
                               "<title>Issue #41: nobody steals the painting (or do they) - The Couch Memo</title>")
    assert extract_page(html).dek is None
    assert "Odile Brennan-Achebe" in (extract_page(LETTER_PAGE).dek or "")


# A problem page handed to an actor for a week: her byline, readers' letters in italics each signed on a line of its
# own, and her replies opening "Dear …,".
PROBLEM_PAGE = """*Our usual agony uncle is walking in the Pyrenees, so this week the page belongs to Rosalind Achterberg-Nwosu, who plays the village postmistress in* Hatherby Green. *"Everyone tells a postmistress their troubles," she says. "I have been training for this."*

*My son has started narrating his life like a nature documentary. At dinner, at the bus stop, in the bath. Is this a phase?*
*– Observed in Otley*

Dear Observed, it is a phase, and it is a wonderful one. My nephew did the same for a whole summer and he is now a very calm accountant. Ask him to narrate the washing-up.

*My neighbour parks across my drive every single Sunday morning. I have left three polite notes. What now?*
*– Blocked in Bicester*

Dear Blocked, a fourth note, but this time bake something and leave it on his bonnet. Nobody can stay cross with a man who brings lemon drizzle, and nobody can drive off with one on the car.
"""


def test_a_guest_column_by_the_star_is_hers_and_the_letters_are_the_pages():
    u = understand(Interview(source="page.md", body=PROBLEM_PAGE, date=DAY, outlet="Kitchen Table Weekly",
                             byline="Rosalind Achterberg-Nwosu",
                             title="Guest agony aunt: Rosalind Achterberg-Nwosu answers your letters"))
    assert u.interviewee == "Rosalind Achterberg-Nwosu"
    by_words = said_in(u, "nature documentary", "very calm accountant", "lemon drizzle", "agony uncle",
                       "I have been training for this")
    star = ("interviewee", "Rosalind Achterberg-Nwosu")
    assert by_words["very calm accountant"] == star
    assert by_words["lemon drizzle"] == star
    assert by_words["I have been training for this"] == star
    assert by_words["nature documentary"] == ("interviewer", "Kitchen Table Weekly")
    assert by_words["agony uncle"] == ("narration", "Kitchen Table Weekly")
    picks = [q.text for q in select_pull_quotes(u, count=3).picks]
    assert picks and not any(p.startswith("Dear ") for p in picks)


def test_a_journalists_byline_the_headline_does_not_give_stays_the_journalists():
    body = ('Rosalind Achterberg-Nwosu plays the postmistress in *Hatherby Green*. "Everyone tells a postmistress '
            'their troubles," she says. "I have been training for this all my life."')
    u = understand(Interview(source="p.md", body=body, date=DAY, outlet="Kitchen Table Weekly", byline="Mo Adair",
                             title="Rosalind Achterberg-Nwosu: 'Everyone tells a postmistress their troubles'"))
    assert u.interviewee == "Rosalind Achterberg-Nwosu"
    [turn] = [t for t in u.turns if "plays the postmistress" in t.text]
    assert (turn.role, turn.speaker) == ("narration", "Mo Adair")


def test_a_line_spoken_to_someone_by_name_is_still_no_pick_and_a_dear_in_the_middle_is_no_salutation():
    from newsletter.quote_features import exclusion
    line = "Dear Blocked, a fourth note, but this time bake something and leave it on his bonnet."
    assert exclusion(line, line.split(), False) is not None
    line = "My dear old dad taught me to leave a note and a cake, and it has never failed me once."
    assert exclusion(line, line.split(), False) is None


# A charity auction's catalogue page: each lot's estimate under a colon, the actress's words about each costume, the
# page's description naming her, its <h1> naming the show.
CATALOGUE = """<!doctype html><html><head><meta charset="utf-8">
<title>Fenwick Hall: The Wardrobe Sale, Lots 12-15 | Marlow &amp; Dunne Auctioneers</title>
<meta name="description" content="Costumes worn by Clemency Abara-Lindgren in Fenwick Hall, sold for the Stagehands' Fund.">
<meta name="date" content="2026-11-20"></head><body><main>
<h1>Fenwick Hall: The Wardrobe Sale</h1>
<p>For five series, Clemency Abara-Lindgren played the housekeeper of Fenwick Hall in more than a hundred costumes.
We asked her about a few of them before the sale.</p>
<h2>Lot 12 · The black day dress</h2>
<p>Estimate: £900–1,200</p>
<p>"I wore this through a whole winter of night shoots. The collar itched so badly that I started doing the
housekeeper's lines with my chin up, and the director loved it, so the chin stayed up for five years," she says.</p>
<h2>Lot 15 · The wedding coat</h2>
<p>Estimate: £2,000–3,000</p>
<p>"My mother cried when she saw me in this, and she never cries at anything, not even the news."</p>
<p>The fifth and final series of <em>Fenwick Hall</em> begins on ITV on Sunday 6 December at 9pm.</p>
</main></body></html>"""


def test_estimates_are_data_and_the_pages_description_names_the_interviewee(tmp_path):
    from newsletter.sources.folder import read_interview
    page = tmp_path / "fenwick-hall-wardrobe-sale.html"
    page.write_text(CATALOGUE, encoding="utf-8")
    u = understand(read_interview(page))
    assert u.interviewee == "Clemency Abara-Lindgren"
    assert u.confidence >= 0.9
    said = said_in(u, "£900", "the chin stayed up")
    assert said["£900"][0] == "narration"
    assert said["the chin stayed up"] == ("interviewee", "Clemency Abara-Lindgren")


def test_a_contents_line_is_no_speaker_but_a_name_label_answering_with_a_year_still_is():
    body = ("Contents: From the Rectory ... 2 | Meet the Neighbours ... 3 | Diary ... 6\n\n"
            "Tamsin Orley-Vance plays the doctor in *Riverside Surgery*.\n\n"
            "PARISH NEWS: When did you move here?\n\n"
            "TAMSIN ORLEY-VANCE: 2019.\n\n"
            "PARISH NEWS: And the garden?\n\n"
            "TAMSIN ORLEY-VANCE: I have not stopped gardening since.")
    u = read(body, "Meet the neighbours: Tamsin Orley-Vance")
    assert u.interviewee == "Tamsin Orley-Vance"
    said = said_in(u, "From the Rectory", "not stopped gardening", "2019")
    assert said["2019"] == ("interviewee", "Tamsin Orley-Vance")
    assert said["From the Rectory"][1] != "Contents"
    assert said["not stopped gardening"] == ("interviewee", "Tamsin Orley-Vance")


def test_a_first_name_the_article_says_someone_is_known_as_is_theirs():
    body = ("This month we popped round to meet Wilfred Pemberthy-Oakes, known to everyone at the Anchor as Bill, who "
            "at 78 is on our screens every week as the harbourmaster in *Harbour Watch*.\n\n"
            "Bill moved to the village in 2019. \"For the quiet, which lasted about a fortnight,\" Bill says.\n\n"
            "\"I've played eleven policemen and a talking badger. The badger was the best part I ever had.\"\n\n"
            "Bill has been acting for fifty-five years, and Bill still learns his lines in the bath.")
    u = read(body, "Meet the neighbours: Wilfred Pemberthy-Oakes")
    assert u.interviewee == "Wilfred Pemberthy-Oakes" and u.confidence >= 0.9
    assert said_in(u, "talking badger")["talking badger"] == ("interviewee", "Wilfred Pemberthy-Oakes")


# A disc's making-of featurette transcribed: captions name each speaker in full where they first speak, labels give
# first names only, and a voice-over narrator tells the story.
FEATURETTE = """SALT FLATS — SERIES ONE (BLU-RAY)
Disc 2 — Special Features
Transcript: "Low Tide: Making Salt Flats"

[00:00:00] [MUSIC: gulls and a slow cello]

NARRATOR (V.O.): Forty miles of estuary, one ferry, and a missing ferryman. For twelve weeks the crew lived by the tides.

[00:00:21] [SUPER: PERPETUA OLUWASEUN-HART — "DI Ros Kettle"]

PERPETUA: They handed me wellies before they handed me a script. That told me everything I needed to know about the job.

[00:00:40] [SUPER: LACHLAN VOYCE — Creator]

LACHLAN: I wanted a detective who is never quite dry. You notice more when you are uncomfortable.

PERPETUA: He says that from a heated van. I would like that on the record.
"""


def test_a_featurettes_first_name_labels_take_the_full_names_its_captions_give():
    u = read(FEATURETTE, "Low Tide: Making Salt Flats")
    said = said_in(u, "wellies", "never quite dry", "heated van", "Forty miles of estuary")
    assert said["wellies"] == ("interviewee", "Perpetua Oluwaseun-Hart")
    assert said["heated van"] == ("interviewee", "Perpetua Oluwaseun-Hart")
    assert said["never quite dry"] == ("other", "Lachlan Voyce")
    assert said["Forty miles of estuary"] == ("narration", "Narrator")


# A Russian paper's English edition keeps its dialogue dashes: a paragraph of speech opens on a spaced dash, the
# attribution follows the speech's comma, and a dash after it opens the speech again.
DASHES = """Arkady Zvonaryov arrives without a scarf, for the first time this winter.

— I never wanted to play a general, says Zvonaryov. — Generals stand still and shout. I wanted to be the cook who feeds them.

He got the general anyway. The costume weighed eleven kilograms.

— By April the coat and I had an understanding. You stand like a general because any other way hurts.

His co-star Zlata Murashova has known him since drama school.

— He thanks the horses after every take, Murashova says. — Every single take. The horses adore him.
"""


def test_slavic_dialogue_dashes_are_speech_each_given_to_its_speaker():
    u = read(DASHES, "Arkady Zvonaryov: 'Generals stand still and shout'")
    said = said_in(u, "never wanted to play a general", "cook who feeds them", "an understanding",
                   "thanks the horses", "horses adore him")
    arkady = ("interviewee", "Arkady Zvonaryov")
    assert said["never wanted to play a general"] == arkady
    assert said["cook who feeds them"] == arkady
    assert said["an understanding"] == arkady
    assert said["thanks the horses"] == ("other", "Zlata Murashova")
    assert said["horses adore him"] == ("other", "Zlata Murashova")


def test_a_quote_left_open_does_not_run_on_past_narration_to_a_later_speaker():
    body = ("Ines Okafor-Lund plays the ferry captain in *Salt Harbour*.\n\n"
            "“The first week I was sick over the side every morning, and nobody on the crew let me forget it.\n\n"
            "The series was filmed off the Orkney coast over a wet autumn.\n\n"
            "“She never once asked for a double,” her co-star Dev Okafor said.")
    u = read(body, "Ines Okafor-Lund on the ferry captain")
    assert said_in(u, "sick over the side")["sick over the side"] != ("other", "Dev Okafor")


@pytest.mark.parametrize("line, quoted", [
    ("Afterwards he said only, 'You shouted very well, my girl.'", True),
    ("My uncle told the director, 'If she slaps me once more I am going home to Kumasi.'", True),
    ("My mother said, 'This is you.'", True),
    # look-alikes: her own words, the director only told something, or a title in single marks
    ("I told the director the scene was too long, and he cut it that night.", False),
    ("I only said yes because the part was written in 'Geordie', which nobody had asked me to do before.", False),
])
def test_someone_elses_words_after_whom_or_how_they_said_them_are_no_pull_quote(line, quoted):
    from newsletter.quote_speech import quotes_someone
    assert quotes_someone(line) is quoted


def test_a_table_header_and_a_double_colon_line_are_no_speakers():
    body = ("GUIDE EXPORT  ::  Region: Perth  ::  Generated Sat 05/12/2026 06:00\n\n"
            "Columns: LCN | CHANNEL | DAY | START | TITLE\n\n"
            "9  | Nine  | Sat | 19:30 | Reef Rangers\n\n"
            "Reef Rangers returns on Nine on Saturday at 7.30pm.")
    u = read(body, "Weekend guide")
    said = said_in(u, "LCN", "Region: Perth")
    assert said["LCN"][1] != "Columns" and said["LCN"][0] != "interviewee"
    assert said["Region: Perth"][1] != "Guide Export"
    assert u.interviewee not in ("Columns", "Guide Export")
