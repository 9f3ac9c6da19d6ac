"""Who is interviewed, decided by evidence; labels resolved to the full names the article gives."""

from datetime import date

import pytest

from newsletter.extract import understand
from newsletter.extract.cast import Cast, people_named, short_form
from newsletter.model import Interview


@pytest.mark.parametrize("headline, names", [
    ("Five Minutes With Dara Quill", ["Dara Quill"]),
    ("Harbor Lights' Tomas Varga Talks Boats, Books, And Bad Weather", ["Tomas Varga"]),
    ("Our Ten Minutes In Paradise With Northern Sky's Ines Marlow", ["Ines Marlow"]),
    ("Maya Lin Okafor, Actress", ["Maya Lin Okafor"]),
    ("Then Dara Quill said", ["Dara Quill"]),
    ("A chat with Kit Ambrose & Noor V. Halim about their film", ["Kit Ambrose", "Noor V. Halim"]),
    ("Life in Los Angeles and New York", []),
    # places the air-date tables know by name, one of whose words is no place alone
    ("From Oklahoma City to Northern Ireland with Sydney Vance", ["Sydney Vance"]),
    ("Tidewater's Shauna McBride on the storm", ["Shauna McBride"]),  # a capital inside a word
    ("Yusuf Demir-Hollis and Marc-André Roux", ["Yusuf Demir-Hollis", "Marc-André Roux"]),  # hyphens, accents
    ("Inès Calvet and Łucja Nowak talk", ["Inès Calvet", "Łucja Nowak"]),
    ("Mercedes de la Fuente returns", ["Mercedes de la Fuente"]),  # name particles
    ("Why Dara Quill’s hair is blue", ["Dara Quill"]),  # a person's own possessive ends the name
    ("Lena Voss' new car", ["Lena Voss"]),
    ("‘Night Desk’ star Lena Voss", ["Lena Voss"]),  # a closing quote mark is not a possessive
])
def test_people_named_in_headlines(headline, names):
    # Candidates, in order; later title-case phrases ("Bad Weather") are left for the evidence score to drop.
    assert people_named(headline)[:len(names) or None] == names


@pytest.mark.parametrize("label, full", [("RM", "Rhea Mallory"), ("R.M.", "Rhea Mallory"),
                                         ("MALLORY", "Rhea Mallory"), ("Rhae Mallory", "Rhea Mallory"),
                                         ("OSTER", "Benno Ostergaard"), ("BENNO OSTERGARD", "Benno Ostergaard")])
def test_labels_resolve_to_the_name_the_lead_gives(label, full):
    cast = Cast([], context="Rhea Mallory and Benno Ostergaard sat down with us before the premiere.")
    if label == "OSTER":  # a clipped surname is not a misspelling: it stays as written
        assert cast.resolve(label) == "Oster"
    else:
        assert cast.resolve(label) == full


def _iv(body: str, title: str) -> Interview:
    return Interview(source="t.md", body=body, date=date(2026, 11, 23), title=title, byline="Sam Ode")


def test_the_subject_is_a_person_not_the_show_in_italics_or_the_byline():
    body = ("Fans of _Copper Bay_ know Lena Ardis as the harbor master. Ardis, who plays Captain Wren, "
            "says the last season was the hardest.\n\n"
            "**What was the hardest scene?** The storm in episode four. We shot it in a tank for three nights and "
            "I lost my voice on the second one.\n\n"
            "**Will Captain Wren be back?** I would love that, but nobody has told me a thing.")
    u = understand(_iv(body, "Copper Bay's Lena Ardis on the storm"))
    assert u.interviewee == "Lena Ardis"
    answer = next(t for t in u.turns if "The storm in episode four" in t.text)
    assert (answer.role, answer.speaker) == ("interviewee", "Lena Ardis")


