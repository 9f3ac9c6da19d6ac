"""Page furniture read as a speaker or as the interviewee's name, in ordinary house styles: a headline's verb after
the name, a fact box's fields, a news site's link to another story, a kicker over the lede, a wire story's desk
header. Invented text only, each kind with look-alikes that must stay as they are."""

from datetime import date

from newsletter.extract import understand
from newsletter.model import Interview

DAY = date(2026, 11, 28)


def read(body: str, title: str, byline: str | None = None, source: str = "story.md"):
    """The understanding of an invented article with this title."""
    return understand(Interview(source=source, body=body, date=DAY, title=title, byline=byline))


def said_in(u, *words: str) -> dict[str, tuple[str, str | None]]:
    """The role and speaker of the turn holding each of `words`."""
    return {w: (t.role, t.speaker) for t in u.turns for w in words if w in t.text}


def all_said_by(u, who: tuple[str, str], *words: str) -> None:
    """Each of `words` stands in a turn of `who` (a role and a speaker)."""
    by_words = said_in(u, *words)
    for w in words:
        assert by_words.get(w) == who, w


# A celebrity site's headline in title case: the verb after the name is the headline's, not a surname.
TITLE_CASE_PIECE = """Orla Vandersteen-Mbeki thought she had seen the last of the lighthouse set.

"I cried in the car park for twenty minutes after the last day," she says. "Then I drove home and slept for a week."

The actress, 44, returns for the final run of *Saltmarsh Keepers* this autumn.

"You don't get many goodbyes in this job. I wanted this one done properly," she says.
"""


def test_a_headline_verb_after_the_name_is_not_part_of_it():
    for verb in ("Reveals", "Answers", "Shares", "Admits", "Opens Up About"):
        title = f"Orla Vandersteen-Mbeki {verb} the Reason She Went Back to Saltmarsh Keepers: 'I Owed Her an Ending'"
        page = f"GLOSS EXCLUSIVE\n\n# {title}\n\nThe actress, 44, tells GLOSS about saying goodbye.\n\n"
        u = read(page + TITLE_CASE_PIECE, title)
        assert u.interviewee == "Orla Vandersteen-Mbeki", verb
        assert said_in(u, "car park")["car park"] == ("interviewee", "Orla Vandersteen-Mbeki"), verb


def test_a_surname_that_ends_like_a_verb_stays_whole():
    body = TITLE_CASE_PIECE.replace("Orla Vandersteen-Mbeki", "Orla Banks")
    u = read(body, "Orla Banks on Why She Went Back to 'Saltmarsh Keepers'")
    assert u.interviewee == "Orla Banks"
    assert said_in(u, "car park")["car park"] == ("interviewee", "Orla Banks")


RECAP = """**Rating: 4 out of 5**

## The recap

Wren (Sadie Okonjo-Pratt) spends the hour up a ladder fixing the chapel roof while the storm rolls in.

## We asked Sadie Okonjo-Pratt everything

I got ten minutes on the phone with Sadie the morning after.

**Tamsin:** Were you really up that ladder?

**Sadie:** Every rung of it. The stunt double was off with a cold, and I said I'd do it myself.

**Tamsin:** What's next for Wren?

**Sadie:** More roofs, I suspect. She can't leave anything broken alone.
"""


def test_a_recap_title_with_the_star_answering_gives_her_full_name_to_her_first_name_label():
    u = read(RECAP, "Chapel Lane Recap: Season 1, Episode 4 (Plus: Sadie Okonjo-Pratt Answers Our Questions)",
             byline="Tamsin Greaves-Oduya")
    assert u.interviewee == "Sadie Okonjo-Pratt"
    all_said_by(u, ("interviewee", "Sadie Okonjo-Pratt"), "Every rung", "More roofs")
    assert said_in(u, "really up that ladder")["really up that ladder"][0] == "interviewer"


