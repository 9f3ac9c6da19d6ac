"""A floor under the scores on the fictional multi-outlet sets (tests/extract/fiction, fiction2 to fiction19): our text.

Each set was written and annotated before the program ever ran on it. The first set's first score (281 of 376
turns, 17 of 24 interviews with a good pick, 32 of 45 air-date sentences) and the second's (235 of 286 turns, 22
of 25 interviews with a good pick, 10 forbidden picks, 43 of 58 air-date sentences) led to rules about the kinds of
text they showed, so neither is held out any longer. The third set is held out until rules are written against it;
its floor is its first score. The fourth set, of kinds none of the others has, is held out the same way, its floor its
first score, and so are the fifth (kinds none of the first four has), the sixth (kinds none of the first five
has), the seventh (kinds none of the first six has), the eighth (kinds none of the first seven has), the ninth
(newsroom kinds none of the others has), the tenth (house styles none of the others has), the eleventh (pages
and furniture none of the others has), the twelfth (world house styles and exports none of the others has) and the
thirteenth (ordinary mainstream house styles none of the others imitates exactly). The fourteenth imitates the
judges' two held-out kinds: more of a fan archive of one actress's press (the corpus's jorjafox kind) and other
outlets of the gothamist, metro and rodmachen kinds; it stays held out for the session that wrote it. The
fifteenth is more of the same two kinds (another actress's fan archive, other outlets), held out the same way, and
so is the sixteenth (a third actress's archive across other eras and scraping damage, other outlets again), and
the seventeenth, eighteenth and nineteenth the same way (more actresses' archives, other outlets).
These floors only ever go up (and the forbidden ceilings down).
"""

import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location("eval_corpus", Path(__file__).resolve().parents[2] / "bench" /
                                               "eval_corpus.py")
eval_corpus = importlib.util.module_from_spec(_SPEC)
sys.modules["eval_corpus"] = eval_corpus  # dataclasses look their module up by name
_SPEC.loader.exec_module(eval_corpus)

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Floor:
    turns: float
    good_top3: float  # the press releases can never count: their good lists are empty
    max_forbidden: int
    airdates: float
    # Of the airings, those printed with the annotated show (either name containing the other) and network; the
    # first figures (main at 3ab6ea8): fiction 29 and 24 of 35, fiction2 37 and 38 of 43, fiction3 38 and 50 of 50,
    # fiction4 37 and 42 of 46, fiction5 31 and 44 of 51. With the show an airing sentence names itself (its subject,
    # a title it sets off, a listings header), then its listicle item's, its paragraph's, the article's most named:
    # shows 31, 43, 50, 42, 46. With the network a possessive names before the show (`tvN's *Title*`), never an
    # embedded player's host, in its short name, or the one the show's other airings agree on, and the article's
    # show found by its headline's set-off title or the names it repeats as a show's: shows 33, 43, 50, 44, 47 and
    # networks 24, 38, 50, 43, 45; networks 30 in the first set once a network's own release names it in its
    # headline (`Northbank Network sets fall premiere dates`). With the air-date kinds landed beside them (more
    # airings read in the fifth set): shows 49 and networks 48 of 51 there. With the second tier of each market's
    # channels and their regional feeds printed as written (`NHK General TV`, `BBC One Northern Ireland`, `Hallmark
    # Drama`): networks 39 of 43, 46 of 46, 49 of 51 and 49 of 55 in the second, fourth, fifth and sixth sets; with a
    # channel something is on before the day it starts (`is on Yle TV1 from Thursday`) and a platform's channel named
    # after its possessive (`Foxtel's Showcase`): shows 50 and networks 51 of 51 in the fifth, networks 50 of 55 in
    # the sixth.
    printed_show: float = 0.0
    printed_network: float = 0.0