def test_a_label_with_an_aside_is_still_a_label_and_bold_questions_keep_guests_as_guests():
    body = ("We sat down with Kit Ambrose and Noor V. Halim to talk about their film.\n\n"
            "**So how did this start?**\n\n"
            "**Kit Ambrose** _[standing up, pacing]_: It started with a bet about a bicycle.\n\n"
            "**Noor V. Halim:** He lost the bet, for the record.\n\n"
            "**Kit:** I lost the bet, and then I wrote the script in six weeks on a borrowed laptop.\n\n"
            "**Noor:** Nine weeks. He rounds down.\n\n"
            "**Kit:** Nine weeks, fine. The laptop was hers.\n\n"
            "**Did the bicycle make it into the film?** \n\n"
            "**Kit:** It is in the opening shot, leaning on a lamp post in the rain.")
    u = understand(_iv(body, "Kit Ambrose & Noor V. Halim on their bicycle film"))
    assert u.interviewee == "Kit Ambrose"
    roles = {t.text[:20]: (t.role, t.speaker) for t in u.turns}
    assert roles["It started with a be"] == ("interviewee", "Kit Ambrose")
    assert roles["He lost the bet, for"] == ("other", "Noor V. Halim")
    assert roles["It is in the opening"] == ("interviewee", "Kit Ambrose")
    assert roles["So how did this star"][0] == "interviewer"


def test_a_talk_show_host_is_an_interviewer_and_the_first_guest_introduced_is_the_subject():
    body = ("Wake Up Today is a morning show that has run since 1999, created by Dana Whitfield.\n\n"
            "**Lou Becker:** Please welcome Priya Sandoval and Marco Hale!\n\n"
            "**Priya Sandoval:** Thank you, it is early, but we are here.\n\n"
            "**Ines Ruiz:** You two play rival chefs. Do you ever cook at home?\n\n"
            "**Marco Hale:** Never. I burn water.\n\n"
            "**Priya:** He really does. I cooked every meal on the set for a month to learn the knife work.\n\n"
            "**Lou:** And the finale?\n\n"
            "**Priya:** The finale is a cook-off in a blizzard, and I lost two fingernails filming it.")
    u = understand(_iv(body, "Wake Up Today"))
    assert u.interviewee == "Priya Sandoval" and u.confidence >= 0.5
    roles = {t.text[:16]: (t.role, t.speaker) for t in u.turns}
    assert roles["Please welcome P"][0] == "interviewer"
    assert roles["You two play riv"][0] == "interviewer"  # a second host, never introduced
    assert roles["Never. I burn wa"] == ("other", "Marco Hale")
    assert roles["The finale is a "] == ("interviewee", "Priya Sandoval")


def test_cnn_style_descriptors_tell_hosts_from_guests():
    body = ("**NORA BLAKE, HOST:** Tonight, the cast of a hospital drama.\n\n"
            "**BLAKE:** Dr. Ames, what do real surgeons think of the show?\n\n"
            "**PAUL AMES, SURGICAL CONSULTANT:** They watch it to find our mistakes, and there are fewer each year.\n\n"
            "**RITA VOSS, ACTRESS, \"NIGHT WARD\":** I practised sutures on oranges for a whole summer.\n\n"
            "**BLAKE:** Rita, did you faint?\n\n"
            "**VOSS:** Only once, and it was at the dentist.")
    u = understand(_iv(body, "Night Ward's Rita Voss and the real surgeons"))
    roles = {t.text[:16]: (t.role, t.speaker) for t in u.turns}
    assert roles["Dr. Ames, what d"][0] == "interviewer"
    assert roles["They watch it to"] == ("other", "Paul Ames")
    assert roles["I practised sutu"] == ("interviewee", "Rita Voss")
    assert roles["Only once, and i"] == ("interviewee", "Rita Voss")