# A Sunday paper's fixed column: a fact box of two fields, then the same questions every week in bold with the
# answer on the line under each.
FIXED_COLUMN = """## SCREEN TIME

*Every week a face from the telly answers our questions. This week: Bethan Llewelyn-Araya, 31, who plays a ferry
mechanic in* Tidewater.

**Born:** Pwllheli, 1995.

**Lives:** Swansea, with two cats and far too many bikes.

**First programme you remember?**
A cartoon about a badger who drove a bus. I cried when the bus broke down.

**Best advice you've been given?**
Always eat before a night shoot. Nobody feeds you after midnight.

**In three words: your character?**
Oily, loyal, stubborn.
"""


def test_a_fact_box_of_two_fields_names_nobody_and_the_answers_below_are_the_subjects():
    u = read(FIXED_COLUMN, "Screen Time: Bethan Llewelyn-Araya", byline="Gethin Moss")
    assert u.interviewee == "Bethan Llewelyn-Araya"
    by_words = said_in(u, "badger who drove a bus", "night shoot", "Oily, loyal", "two cats", "Pwllheli")
    assert by_words["badger who drove a bus"] == ("interviewee", "Bethan Llewelyn-Araya")
    assert by_words["night shoot"] == ("interviewee", "Bethan Llewelyn-Araya")
    assert by_words["Oily, loyal"] == ("interviewee", "Bethan Llewelyn-Araya")
    assert by_words["two cats"][0] == "narration"
    assert by_words["Pwllheli"][0] == "narration"


def test_first_name_labels_used_in_a_fact_column_stay_speakers():
    body = FIXED_COLUMN.replace("**First programme you remember?**\n", "**Gethin:** First programme you remember?\n\n**Bethan:** ")
    u = read(body, "Screen Time: Bethan Llewelyn-Araya", byline="Gethin Moss")
    assert said_in(u, "badger who drove a bus")["badger who drove a bus"] == ("interviewee", "Bethan Llewelyn-Araya")


# A TV station's news site: quotes with `she said`, and a link to another story in bold between them.
NEWS_SITE = """Popular actress Wanjiru Kamau-Otieno, known as the stern headmistress in *Darasa la Pili*, has spoken about
her years of rejection.

"I was sent home from four auditions. I kept going back," Wanjiru said.

**READ ALSO: Five local dramas to watch this December**

The mother of two said she learned patience from her grandmother, a tea farmer.

"My grandmother picked tea before sunrise for forty years. I think of her hands when I am tired," she said.

**SEE ALSO: Station unveils its festive line-up**

"Nobody owes you a role. You keep knocking," she said.
"""


def test_a_news_sites_link_to_another_story_is_no_speaker():
    u = read(NEWS_SITE, "Darasa la Pili actress Wanjiru Kamau-Otieno: I was sent home four times",
             byline="Otieno Waweru")
    assert u.interviewee == "Wanjiru Kamau-Otieno"
    by_words = said_in(u, "picked tea", "keep knocking", "Five local dramas", "learned patience")
    assert by_words["picked tea"] == ("interviewee", "Wanjiru Kamau-Otieno")
    assert by_words["keep knocking"] == ("interviewee", "Wanjiru Kamau-Otieno")
    assert by_words["Five local dramas"][0] == "narration"
    assert by_words["learned patience"][0] == "narration"


# A trade paper's exclusive: a kicker in bold over the lede, then the outlet's questions and the star's answers.
TRADE_QA = """**EXCLUSIVE:** Ingrid Aldous-Nwosu was meant to be a guest star on *Blackwater Yard*. Three seasons later she
is its lead.

Aldous-Nwosu spoke with The Reel about the finale and the season-two order.

**REEL: When did you find out you were the lead?**

INGRID ALDOUS-NWOSU: On a train, from a text. I thought it was a typo and rang my agent to check.

**REEL: And the finale?**

ALDOUS-NWOSU: I cried reading it on my kitchen floor, which is where I read everything.
"""


def test_a_kicker_over_the_lede_is_no_interviewer():
    u = read(TRADE_QA, "Blackwater Yard's Ingrid Aldous-Nwosu on the Finale", byline="Dale Fennimore")
    assert u.interviewee == "Ingrid Aldous-Nwosu"
    by_words = said_in(u, "meant to be a guest star", "spoke with The Reel", "kitchen floor", "from a text")
    assert by_words["meant to be a guest star"][0] == "narration"
    assert by_words["spoke with The Reel"][0] == "narration"
    assert by_words["kitchen floor"] == ("interviewee", "Ingrid Aldous-Nwosu")
    assert by_words["from a text"] == ("interviewee", "Ingrid Aldous-Nwosu")