# Stop 34 re-annotated four kinds of air-date sentence in fiction5 to fiction15 after the shared corpus (each set's
# README History gives old and new figures); the air-date and printed floors were raised to the figures after it.
FLOORS = {
    # With "he" after an actress named last going to the man the prose went on to, and titles in quotes left in
    # the narration: 368 of 376 turns. 23 of 24 with a good pick until the pull-quote weights were fitted on the
    # real corpus and all five invented sets together (bench/fit_quotes.py): 22 of 24 since, the trade for fewer
    # forbidden picks on the other sets. 23 again once the reply to a host's welcome is small talk, never a pick.
    "fiction": Floor(turns=369 / 376, good_top3=23 / 24, max_forbidden=0, airdates=45 / 45,
                      printed_show=33 / 35, printed_network=30 / 35),
    # 2 forbidden, down from 14: the picker's rules now exclude lines whose first words stand for something outside
    # them ("I've stolen his walk", "Mine, and…", "I think that's…"), that add to what was said before ("…too."),
    # verdicts without a verb ("If it's good, a long time.") and lines bound to the occasion (issue 11); 1 with
    # the weights fitted on every set. None once an answer doing to "it" what its question asks about ("Do you drive
    # the truck?" "I drive it…") leans on the question.
    # Networks 42 once a call sign is printed with its channel number (`KSEA 7`).
    "fiction2": Floor(turns=0.99, good_top3=0.96, max_forbidden=0, airdates=50 / 58,
                      printed_show=43 / 43, printed_network=42 / 43),
    # The first score, before any rule was written against it (main at 3770575): 271 of 446 turns, 15 of 24 with a
    # good pick, 4 forbidden, 72 of 87 air-date sentences read alone. Then the layouts it showed (a recorder's
    # export, captions, list, table and <dl> Q&As, an as-told-to essay, a newsletter's dashed statements and
    # sign-off): 379 of 446 turns, 18 of 24 with a good pick, 3 forbidden; with the pull-quote rules landed beside
    # them (main at 595709c), 19 of 24 and 2 forbidden.
    # With the lead's rules for its other kinds (labels, Irish and family-name-first names, list items and captions,
    # epithets, fact boxes…) and the air-date kinds: 439 of 446 turns, 22 of 24 with a good pick, 1 forbidden;
    # with a profile's subject given the gender its narration uses: 441.
    # Air dates 79 of 87 read alone once its kinds had rules (titles with a weekday, `on Sunday`, an aside clause
    # before an airing, a premiere before its strip); the 8 left need the sentence before. No forbidden pick with the
    # pull-quote weights fitted on every set.
    # 23 of 24 once "The rest is…" (a part of something told before the quote) stands for something outside it.
    "fiction3": Floor(turns=443 / 446, good_top3=23 / 24, max_forbidden=0, airdates=79 / 87,
                      printed_show=50 / 50, printed_network=50 / 50),
    # The first score, before any rule was written against it (main at 447df3d): 258 of 361 turns, 15 of 22 with a
    # good pick (the listings diary never counts), 4 forbidden, 60 of 72 air-date sentences read alone. Then the
    # layouts it showed (an email answered under its quoted questions, signed readers' letters, P:/R: labels, a
    # speech printed in full, comments under an article, a chat export): 309 of 361 turns, 19 of 22 with a good pick.
    # With the lead's profile, live-blog, guillemet, family-name and roundtable rules and the air-date kinds:
    # 344 of 361 turns, 20 of 22 with a good pick, 3 forbidden, 63 of 72 air-date sentences read alone; with a show
    # a headline writes as a possessive before its star: 352. 2 forbidden once "three of these" was read as
    # pointing outside the line.
    # 21 of 22 once a chat typed in lower case gives its sentences from a small letter. 1 forbidden once a verb whose
    # rest was said before it ("they let me, which…") is no pick.
    # Stop 35 (turns16): 355 once the writer's closing paragraph after a Q&A labelling every turn is narration.
    "fiction4": Floor(turns=355 / 361, good_top3=21 / 22, max_forbidden=1, airdates=65 / 72,
                      printed_show=44 / 46, printed_network=46 / 46),
    # The first score, before any rule was written against it (main at 4e8d940): 296 of 413 turns, 18 of 23 with a
    # good pick (the review and the listings page never count), 12 forbidden, 58 of 77 air-date sentences read alone.
    # With rules for its layouts (a messenger's contact names, subtitle files, a reprinted thread, signed quotes in
    # production notes, a paper in italics no "he") on top of the lead's: 405 of 413 turns, 20 of 23 with a good
    # pick; 5 forbidden at most. With the subject's quote after narration of her doing something, and an "I said"
    # inside a quote no longer naming the journalist: 408. 3 forbidden with the pull-quote weights fitted on every
    # set (a line after a one-word reply weighs less). With the air-date helper's kinds: 72 of 77 air dates.
    "fiction5": Floor(turns=408 / 413, good_top3=20 / 23, max_forbidden=3, airdates=73 / 77,
                      printed_show=52 / 53, printed_network=51 / 51),
    # The first score, before any rule was written against it (main at 3ab6ea8): 254 of 346 turns, 14 of 25 with a
    # good pick (the listings page and the what-to-watch roundup never count), 12 forbidden, 78 of 96 air-date
    # sentences read alone. With the lead's rules written before the set was read (main at 3430cc2): 257, 11
    # forbidden. With rules for its kinds (questions paraphrased in italics, a lightning round in capitals, German
    # speech marks, a family name first, a presenter greeting the guest, numbered questions, a month's name as a
    # first name, a line at the edge of someone else's quoted words, a programme's header lines in the lead): 308 of
    # 346, 18 of 25, 11 forbidden.
    # Its printed show and network on main before the show rules: 30 and 45 of 55; with them (never run on it
    # before): 49 and 45; 50 once a channel's possessive before a subject is no part of the title.
    # 9 forbidden (11 on main at 3430cc2) with the pull-quote rules for "of these", "though" and "I also" and the
    # weights fitted on the real corpus and the first five sets, neither written from this one. With the air-date
    # helper's kinds: 91 of 96 air-date sentences. All together: 308 of 346, 18 of 25, 8 forbidden. 6 forbidden once
    # a refusal to name what was asked ("I won't say which …") and the outlet's "your readers" were never picks.
    # 332 once a profile goes on in its subject's words after a question the narration asks or a sentence about her;
    # 333 once an emailed reply's opening note is its sender's. 1 forbidden once a stock reply as a sentence of its
    # own ("Never say never here.", "Who knows.") leans on its question. 22 good once a commentary track's guest who
    # says more than the others together is its interviewee. No forbidden pick once a quote cut at its attribution
    # whose next quote goes on about it ("…last night,” she said. “Most of them…”) sets up that quote.
    "fiction6": Floor(turns=335 / 346, good_top3=22 / 25, max_forbidden=0, airdates=94 / 96,
                      printed_show=54 / 58, printed_network=53 / 58),
    # The first score, before any rule was written against it (main at 3479558): 284 of 342 turns, 22 of 25 with a
    # good pick (the world listings page never counts), 4 forbidden, 58 of 90 air-date sentences read alone; of its
    # 48 airings, 28 printed with the right show and 22 with the right network. With the air-date kinds it showed
    # (channels named by their country or by a `+`, look-alike clauses beside an airing, zones named by a place, a
    # stop inside emphasis): 86 of 90, and shows 40, networks 43 of 48. 322 turns once a profile goes on in its
    # subject's words after a question the narration asks or a sentence about her. 1 forbidden once a first word
    # acting on "him"/"her" ("Give him a year…") and "it" acting on the speaker ("It makes me cry…") were never picks.
    # 24 of 25 once a quote wholly inside its own marks (a round-up's block quotes) is the speaker's own words.
    # Networks 44 once a name several countries share (`TV3`) is read by the place the sentence names.
    # Networks 46 once a name no table lists stands beside the airing's when (`at 8/7c on Lodestar`).
    # No forbidden pick once a quote cut at its attribution whose next quote goes on about it sets up that quote.
    # Shows 42 with titles in sentence case after another language's article (`*La frontera azul*`).
    # Stop 35 (turns16): 326 with the writer's closing paragraph after every turn labelled.
    "fiction7": Floor(turns=326 / 342, good_top3=24 / 25, max_forbidden=0, airdates=86 / 90,
                      printed_show=43 / 49, printed_network=47 / 49),
    # The first score, before any rule was written against it (main at 838d97c): 179 of 328 turns, 10 of 25 with a
    # good pick (the obituary, the schedule news, the teletext pages and the mailbag never count), 7 forbidden, 65 of
    # 90 air-date sentences read alone; of its 50 airings, 30 printed with the right show and 21 with the right
    # network. The Indonesian portal's file was refused then (a weekday in Indonesian before its date), its 13 checks
    # and 3 sentences in the article scored nothing; read since the loader knows a weekday in any language by its
    # comma: 191 turns, 11 with a good pick, shows 31 and networks 22 of 50. 6 forbidden once the reply to a
    # host's welcome is small talk, never a pick; 5 once a span holding a speaker's label ("> **Fah:** …") is none.
    # With the kinds it showed (a tape's soundbite sheet, a chat log's notices and handles, a press kit's conversation
    # headings, topic labels, a quickfire's signatures, an old table page, a quoted Q&A in a post, a print scan set
    # line by line, a fan's post calling the star by her first name, a round-up's section headings, …): 283 turns, 15 good, 4 forbidden.
    # 2 forbidden once a verdict on "that" after a hedge ("Turns out that's…") and someone's words outside the line
    # ("I'm still not sure what she meant") stand for something said before.
    # 16 good once a chat typed in lower case gives its sentences from a small letter. 1 forbidden once a death
    # notice ("…, has died at the age of 84") gives no pull-quote.
    # With the air-date helper's world tables (more channels, regional feeds, zones) written before the set was read:
    # 66 air dates and networks 23; with the kinds it showed (a channel moving or bringing back a show, a slot
    # pre-empted or pulled and where the episode goes, a press embargo, a class in person, a chat log's stamp, `on the
    # X Channel`, UK Gold, TVJ, Channel 3 HD): 76 of 90 air dates, shows 36 and networks 33 of 50. With a printed
    # schedule's rows under their heading (its teletext pages): shows 37 and networks 38; shows 40 once a row names
    # its own show. 18 good once a tape's or a press room's guest who says more than the others together is its
    # interviewee.
    # Networks 41 once a name no table lists stands beside the airing's when (`at 8/7c on Lodestar`).
    # 77 air dates once `every Sunday` is a weekly slot as `Sundays` is, beside a later clause's last date.
    # Shows 41 once the title its paragraph set off before an airing beats a heading above (a round-up's country).
    # 19 good once an answer correcting what was asked ("Not from the show, from my own kitchen…") leans on it.
    # 289 turns once a speaker is named as fully as the article names them anywhere (a later caption's capitals, an
    # address word before a given name).
    # 291 turns and 21 good once a paper's masthead, dateline, headline and byline are read past to the lead, and a
    # fact file's closing note naming the star by his pet name is the magazine's.
    # 295 once a nickname with a word of address ("Khun Fah") is the full name in brackets after it.
    # Shows 43, networks 43 with a press release's title in capitals as a sentence's subject and a listing's channel
    # after its clock (`*X*, 9/8c, Hearth:`). No forbidden pick once a line of the speaker's own ending on a pronoun
    # with nothing in it to stand for ("…very far for it.") is no pick.
    # Session 35 (airworld): 78 air dates, shows 44 with `It's repeated on Sunday afternoons on X` read.
    # Session 35 (airctx): 78 air-date sentences, `Accra` a city of the zone tables (TV3 beside it: Ghana's).
    # Stop 35, airworld and airctx together: 79 air-date sentences.
    "fiction8": Floor(turns=305 / 328, good_top3=21 / 25, max_forbidden=0, airdates=79 / 90,
                      printed_show=44 / 50, printed_network=43 / 50),
    # The first score, before any rule was written against it (main at 838d97c and 1065abe alike): 243 of 303 turns,
    # 17 of 25 with a good pick (its three air-date pages never count), 4 forbidden, 72 of 95 air-date sentences
    # read alone; of its 58 airings, 46 printed with the right show and 40 with the right network. 1 forbidden once a
    # live stream's comments read out to it, a name called without its comma ("Gemma your tape has…"), a social
    # video's "POV:" caption and "It opens with…" (an episode told of before) are never picks.
    # With the kinds it showed (an oral history signed after each paragraph, a headline's told host, a pasted story's
    # headline over its byline, "the actress said" after a lawyer, a kicker line over the headline, an outlet told, a
    # reported question, a paywall): 276 turns, 22 good. With the air-date helper's world tables and kinds, all
    # written before this set was read: 74 of 95 air dates, shows 48 and networks 46; networks 47 once a name several
    # countries share (`TV3`) is read by the country the article names before it.
    # 76 air dates and shows 50 with a streaming service as a release's subject, a show off air or no longer airing,
    # a box set on sale, a weekly broadcast beside its network's `+` service; 77, shows 51, networks 48 with a slot of
    # `earlier this year` as history and `has its season finale on` a day.
    # No forbidden pick once a refusal to tell ("I'm not telling them about the carrots") is about the answer.
    # Networks 53 once a name no table lists stands beside the airing's when (`at 8/7c on Lodestar`).
    # 79 air dates once an aside's past tense is not the airing's (`to make up for … last week`) and a strip may be
    # bounded by dates before its clock (`every day from December 1 to 24 at 18:50`).
    # 83 air dates, shows 55, networks 54 with a slot left (`from its 21:30 slot to 22:30`), a country opening the
    # sentence (`In Poland, Canal+ Premium`), episodes that land, a named channel's possessive before a kind of show
    # (`Show TV's period drama`), a round-up's bold country label, a front matter series the body never names.
    # network 55 with a brand's tier printed (`Sky Sports Mix`).
    # 84 air dates with a show back in its weekly slot named by its night (`returns to its Tuesday 8pm slot`).
    # Networks 56 once a call sign is printed with its channel number (`KBVX 6`).
    "fiction9": Floor(turns=287 / 303, good_top3=22 / 25, max_forbidden=0, airdates=86 / 95,
                      printed_show=60 / 62, printed_network=60 / 62),
    # The first score, before any rule was written against it (main at 23169b0): 234 of 354 turns, 14 of 25 with a
    # good pick (its three air-date pages never count), 6 forbidden, 77 of 95 air-date sentences read alone; of its 59
    # airings, 45 printed with the right show and 43 with the right network. The Dutch weekly's file was refused then
    # (a day-first date with dashes, `07-10-2026 14:05`), its 14 checks and its picks scoring nothing; read since the
    # loader reads a dashed date with the year last day first: 244 turns, 15 with a good pick, shows 47 and networks
    # 45, and 7 forbidden, the ceiling here: its top pick joins a line that only answers its question to a good one,
    # a pick the first score could not count.
    # With the air-date kinds its score named (a broadcast beside its network's `+` service, a weekly day after a
    # run's first date, a guide's star rating, a service something `hits`, a day's possessive with a time to come, a
    # time restated in zones): 82 of 95 air dates, shows 51 and networks 47.
    # With the turn and cast kinds it showed (a box's caps fields and caps questions, a show named after its genre, a
    # column of bold prompts answered in the star's own words, a screenplay's bold cues, a transcript's key to its
    # numbered speakers, a first name cut short as a label, a promo for next week, a "what's in my bag" page,
    # reported speech before a quote, a desk byline, a fan wiki's quotes page, a nickname written inside a name):
    # 320 turns, 19 good; a distributor is no interviewee: 6 forbidden.
    # 3 forbidden once "It said I…", "It's called…" (a thing told of before the quote) and someone's saying in single
    # marks after "used to say" are never picks. 20 good once the lead who says more than the other guests together
    # is the interviewee of a cast-and-director conversation.
    # Networks 55 once a name no table lists stands beside the airing's when (`drops on Vireo on Wednesday`).
    # Shows 55, networks 56 with a box's capitals label before a bar, the show named earlier in the paragraph over a
    # section heading, subscribers who get a show on a service.
    # 1 forbidden once a quote after a yes-or-no question the narration reports ("Asked whether she is dating
    # anyone, she smiled.") opens on its answer; 329 turns and 21 good once a paragraph after the quiz's last turn that
    # reports someone's words by name ("Afterwards, Kofi admitted…: “…”") is the journalist's.
    # 83 air dates, shows 56 with a title's weekly night read (`it's on on Sunday nights`); 84 with subscribers
    # getting a title on a day read as its release.
    # 330 turns and no forbidden pick once "She tells us…" after a person brought in by what they are ("A fan from
    # Leeds has been queuing…") is theirs.
    # 85 air dates, shows 57, networks 57 once a premiere five weeks before the article (`premiered on NRK1 on Sunday
    # 4 January 2026`) is the run's news, not history (history is older than two months).
    # Shows 58 once a relative clause's title is read (`in Wrenfield, which airs on ITV1`).
    "fiction10": Floor(turns=342 / 354, good_top3=21 / 25, max_forbidden=0, airdates=87 / 95,
                       printed_show=59 / 60, printed_network=58 / 60),
    # The first score, before any rule was written against it (main at c7d8d13): 228 of 316 turns, 14 of 25 with a
    # good pick (its five air-date pages never count), 3 forbidden, 61 of 92 air-date sentences read alone; of its 54
    # airings, 29 printed with the right show and 27 with the right network. No file refused. (227 turns as first run:
    # one check named a contestant otherwise than his caps label does, a slip of the annotation, see its README.)
    # 64 air dates, shows 30, networks 29 with a slot moved `from Tuesday to Sundays`, `20 h` as French Canada writes
    # it, a time each market keeps (`check your local listings`), an unlisted channel after the day (`drops Friday on
    # Maplecast`), a numbered channel in the country of the other channels the article names.
    # 70 air dates, shows 34, networks 35 with a listings grid's rows read, each with its own day (`Mo 12.10.  20:15
    # ORF 2  …`), and a note of one in prose (`läuft am Mo 19.10. um 20:15 in ORF 2`).
    # 1 forbidden once a magazine's box after an emoji ("🔥 **SPOILER:** …") is no one's words; none once a list of
    # what a place has not ("No menu, no sign, and…") leans on the place named before it.
    # 80 air dates, shows 42, networks 36 with release tables by place read in each row's zone, catch-up after a
    # broadcast none, a title's weekly night, a radio station's slot and a named weeknight strip read.
    # 82 air dates, shows 49, networks 46 with a roundup's section heading as its airings' network, a slot line
    # opening on its verb, a premiere's time kept apart from the weekly slot it then moves to, a country's label, a
    # brand's tier (`Sky Sports Mix`), a dateline and a translator's credit no show.
    # 83 air dates, shows 50, networks 47 with a catch-up window's last day no release and a live broadcast's line
    # (`Live on Sunday, 20 September at 7.30pm.`) read.
    # Shows 51, networks 52 with a fact table's label cell read past and a network's own newsroom (`Quillstream
    # Newsroom`) lending its name to the releases its calendar lists.
    "fiction11": Floor(turns=306 / 316, good_top3=19 / 25, max_forbidden=0, airdates=83 / 92,
                       printed_show=54 / 55, printed_network=53 / 55),
    # The first score, before any rule was written against it (main at 674fab7): 233 of 375 turns, 12 of 25 with a
    # good pick (its four air-date pages never count: 12 of 21 interviews), 5 forbidden, 71 of 102 air-date
    # sentences read alone (66 read in the article); of its 59 airings, 36 printed with the right show and 39 with
    # the right network. No file refused.
    # 269 turns, 15 good, 4 forbidden once an FAQ page's folded `<summary>` questions are asked, a thread unrolled
    # by an export tool is read post by post (fans asking under it, `↳` replies answering), and a saved network
    # post is its author's words with each comment its writer's.
    # 72 air dates, shows 37, networks 40 with the eleventh set's air-date kinds read (stop 31); 77 air dates, shows
    # 38 with catch-up the next day or before the telecast none, a pre-emption (`will not be telecast`) none, `will
    # screen on`, a Spanish strip (`de lunes a viernes a las 22 h`), a strip with its channel before its clock; 85 air
    # dates, networks 45 with a guide export's rows read (`9  | Nine | Fri 04/12 | 19:30-20:30 | …`, the weekday
    # ordering the day and month) and its own `Generated …` stamp none.
    # 1 forbidden once someone's words in single quotes after a verb with a few words between ("…told the
    # director, 'If…'", "…said only, '…'", "…to say, '…'") and two sentences right after quoted words ("…Obuasi.'
    # We are very good friends now. He forgave me…") are never the actor's pick.
    # 89 air dates (89 read in the article too), shows 44, networks 52 with slot moves (`moves from 10 pm to 9:30
    # pm`, `an earlier Mon–Sat slot of 8 pm`), a TV page's bare `*11.05pm, Film4*` and `*Radio 4, 11.30am*`, a
    # premiere before its weekend strip, a marathon or special a show `gets`, the channel whose weekly night an
    # episode falls on, Ghana's GTV, and a Spanish `22 h.` that ends its sentence.
    # Shows 52, networks 55 with a guide table's title cell after its clock, no date taken for a show, a plain title
    # as a passive's subject (`X, filmed in …, will be broadcast`) and a broadcaster announcing its own lineup.
    # Shows 53 with a tune-in line's title before its comma.
    "fiction12": Floor(turns=344 / 375, good_top3=18 / 25, max_forbidden=1, airdates=89 / 102,
                       printed_show=56 / 62, printed_network=58 / 62),
    # The first score, before any rule was written against it (main at eab6939): 276 of 344 turns, 18 of 22 with a
    # good pick (its three air-date pages never count: 18 of 19 interviews), 2 forbidden, 78 of 103 air-date
    # sentences read alone (75 read in the article); of its 71 airings, 51 printed with the right show and 41 with
    # the right network. No file refused. Raised when a weekday beside a date named its year, a channel's possessive
    # in an apposition (`*X*, Globo's new novela,`) and Peru's `América TV` were read: 81 alone, network 44.
    # Shows 52, networks 45 with rules written on the twelfth and tenth sets' kinds, not on this one (a sentence after a clock's
    # `p.m.` stands apart, a premiere weeks before the article is read). Then a guide's day headings, a channel with its
    # streaming twin, slots until a date, Spanish and hyphenated strips, magazines on newsstands, a network presenting:
    # 87 alone, show 57, network 52.
    # 327 turns, 19 good once page furniture names nobody (a headline's verb after the name, a fact box's `Born:` and
    # `Lives:`, `READ ALSO:`, an `EXCLUSIVE:` kicker, a wire's `SLUG:`/`WORDS:` and `By` line, a press page's `About …`
    # and `Media Contacts`, a repost's `Source:` box, a subscription offer) and prose quotes go on past a placed
    # attribution, past telling the hosts, to a co-star the paragraph before brings in, and a host's remark asks.
    # 0 forbidden since a quotation in double marks after a verb is someone's words and "You were right…" replies.
    # Shows 65, networks 60 with no date taken for a show (`Beginning Monday, Nov. 23, *X* reruns`), plain titles as a
    # passive's subject (`X will be shown`) or linked in another language (`Kona ya Tatu`), and a broadcaster's release
    # announcing its own schedule (`The Keystone Channel today announced its holiday schedule`).
    # Shows 67, networks 65 with a press release's title in capitals, a listing's channel after its clock (`10/9c,
    # CBN.`), a broadcast's own channel over its upload streamer and after a clock in brackets.
    "fiction13": Floor(turns=329 / 344, good_top3=19 / 22, max_forbidden=0, airdates=87 / 103,
                       printed_show=69 / 73, printed_network=67 / 73),
    # The first score, before any rule was written against it (main at b0e0e34): 329 of 360 turns, 19 of 25 with a
    # good pick (its five air-date pages never count: 19 of 20 interviews), 3 forbidden, 56 of 88 air-date sentences
    # read alone (62 read in the article); of its 56 airings, 36 printed with the right show and 43 with the right
    # network. No file refused.
    # Session 34 (airslots): 63 air-date sentences, shows 41, networks 46, turns 330 with a guide's `All times ACDT`,
    # slot lines with no verb, a holiday's week no day, a listing's blurb no look-alike, day-first dates by country
    # and channels spelled otherwise (`Kabel Eins`). 1 forbidden once "that guy" for a person told of before and a
    # line telling the listener what the speaker knows of them ("I know that you dub us!") are no picks.
    # Stop 34 (airkinds): five availability lines re-annotated `none` -> `streaming` add five airings; the
    # network is printed right on 49 (was 46), a ratio of 49/61 below 46/56: the denominator, not a miss, moved.
    # With airslots' last rules (a weekly slot's repeat `the following Sunday`, `weeknight slots`, `9 a.m. Eastern
    # (8 Central)`, a meet-and-greet no airing) as well: 67 air-date sentences, shows 48, networks 51 of 61.
    # Session 34 (cast): turns 339, shows 42 with a show that `returns Friday at 9` (after a page's closing tag too)
    # no interviewee, a bold `SPOILER WARNING:` nobody's label and the hosts a transcript's note names askers.
    # Stop 35 (turns16): 343 with the writer's closing paragraph after every turn labelled.
    # Stop 35 (airshow): printed shows 52, networks 54 (country headings, commenters and rubrics no shows; the
    # network named before its local station).
    "fiction14": Floor(turns=343 / 360, good_top3=19 / 25, max_forbidden=1, airdates=67 / 88,
                       printed_show=52 / 61, printed_network=54 / 61),
    # The first score, before any rule was written against it (main at 9ac0405): 295 of 332 turns, 18 of 19 with a
    # good pick (its air-date post never counts: 18 of 18 interviews), 3 forbidden, 52 of 74 air-date sentences read
    # alone (55 read in the article); of its 44 airings, 32 printed with the right show and 32 with the right
    # network. No file refused. Held out for session 33.
    # Session 34 (airslots): 56 air-date sentences, shows 36, networks 37 (`Reruns every Saturday at 18h.`, `airs
    # Tuesday this week only`, `We're back on…`, `Net 5`). 1 forbidden once someone's words with the teller named
    # after them ("…, she always said.", "…was all she said to me") are theirs; none once a reveal ("Turns out I was
    # saving it…") whose "it" was told before it is no pick.
    # With airslots' last rules as well (Warner Channel on Brazil's clock, the cast's appearances no airing): 62.
    # Session 34 (cast): turns 319, shows 38 with a show that `returns Wednesday, September 30` no interviewee, a
    # headline's `Goes` no part of the name before it, `**SPOILER ALERT**:` no label and a bold box heading (`**WATCH
    # IT**`, `**RELATED: …**`) nobody's.
    # Session 35 (airctx): shows 42, networks 41 with `It comes to the UK on the same day.` the release before.
    # Stop 35 (airshow): printed shows 44, networks 44.
    "fiction15": Floor(turns=319 / 332, good_top3=18 / 19, max_forbidden=0, airdates=62 / 74,
                       printed_show=44 / 47, printed_network=44 / 47),
    # The first score, before any rule was written against it (main at 31ce04c): 321 of 353 turns, 20 of 23 with a
    # good pick (its two air-date posts never count: 20 of 21 interviews), 0 forbidden, 57 of 79 air-date sentences
    # read alone (61 read in the article); of its 44 airings, 26 printed with the right show and 33 with the right
    # network. No file refused. Held out for session 34.
    # Session 34, the conventions (stop 34) applied by the lead, the set still held out: five lines of availability
    # now are streaming, not none. The first-score code (31ce04c) then reads 60 of 79 alone (64 in the article); of
    # 49 airings, 27 printed with the right show and 37 with the right network.
    # Stop 35 (turns16), the set open: 352 of 353 turns (see its README's History); shows 28 as main reads them.
    # Session 35 (airworld): 67 of 79 alone, shows 30, networks 41 with a channel as the subject of another verb
    # (`BBC Two picks it up on…`), `The series finale of X is Thursday night at nine Eastern`, a German slot line, the
    # writer's `I'll be back next Saturday` and `streams next day on X+` no airing, `already streaming free on the X app`.
    # Session 35 (airctx): shows 31, networks 41 (72 of 79 read in the article) with a guide's day heading dating
    # the lines under it, a `9/8c` clock no streaming service's, `simultaneously on CTV` the airing before, `In WA`
    # Perth's clock and a channel of its own (`on Quillon`) not the CTV named before.
    # Stop 35 (airshow, with airworld and airctx): printed shows 46, networks 46.
    "fiction16": Floor(turns=352 / 353, good_top3=20 / 23, max_forbidden=0, airdates=67 / 79,
                       printed_show=46 / 49, printed_network=46 / 49),
    # The first score, before any rule was written against it (main at 31ce04c): 294 of 307 turns, 14 of 22 with a
    # good pick (its six blogger's posts never count: 14 of 16 interviews), 0 forbidden, 65 of 81 air-date sentences
    # read alone (62 read in the article); of its 50 airings, 26 printed with the right show and 36 with the right
    # network. No file refused. Held out for session 34.
    # Session 34, the conventions applied as for fiction16: three lines of availability now are streaming. The
    # first-score code then reads 67 of 81 alone (64 in the article); of 53 airings, 26 printed with the right show
    # and 39 with the right network.
    # Stop 35 (turns16), the set open: 307 of 307 turns (see its README's History); 15 good picks and shows 27 as
    # main reads them.
    # Session 35 (airworld): 71 of 81 alone, shows 29, networks 43 with `settles into its regular Sunday 10 p.m.
    # slot`, `TG4 is repeating … on Tuesday nights`, a station's `Yule log runs Christmas morning`, `comes to X's
    # strand on All 4 on Friday, March 26` (a streaming start) and `Pierogi Sundays fans` (a name, no day).
    # Session 35 (airctx): 69 air-date sentences (72 in the article), shows 28, networks 41 with `settles into its
    # regular Sunday 10 p.m. slot`, RTÉ One's possessive after an opening phrase, a bare `same time`, and a page's
    # `<br>` ending a statement (a comment's stamp no day for `the same night`).
    # Stop 35 (airworld, airctx and airshow together): 72 air-date sentences, printed shows 46, networks 47.
    "fiction17": Floor(turns=307 / 307, good_top3=15 / 22, max_forbidden=0, airdates=72 / 81,
                       printed_show=46 / 53, printed_network=47 / 53),
    # The first score, before any rule was written against it (main at e456958): 253 of 308 turns, 14 of 23 with a
    # good pick (its four blogger's posts never count: 14 of 19 interviews), 0 forbidden, 58 of 84 air-date
    # sentences read alone (61 read in the article); of its 54 airings, 37 printed with the right show and 37 with
    # the right network. No file refused. Held out for session 35.
    "fiction18": Floor(turns=253 / 308, good_top3=14 / 23, max_forbidden=0, airdates=58 / 84,
                       printed_show=37 / 54, printed_network=37 / 54),
    # The first score, before any rule was written against it (main at e456958): 284 of 333 turns, 11 of 22 with a
    # good pick (its six blogger's posts never count: 11 of 16 interviews), 0 forbidden, 74 of 99 air-date sentences
    # read alone (74 read in the article); of its 63 airings, 25 printed with the right show and 51 with the right
    # network. No file refused. Held out for session 35.
    "fiction19": Floor(turns=284 / 333, good_top3=11 / 22, max_forbidden=0, airdates=74 / 99,
                       printed_show=25 / 63, printed_network=51 / 63),
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request):
    return FLOORS[request.param], eval_corpus.evaluate(HERE / request.param)


def test_every_fictional_article_is_read(scored):
    _, report = scored
    assert report.total.refused == 0, report.misses


def test_turns_floor(scored):
    floor, report = scored
    t = report.total
    assert t.right / t.checks >= floor.turns, report.misses


def test_pull_quote_floor(scored):
    floor, report = scored
    t = report.total
    assert t.with_good / t.interviews >= floor.good_top3 and t.forbidden <= floor.max_forbidden, report.misses


def test_air_date_floor(scored):
    floor, report = scored
    t = report.total
    assert t.dates_right / t.sentences >= floor.airdates, report.misses


def test_printed_show_and_network_floor(scored):
    floor, report = scored
    t = report.total
    misses = [m for m in report.misses if m.startswith("PRINTED")]
    assert t.shows_right / t.airings >= floor.printed_show, misses
    assert t.networks_right / t.airings >= floor.printed_network, misses