def test_when_nobody_can_be_told_as_the_subject_no_quote_goes_out_under_a_guess():
    from newsletter.pull_quotes import select_pull_quotes
    body = ("**Kit Ambrose:** We filmed the whole thing on a ferry that never left the harbour.\n\n"
            "**Noor Halim:** I was seasick anyway, every single day of the shoot, even in the harbour.\n\n"
            "**Kit Ambrose:** She was, and she never missed a single call time.\n\n"
            "**Noor Halim:** I kept ginger biscuits in every pocket of my costume for the whole summer.")
    u = understand(Interview(source="t.md", body=body, date=date(2026, 11, 23)))
    assert u.confidence < 0.5
    sel = select_pull_quotes(u, count=2)
    assert sel.picks == () and "not sure who is interviewed" in sel.warnings[0]
    assert any("not sure" in w and "interviewee:" in w for w in u.warnings)


def test_she_and_he_go_to_the_person_the_article_gives_that_pronoun():
    body = ("Lena Ardis has played the harbour master for six years. She still gets seasick, and she laughs "
            "about it. Her co-star Tomas Varga plays the smuggler; he learned to sail for the part, and his boat "
            "is moored next to hers.\n\n"
            "Ardis remembers the first storm scene with Varga. “I was green for the whole week,” she says. "
            "“He was the one holding the bucket.”\n\n"
            "“She steers better than I do,” Varga admits. Ardis disagrees. “I was lucky with the wind.”\n\n"
            "Varga was not so sure. “She never once let me take the wheel,” he says.")
    u = understand(_iv(body, "Lena Ardis on six years at sea"))
    by = {t.text[:12]: (t.role, t.speaker) for t in u.turns}
    assert by["I was green "] == ("interviewee", "Lena Ardis")
    assert by["He was the o"] == ("interviewee", "Lena Ardis")
    assert by["She never on"] == ("other", "Tomas Varga")


def test_news_about_someone_who_is_never_quoted_is_not_taken_for_an_interview():
    body = ("Lena Ardis will leave Copper Bay at the end of the season, the network said on Monday. Ardis has "
            "played the harbor master since the pilot.\n\n"
            "The network has not said who will replace her. Copper Bay airs Thursdays at 9 p.m. on CBS.")
    u = understand(_iv(body, "Lena Ardis to leave Copper Bay"))
    assert u.interviewee == "Lena Ardis" and u.confidence < 0.5
    assert any("never quoted" in w for w in u.warnings)
    spoken = understand(_iv(body.replace("the network said on Monday.", "the network said on Monday. "
                                         "“Nine years is a good run,” Ardis said."), "Lena Ardis to leave Copper Bay"))
    assert spoken.confidence >= 0.5


def test_a_show_written_in_quote_marks_is_a_title_not_the_interviewee():
    body = ("Ines Roe is known for twisty puzzles. With ‘Marlowe Yard,’ the new show starring Dev Okafor, she "
            "tries something else: ‘Marlowe Yard’ shows the killer in the first minute.\n\n"
            "“I wanted the audience to know more than the detective,” Roe says. “The fun is in how she catches up.”")
    u = understand(_iv(body, "Marlowe Yard: Ines Roe on the open mystery"))
    assert u.interviewee == "Ines Roe"
    assert {(q.speaker, q.text[:12]) for q in u.quotes} == {("Ines Roe", "I wanted the"), ("Ines Roe", "The fun is i")}


def test_an_attribute_of_an_embedded_player_is_not_a_quote():
    body = ("Ines Roe talked to us about the new season.\n\n"
            '<iframe width="560" src="https://video.example/embed/x" allow="autoplay; clipboard-write; encrypted-media; picture-in-picture"></iframe>\n\n'
            "“It is darker and funnier,” Roe says.")
    u = understand(_iv(body, "Ines Roe on the new season"))
    assert [q.text for q in u.quotes] == ["It is darker and funnier,"]


@pytest.mark.parametrize("title, lede", [
    ("Harbor Museum reopens with Lena Ardis", "The Harbor Museum reopened on Monday. The Harbor Museum, where the "
     "show films, had been shut for a year, and the Harbor Museum's keepers were there to open the doors."),
    ("Lena Ardis in the Daily Ledger", "The Daily Ledger asked its readers to send questions. The Daily Ledger got "
     "four hundred, and the Daily Ledger picked the best."),
])
def test_a_paper_or_a_building_is_never_the_interviewee(title, lede):
    body = lede + "\n\n“I always wanted to play someone who keeps a secret,” says Lena Ardis."
    u = understand(_iv(body, title))
    assert u.interviewee == "Lena Ardis"