# A wire story as the agency files it: a desk header with the slug and word count, a dateline, quotes with `said`.
WIRE = """NORTHWIRE ENTERTAINMENT
MAN / 3 Jun 2026 / 09:15 GMT
SLUG: TELEVISION-BRITAIN/OKAFOR-LINDQVIST
WORDS: 410

INTERVIEW-Stage veteran Okafor-Lindqvist lands first TV lead at 58

By Petra Summerhayes

MANCHESTER, June 3 (Northwire) - Ambrose Okafor-Lindqvist spent thirty years in repertory theatre before anyone
offered him a television lead.

"I had given up on the telly. I thought it had given up on me," Okafor-Lindqvist told Northwire.

He plays a retired lock-keeper in the new drama.

"My uncle kept a lock on the Bridgewater canal. I borrowed his walk," he said.

(Reporting by Petra Summerhayes; Editing by Tom Aske)
"""


def test_a_wire_desk_header_names_nobody_and_the_actor_is_interviewed():
    u = read(WIRE, "INTERVIEW-Stage veteran Okafor-Lindqvist lands first TV lead at 58", source="wire.txt")
    assert u.interviewee == "Ambrose Okafor-Lindqvist"
    by_words = said_in(u, "given up on the telly", "borrowed his walk", "410", "repertory theatre")
    assert by_words["given up on the telly"] == ("interviewee", "Ambrose Okafor-Lindqvist")
    assert by_words["borrowed his walk"] == ("interviewee", "Ambrose Okafor-Lindqvist")
    assert by_words["410"][0] == "narration"
    assert by_words["repertory theatre"][0] == "narration"


# A paper's profile: a quote's attribution with where she sits after it, then her quote going on; a co-star named
# in the paragraph before his own quote, which opens on "he tells".
PROFILE = """Ines Okoro-Lindahl has fallen off exactly one horse on camera, and it is in the opening titles. She grew up above
her father's stables in Kildare, and she still rides most weekends.

"Nine takes," she says, sitting in a Harbour Road cafe with her scarf still on. "Nine takes, one sprained wrist and a wrangler who kept saying 'grand' in a voice that meant the opposite."

Speaking to Screen Weekly at the yard in Naas, the mother of one disclosed that a trainer once said she rode "like a sack of spuds".

"I went home and cried all night. My mother found me and said, 'Get back on, it's only a horse.' So I got back on," she said.

Co-star Tavish Brennan-Oyelaran, who plays her brother, reckons Ines is the best rider in the cast.

"She has actually broken in a colt now," he tells *Screen Weekly*. "I held the rope."
"""


def test_a_quote_goes_on_past_an_attribution_that_places_the_speaker():
    u = read(PROFILE, "Ines Okoro-Lindahl on falling off a horse", byline="Maeve Corrigan")
    assert said_in(u, "one sprained wrist")["one sprained wrist"] == ("interviewee", "Ines Okoro-Lindahl")


def test_he_after_a_paragraph_bringing_in_a_co_star_is_the_co_star_though_it_names_her_after_him():
    u = read(PROFILE, "Ines Okoro-Lindahl on falling off a horse", byline="Maeve Corrigan")
    assert said_in(u, "broken in a colt")["broken in a colt"] == ("other", "Tavish Brennan-Oyelaran")


def test_someone_named_between_two_quotes_keeps_the_second_from_the_first_speaker():
    body = PROFILE.replace("sitting in a Harbour Road cafe with her scarf still on", "and Tavish Brennan-Oyelaran laughs")
    u = read(body, "Ines Okoro-Lindahl on falling off a horse", byline="Maeve Corrigan")
    assert said_in(u, "one sprained wrist")["one sprained wrist"] != ("interviewee", "Ines Okoro-Lindahl")


