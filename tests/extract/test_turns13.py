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