def test_words_the_article_also_writes_in_lower_case_are_not_a_name():
    body = ("We left off last season with the harbor in flames and the town cut off by the storm.\n\n"
            "Here is everything to know before the premiere on Thursday.")
    u = understand(_iv(body, "Where We Left Off"))
    assert u.interviewee is None


@pytest.mark.parametrize("title, body", [
    # Headline capitals the story never uses again: a column's name, not a person.
    ("Rerun Roundup: Six Finales Worth A Second Look", "The week brought six finales. Here are the ones to watch "
     "again before the summer schedule starts."),
    # A name that only ever stands inside a club's or a museum's name.
    ("Velvet Anchors Bids Farewell", "The Velvet Anchors Club closed its doors on Friday after thirty years. "
     "Regulars at the Velvet Anchors Club said the bar had been a second home."),
    # A place and a month abbreviation: a date, not a surname.
    ("Set Tour In Larkhaven Feb. 9", "Fans can walk the set of the detective drama in Larkhaven on Feb. 9, "
     "the studio said."),
])
def test_a_headline_phrase_a_club_or_a_date_is_never_the_interviewee(title, body):
    assert understand(_iv(body, title)).interviewee is None


def test_a_date_after_a_place_is_not_part_of_a_name():
    assert people_named("Crowds In Larkhaven Jan. 13") == []
    assert people_named("Jan Velder returns") == ["Jan Velder"]  # a first name, not a month


def test_in_a_talk_show_transcript_the_guest_who_answers_is_the_subject_not_the_host_who_speaks_first():
    body = ("[applause]\n\n"
            "**Nia Holt:** Congratulations on two hundred episodes, that is a real milestone.\n\n"
            "[cheers]\n\n"
            "**Lena Ardis:** Thank you. I still cannot believe we made it past the first season.\n\n"
            "**Nia Holt:** I heard you did not think it would last.\n\n"
            "**Lena Ardis:** Not at all. We thought six episodes and home, so I kept my apartment in New York.\n\n"
            "**Rae Santos:** What do you do between takes?\n\n"
            "**Lena Ardis:** We play cards in the bait shop. I have lost a fortune to the sound crew.\n\n"
            "**Rae Santos:** Who wins?\n\n"
            "**Lena Ardis:** The boom operator, every single time, and he never says how.")
    u = understand(_iv(body, "The Midday Couch (4 May)"))
    assert u.interviewee == "Lena Ardis"
    assert {t.role for t in u.turns if t.speaker in ("Nia Holt", "Rae Santos")} == {"interviewer"}


def test_a_show_named_for_its_host_does_not_make_the_host_its_guest():
    body = ("**Rae Santos:** Lena Ardis is on the line from the set. Lena, welcome to Late Tide with Rae Santos.\n\n"
            "**Lena Ardis:** Thanks, Rae. It is good to be on, even at this hour.\n\n"
            "**Rae Santos:** So you are a night owl, like your character.\n\n"
            "**Lena Ardis:** Worse. I write at three in the morning and sleep until noon when we are not shooting.\n\n"
            "**Dev Okafor:** She does. I get her pages at four.\n\n"
            "**Rae Santos:** And what are you writing?\n\n"
            "**Lena Ardis:** A play about a lighthouse keeper who hates the sea, which my mother finds very funny.")
    u = understand(_iv(body, "Late Tide with Rae Santos"))
    assert u.interviewee == "Lena Ardis"
    assert {t.role for t in u.turns if t.text.startswith(("Lena Ardis is on", "So you are", "And what"))} == \
        {"interviewer"}


def test_a_person_whose_name_is_made_of_everyday_words_is_still_a_person_when_quoted():
    body = ("Mark Strong has a strong opinion about the mark a villain leaves. “Nobody remembers the hero's coat,” "
            "says Mark Strong. “Everybody remembers the villain's.”")
    u = understand(_iv(body, "Mark Strong on villains"))
    assert u.interviewee == "Mark Strong"