def test_the_actor_in_her_own_paragraph_stays_hers_after_a_co_star():
    body = PROFILE.replace('"She has actually broken in a colt now," he tells *Screen Weekly*. "I held the rope."',
                           'Okoro-Lindahl insists she is no cowgirl. "I hold the reins like a shopping bag," the actor '
                           'says.')
    u = read(body, "Ines Okoro-Lindahl on falling off a horse", byline="Maeve Corrigan")
    assert said_in(u, "shopping bag")["shopping bag"] == ("interviewee", "Ines Okoro-Lindahl")


# A network's press page: a heading saying whose conversation follows, questions as headings with plain answers, an
# executive producer quoted by the page, then the page's own sections about the show and whom to call.
PRESS_PAGE = """## Q&A with Rosalind Achterberg-Vale ("Nell Hawick")

### What drew you to Nell?

She mends fishing nets for a living and she has an opinion about everything. I liked her before I finished the
first page.

### You learned to sail for the role. How did that go?

"Everyone capsizes once," the instructor told me. I capsized three times, so I'm ahead of the class.

### Any favourite moment from set?

The night the real fog rolled in and we shot the whole storm scene for free.

"Rosalind carried this show on her back," said executive producer Imogen Castellane-Ruiz. "She never once complained."

## About SALT LINES

SALT LINES is produced by Kittiwake Pictures for Bramblehurst. The series was filmed on location in Northumberland.

## Media Contacts

Hollis Pemberton-Gray, 212-555-0190, hollis@bramblehurst.example
"""


def test_a_press_pages_own_sections_and_quoted_producer_are_not_the_answers():
    u = read(PRESS_PAGE, "HIGH SUMMER: Q&A with Rosalind Achterberg-Vale", byline="Bramblehurst Press")
    assert u.interviewee == "Rosalind Achterberg-Vale"
    by_words = said_in(u, "mends fishing nets", "ahead of the class", "real fog", "carried this show",
                       "Kittiwake Pictures", "212-555-0190")
    hers = ("interviewee", "Rosalind Achterberg-Vale")
    assert by_words["mends fishing nets"] == hers
    assert by_words["ahead of the class"] == hers  # her answer opens on someone's words, then goes on in hers
    assert by_words["real fog"] == hers
    assert by_words["carried this show"] == ("other", "Imogen Castellane-Ruiz")
    assert by_words["Kittiwake Pictures"][0] == "narration"
    assert by_words["212-555-0190"][0] == "narration"


def test_an_about_heading_in_a_heading_question_interview_ends_the_answers():
    body = PRESS_PAGE.replace('## Q&A with Rosalind Achterberg-Vale ("Nell Hawick")\n\n',
                              "Rosalind Achterberg-Vale stars as Nell Hawick in SALT LINES, premiering in June.\n\n")
    u = read(body, "Rosalind Achterberg-Vale on Salt Lines", byline="Bramblehurst Press")
    by_words = said_in(u, "mends fishing nets", "Kittiwake Pictures", "About SALT LINES", "carried this show",
                       "ahead of the class")
    assert by_words["mends fishing nets"] == ("interviewee", "Rosalind Achterberg-Vale")
    assert by_words["ahead of the class"] == ("interviewee", "Rosalind Achterberg-Vale")
    assert by_words["carried this show"] == ("other", "Imogen Castellane-Ruiz")
    assert by_words["About SALT LINES"][0] == "narration"
    assert by_words["Kittiwake Pictures"][0] == "narration"


# A TV guide's cover story: `**Q:**` and the star's surname in capitals, and a boxed paragraph in the middle quoting
# a co-star.
COVER_STORY = """*The Emmy nominee on the third season of his swamp drama.*

**Q: Three seasons in. Does Boone still surprise you?**

**MARCHETTI-OSEI:** Every week. I find out he has a cousin or a boat I never knew about.

**BEHIND THE SCENES:** Castellanos-Reid says the star bakes for the crew every Friday. "He burns every single batch," she tells *Screen Guide*. "Nobody has the heart to tell him."

**Q: Hat or no hat?**

**MARCHETTI-OSEI:** Hat. Always hat.
"""