def test_a_speaker_label_set_in_italics_is_not_a_title_in_italics():
    from newsletter.extract.subject import guess_interviewee
    body = ("Six seasons on *Kingfisher Road*, and the garage is gone.\n\n"
            "*Screen Weekly*: What changed this year?\n\n"
            "*Hollis Grange*: Everything. The garage burned down in the first episode and we rebuilt it on a lot in Leeds.\n\n"
            "*Screen Weekly*: Did you keep anything from the old set?\n\n"
            "*Grange*: A wrench with my character's name scratched on it. It lives in my kitchen now.")
    iv = Interview(source="t.md", body=body, date=date(2026, 11, 23), title="Hollis Grange on Kingfisher Road",
                   outlet="Screen Weekly")
    assert guess_interviewee(iv, body)[0] == "Hollis Grange"
    u = understand(iv)
    assert u.interviewee == "Hollis Grange"
    assert {t.speaker for t in u.turns if t.role == "interviewee"} == {"Hollis Grange"}


@pytest.mark.parametrize("label, shown", [("DE LA FUENTE", "De la Fuente"), ("MERCEDES DE LA FUENTE", "Mercedes de la Fuente"),
                                          ("BRENNAN-MOSS", "Brennan-Moss"), ("O'NEIL", "O'Neil")])
def test_labels_in_capitals_are_shown_as_names_are_written(label, shown):
    from newsletter.extract.cast import display_name
    assert display_name(label) == shown


def test_a_surname_with_particles_stands_for_the_full_name():
    from newsletter.extract.cast import match_strength
    assert match_strength("DE LA FUENTE", "Mercedes de la Fuente") == 2
    assert match_strength("DE LA", "Mercedes de la Fuente") == 0  # particles alone are nobody


@pytest.mark.parametrize("title, body, who", [
    # A show set off in plain single quotes in the headline, its hero's name all over the body.
    ("Interview: Nell Varga On 'Ask Walt' & Coming Home",
     "Nell Varga has played Walt's sister for five seasons of *Ask Walt*.\n\n"
     "*[Spoilers for the season finale of 'Ask Walt' ahead]*\n\n"
     "**Did Walt deserve that ending?** Walt never deserves anything. That is why Walt is fun to write for.",
     "Nell Varga"),
    # A character with a family word, and one named before "played by".
    ("The Abbey's Tessa Moyo on Aunt Hester",
     "Aunt Hester rules the abbey with a ladle. Aunt Hester, played by Tessa Moyo, is the fans' favourite.\n\n"
     "Poor Hester, played by Moyo, never wins. “I love that she never wins,” Moyo says. Aunt Hester is back "
     "on Sunday; Aunt Hester will be furious.",
     "Tessa Moyo"),
    # Trade copy's "actor's character": the character is talked about more than the producer who is quoted.
    ("Harbor Lights bosses on 200 episodes",
     "Two hundred episodes in, Harbor Lights goes back to where it began, with William Okoro's Gil Brandt. "
     "Gil Brandt left in season nine, but Gil Brandt haunts the lab. Brandt taught them all.\n\n"
     "“We wanted Brandt in every frame,” says executive producer Nadia Pell. “Brandt is the show,” Pell says.\n\n"
     "Gil Brandt may even call. Gil Brandt always calls late.",
     "Nadia Pell"),
    # A show in italics everywhere but the italic standfirst, which sets it roman; the person is named twice.
    ("My TV life: Odette Brannigan-Shaw",
     "*The actor Odette Brannigan-Shaw remembers ten years on* Harbour Lights, *as told to Sam Ives.*\n\n"
     "My first day on *Harbour Lights* I fell down the stairs. *Harbour Lights* was live then. People still "
     "write to me about *Harbour Lights*, and one man sends a card from *Harbour Lights* fans every May.",
     "Odette Brannigan-Shaw"),
    # A box of facts headed in bold beside a profile is the journalist's, not a speaker's.
    ("Freja Holm: 'The wind writes your lines'",
     "Freja Holm plays the inspector in *Stormøen*. “I said no twice,” says Holm.\n\n"
     "**FACTS: Freja Holm**\n\n- Born 1980 in Odense.\n- Lives in Aarhus with two cats.",
     "Freja Holm"),
])
def test_a_show_in_plain_quotes_or_a_character_is_never_the_interviewee(title, body, who):
    assert understand(_iv(body, title)).interviewee == who