def test_a_boxed_paragraph_in_a_qa_gives_its_quote_to_the_one_it_quotes():
    u = read(COVER_STORY, "Dario Marchetti-Osei Is Ready to Go Back to the Swamp", byline="Screen Guide")
    assert u.interviewee == "Dario Marchetti-Osei"
    by_words = said_in(u, "burns every single batch", "bakes for the crew", "Always hat")
    assert by_words["burns every single batch"][0] == "other"
    assert by_words["bakes for the crew"][0] == "narration"
    assert by_words["Always hat"] == ("interviewee", "Dario Marchetti-Osei")


# A celebrity site's write-up of a podcast: the star told the hosts by name, her quote going on after that, and one
# host's remark quoted.
PODCAST = """The *Ridgeback* star, 41, revealed on Monday's episode of the *Green Room* podcast that she was turned down
for the part four times. She was waiting tables at the time, and she nearly gave up.

"They kept saying nearly," Ottoline Farrant-Osei told hosts Marcus Delacroix-Boyd and Petra Lindqvist-Hale. "Nearly is the cruellest word there is. A no you can cry about."

Delacroix-Boyd asked whether she had ever thought of quitting.

"Every single Tuesday," she admitted.

Lindqvist-Hale, who guest-starred on the show in its first season, chimed in: "You do have the loudest laugh on that set. The sound team used to wince."
"""


def test_a_quote_goes_on_past_telling_the_hosts_and_a_hosts_remark_is_the_asking_sides():
    u = read(PODCAST, "Ottoline Farrant-Osei Reveals She Was Turned Down for 'Ridgeback' Four Times",
             byline="Tyrone Baptiste")
    assert u.interviewee == "Ottoline Farrant-Osei"
    all_said_by(u, ("interviewee", "Ottoline Farrant-Osei"), "cruellest word", "Every single Tuesday")
    all_said_by(u, ("interviewer", "Petra Lindqvist-Hale"), "loudest laugh")


def test_a_guest_told_by_name_is_no_host():
    body = PODCAST.replace("told hosts Marcus Delacroix-Boyd and Petra Lindqvist-Hale", "told Petra Lindqvist-Hale")
    u = read(body, "Ottoline Farrant-Osei Reveals She Was Turned Down for 'Ridgeback' Four Times",
             byline="Tyrone Baptiste")
    assert said_in(u, "loudest laugh")["loudest laugh"] == ("other", "Petra Lindqvist-Hale")


# A fan site's repost of a translated magazine interview: the source and the translator in a block quote, then
# the interview; and a listings magazine's subscription offer after the last answer.
REPOST = """**Posted by Margaux**

Here is the full interview from this week's magazine, translated for everyone who asked!

> **Source:** *Écran Semaine*, n° 802, pages 10–13. Interview by Lucien Berthollet. Photos: Anaïs Vercors.
> **Translated by:** Margaux for solenne-arnaud-fans.example

**Écran Semaine: Solenne Arnaud, how did you find your way into the role?**

Solenne Arnaud: Through the boots, honestly. The costume designer gave me boots two sizes too big and I walked like a sailor.

**And the fishing scenes?**

I was seasick every single morning. The crew made me a bucket with my name on it.

> I never wanted to be the pretty one. I wanted to be the one you remember.

*Subscribe to Écran Semaine and get 10 issues for €10. Terms apply.*
"""


def test_a_reposts_source_box_and_a_subscription_offer_are_nobodys_answers():
    u = read(REPOST, "Solenne Arnaud in Écran Semaine (translated)", byline="Margaux")
    assert u.interviewee == "Solenne Arnaud"
    by_words = said_in(u, "Interview by Lucien", "two sizes too big", "seasick", "10 issues", "the pretty one")
    assert by_words["Interview by Lucien"][0] == "narration"
    assert by_words["10 issues"][0] == "narration"
    assert by_words["two sizes too big"] == ("interviewee", "Solenne Arnaud")
    assert by_words["seasick"] == ("interviewee", "Solenne Arnaud")
    assert by_words["the pretty one"] == ("interviewee", "Solenne Arnaud")  # her words set apart stay hers