def test_a_topic_heading_is_not_a_speakers_label():
    i = _iv("Dev Anand talked to us about books and bosses.\n\n"
            "**On Graham Greene**: “Read him at forty, not at twenty,” Anand says.", "Dev Anand, unfiltered")
    assert [t.speaker for t in understand(i).turns if t.role != "narration"] == ["Dev Anand"]


def test_an_html_bodys_lead_is_its_first_paragraphs_with_words():
    # The view of an HTML body leaves blank stretches between blocks; the lead is still the first paragraphs.
    body = ("<div class=\"image\"><img src=\"x.jpg\"></div>\n<p>Our interview with a sitcom legend.</p>\n"
            "<p>Co-star Dev Okafor is a fine bowler, but this week we talked to Rena Vale, who has played the "
            "grandmother on <em>Lane Nine</em> for eleven years.</p>\n"
            "<p><strong>How did it start?</strong> With a bowling ball and a bad knee.</p>\n"
            "<p><strong>Do you bowl now?</strong> Every Tuesday, badly, with Dev.</p>\n"
            "<p>Vale has a league trophy on her mantel; Vale says it is for the worst score of 2019.</p>")
    assert understand(_iv(body, "Interview: the grandmother of Lane Nine")).interviewee == "Rena Vale"


def test_an_actors_character_is_the_name_after_the_actors_possessive():
    from newsletter.extract.not_names import actors_characters
    body = ("With William Okoro's Gil Brandt back, and Melinda Vance’s Lady Carrow too, the finale is crowded. "
            "Netflix's Bill Marsh is not a character; the team's Harbor Lights is not one either, nor Okoro's Brandt.")
    assert actors_characters(body) == {"Gil Brandt", "Lady Carrow"}



@pytest.mark.parametrize("title,body,who", [
    # A show named like a person stands in the same possessive as an actor; the one it names speaks, so is a person.
    ("Doctor Who's Ida Penhallow goes back to the stage",
     "Doctor Who's Ida Penhallow is back on stage this winter.\n\n"
     "“I missed the theatre more than I can say,” Penhallow said over coffee.\n\n"
     "The play opens in March. “It is a strange, cold little comedy,” she said.",
     "Ida Penhallow"),
    ("Late Night Live's Bram Osei gets a sitcom",
     "Late Night Live's Bram Osei has a sitcom of his own.\n\n"
     "“I wanted to play someone mean for once,” Osei said. “It is a real thrill,” he added.",
     "Bram Osei"),
])
def test_the_one_a_shows_possessive_names_is_a_person_when_quoted(title, body, who):
    assert understand(_iv(body, title)).interviewee == who

def test_i_am_before_a_name_is_not_part_of_it():
    from newsletter.extract.cast import people_named
    assert people_named("I'm Mina Kovacs, I’ve Played The Vet. AMA!") == ["Mina Kovacs"]


def test_two_of_one_family_are_called_by_their_first_names():
    body = ("Ines Varga-Holm and her brother Pell Varga-Holm grew up on a ferry. “We never had a garden,” Ines says. "
            "Pell laughs. “We had a lifeboat.” Ines still keeps the ferry's bell, and Pell keeps its flag.")
    assert short_form("Ines Varga-Holm", body) == "Ines" and short_form("Pell Varga-Holm", body) == "Pell"
    assert short_form("Ines Varga-Holm", "Ines Varga-Holm sings. Varga-Holm laughs.") == "Varga-Holm"
